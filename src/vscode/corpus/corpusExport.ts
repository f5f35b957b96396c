import * as vscode from 'vscode';
import { countLabel } from '../../presentation/speakersModel';
import { claimsCsvHeader, claimsCsvRecords } from '../../formats/claimsCsv';
import type { WorkspaceIndex } from './workspaceIndex';

/** News: Export Corpus as CSV: one row per claim of every indexed article, with its file and date. */
export class CorpusExport implements vscode.Disposable {
  private readonly command: vscode.Disposable;

  constructor(private readonly index: WorkspaceIndex) {
    this.command = vscode.commands.registerCommand('newsAnnotator.exportCorpusCsv', (target?: vscode.Uri) => this.export(target));
  }

  /** Writes the CSV to `target` or to a file chosen in a save dialog; returns where it was written. */
  private async export(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = target instanceof vscode.Uri
      ? target
      : await vscode.window.showSaveDialog({
          defaultUri: folder && vscode.Uri.joinPath(folder, 'corpus-claims.csv'),
          filters: { CSV: ['csv'] },
          saveLabel: 'Export',
          title: 'Export Corpus as CSV',
        });
    if (!uri) return undefined;
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'News Annotator: exporting the corpus' }, async () => {
      await this.index.ready();
      const parts = [claimsCsvHeader()];
      let claims = 0;
      let changed = 0;
      const articles = this.index.all();
      for (const article of articles) {
        // The text as indexed: line numbers and the date come from it; a file changed since is re-indexed first.
        let text: string;
        try {
          text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(article.uri)));
        } catch {
          continue; // deleted since indexing: the watcher drops it
        }
        if (text.length !== article.analysis.textLength) {
          changed++;
          continue;
        }
        parts.push(claimsCsvRecords({ file: article.path, text, analysis: article.analysis }));
        claims += article.analysis.claims.length;
      }
      try {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(parts.join('')));
      } catch (e) {
        void vscode.window.showErrorMessage(`News Annotator: could not write ${uri.fsPath}: ${(e as Error).message}`);
        return undefined;
      }
      void vscode.window.showInformationMessage(`News Annotator: exported ${countLabel(claims, 'claim')} of ${countLabel(articles.length, 'article')} to ${vscode.workspace.asRelativePath(uri)}.${changed ? ` ${countLabel(changed, 'file')} changed while exporting and ${changed === 1 ? 'was' : 'were'} left out: export again.` : ''}`);
      return uri;
    });
  }

  dispose(): void {
    this.command.dispose();
  }
}
