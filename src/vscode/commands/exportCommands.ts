import * as vscode from 'vscode';
import { analysisJson } from '../../formats/json';
import type { AnalysisStore } from '../documents/analysisStore';
import { claimsMarkdown } from '../../presentation/claimsModel';
import { articleDocument } from '../documents/currentArticle';
import { countLabel, speakerGroups, type SpeakerGroup } from '../../presentation/speakersModel';
import type { SpeakersTreeNode } from '../views/speakersTree';
import { baseName } from '../views/treeNodes';
import { exportedName } from './exportedName';

/** Copy Claims as Markdown and Export Analysis as JSON. */
export class ExportCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: AnalysisStore) {
    this.disposables = [
      vscode.commands.registerCommand('newsAnnotator.copyClaims', (node?: SpeakersTreeNode) => this.copyClaims(node)),
      vscode.commands.registerCommand('newsAnnotator.exportJson', (target?: vscode.Uri) => this.exportJson(target)),
    ];
  }

  private article(): vscode.TextDocument | undefined {
    const document = articleDocument();
    if (!document) void vscode.window.showInformationMessage('News Annotator: open a news article first.');
    return document;
  }

  /**
   * Copies every claim of the article, or, from a node's context menu in the Speakers view, that speaker's
   * claims or that one claim. Returns the Markdown copied.
   */
  private async copyClaims(node?: SpeakersTreeNode): Promise<string | undefined> {
    const document = this.article();
    if (!document) return undefined;
    let groups: SpeakerGroup[];
    if (node?.type === 'speaker') groups = [node.group];
    else if (node?.type === 'claim') groups = [{ ...node.parent.group, claims: [node.claim] }];
    else groups = speakerGroups(await this.store.getAsync(document));
    const count = groups.reduce((n, g) => n + g.claims.length, 0);
    if (!count) {
      void vscode.window.showInformationMessage('News Annotator: no quotes or reported claims to copy in this article.');
      return undefined;
    }
    const markdown = claimsMarkdown(groups, (offset) => document.positionAt(offset).line + 1);
    await vscode.env.clipboard.writeText(markdown);
    vscode.window.setStatusBarMessage(`News Annotator: copied ${countLabel(count, 'claim')} as Markdown`, 3000);
    return markdown;
  }

  /**
   * Writes the analysis as JSON, the same text as `news-annotate --json`, to `target` or to a file chosen in
   * a save dialog. Returns where it was written.
   */
  private async exportJson(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const document = this.article();
    if (!document) return undefined;
    const analysis = await this.store.getAsync(document);
    const uri = target instanceof vscode.Uri
      ? target
      : await vscode.window.showSaveDialog({
          defaultUri: defaultExportUri(document.uri),
          filters: { JSON: ['json'] },
          saveLabel: 'Export',
          title: 'Export Analysis as JSON',
        });
    if (!uri) return undefined;
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(analysisJson({ file: exportedName(document.uri), text: document.getText(), analysis })));
    } catch (e) {
      void vscode.window.showErrorMessage(`News Annotator: could not write ${uri.fsPath}: ${(e as Error).message}`);
      return undefined;
    }
    void vscode.window.showInformationMessage(`News Annotator: exported the analysis of ${baseName(document.uri)} to ${baseName(uri)}.`);
    return uri;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** `story.article` → `story.analysis.json` beside it; untitled documents get a name in the first folder. */
function defaultExportUri(source: vscode.Uri): vscode.Uri | undefined {
  const name = baseName(source).replace(/\.[^.]*$/, '') || 'article';
  if (source.scheme !== 'untitled') return vscode.Uri.joinPath(source, '..', `${name}.analysis.json`);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && vscode.Uri.joinPath(folder, `${name}.analysis.json`);
}
