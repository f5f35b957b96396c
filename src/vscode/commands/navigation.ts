import * as vscode from 'vscode';
import type { Analysis } from '../../engine/types';
import type { AnalysisStore } from '../documents/analysisStore';
import { isArticle } from '../documents/articles';
import { adjacentClaim, type Direction } from '../../presentation/claimsModel';
import { editorOf } from '../documents/currentArticle';

/** Selects an offset range of a document in its editor (opening one if needed) and scrolls it into view. */
export async function showRange(
  document: vscode.TextDocument,
  start: number,
  end: number,
  preserveFocus: boolean,
): Promise<vscode.TextEditor> {
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: editorOf(document)?.viewColumn,
    selection: range,
    preserveFocus,
  });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** An open document by its URI string (tree items and quick picks carry strings, not document objects). */
function openDocument(uri: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
}

/**
 * Next/Previous Quote, and the commands tree items run when clicked. Items name a claim or mention by id
 * rather than by offsets, so a click during the debounce after an edit lands on the claim's current range.
 */
export class Navigation implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: AnalysisStore) {
    this.disposables = [
      vscode.commands.registerCommand('newsAnnotator.nextQuote', () => this.move('next')),
      vscode.commands.registerCommand('newsAnnotator.previousQuote', () => this.move('previous')),
      vscode.commands.registerCommand('newsAnnotator.selectClaim', (uri: string, claimId: string) =>
        this.select(uri, (a) => a.claims.find((c) => c.id === claimId)),
      ),
      vscode.commands.registerCommand('newsAnnotator.selectMention', (uri: string, entityId: string, index: number) =>
        this.select(uri, (a) => a.entities.find((e) => e.id === entityId)?.mentions[index]),
      ),
    ];
  }

  private async select(uri: string, find: (analysis: Analysis) => { start: number; end: number } | undefined): Promise<void> {
    const document = openDocument(uri);
    const target = document && find(await this.store.getAsync(document));
    if (!document || !target) {
      void vscode.window.showWarningMessage('News Annotator: that item is no longer in the article; the view will refresh.');
      return;
    }
    await showRange(document, target.start, target.end, true);
  }

  private async move(direction: Direction): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isArticle(editor.document)) {
      void vscode.window.showInformationMessage('News Annotator: open a news article to move between its quotes.');
      return;
    }
    const { document } = editor;
    const { claims } = await this.store.getAsync(document);
    const found = adjacentClaim(claims, document.offsetAt(editor.selection.start), direction);
    if (!found) {
      vscode.window.setStatusBarMessage('News Annotator: no quotes or claims in this article', 3000);
      return;
    }
    if (found.wrapped) {
      vscode.window.setStatusBarMessage(`News Annotator: wrapped around to the ${direction === 'next' ? 'first' : 'last'} quote`, 3000);
    }
    await showRange(document, found.claim.start, found.claim.end, false);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
