import * as vscode from 'vscode';
import type { Analysis } from '../../engine/types';
import type { AnalysisCache } from '../../worker/cachedAnalyses';

/**
 * Cached analyses as JSON files in the extension's storage (the workspace's, else the global one), one per
 * content hash, in a folder per extension version so that a new engine never serves an old engine's results.
 */
export class StorageAnalysisCache implements AnalysisCache {
  private readonly folder: vscode.Uri;
  private created: Thenable<void> | undefined;

  constructor(context: vscode.ExtensionContext) {
    const version = String((context.extension.packageJSON as { version?: string }).version ?? 'dev');
    this.folder = vscode.Uri.joinPath(context.storageUri ?? context.globalStorageUri, `analyses-${version}`);
  }

  async get(hash: string): Promise<Analysis | undefined> {
    try {
      return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(this.file(hash)))) as Analysis;
    } catch {
      return undefined;
    }
  }

  async set(hash: string, analysis: Analysis): Promise<void> {
    await (this.created ??= vscode.workspace.fs.createDirectory(this.folder));
    await vscode.workspace.fs.writeFile(this.file(hash), new TextEncoder().encode(JSON.stringify(analysis)));
  }

  private file(hash: string): vscode.Uri {
    return vscode.Uri.joinPath(this.folder, `${hash}.json`);
  }
}
