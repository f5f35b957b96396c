import * as vscode from 'vscode';
import type { Analysis, Span } from '../../engine/types';
import type { AnalysisStore } from '../documents/analysisStore';
import { isArticle } from '../documents/articles';
import { adjacentClaim, type Direction } from '../../presentation/claimsModel';
import { editorOf } from '../documents/currentArticle';

/**
 * Selects an offset range of a document in its editor (opening one if needed) and scrolls it into view.
 * `version` is the document version the offsets belong to: if the document has changed since, nothing is
 * selected and the result is undefined (the caller looks the target up again in the current analysis).
 */
export async function showRange(
  document: vscode.TextDocument,
  version: number,
  start: number,
  end: number,
  preserveFocus: boolean,
): Promise<vscode.TextEditor | undefined> {
  if (document.version !== version) return undefined;
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: editorOf(document)?.viewColumn,
    selection: range,
    preserveFocus,
  });
  // An edit while the editor opened has moved the selection with the text; the range computed before has not.
  editor.revealRange(document.version === version ? range : editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/**
 * The range of a claim or mention in the document's current analysis, waiting for it if needed: `find`
 * looks it up by id, since offsets from an older version would select the wrong text.
 */
export async function currentSpan(
  store: AnalysisStore,
  document: vscode.TextDocument,
  find: (analysis: Analysis) => Span | undefined,
): Promise<{ span: Span; version: number } | undefined> {
  // getAsync resolves for the version current when it returns; an edit may come before this code runs on.
  for (;;) {
    const analysis = await store.getAsync(document);
    if (document.isClosed) return undefined;
    const version = document.version;
    if (store.peek(document) !== analysis) continue;
    const span = find(analysis);
    return span && { span, version };
  }
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

  private async select(uri: string, find: (analysis: Analysis) => Span | undefined): Promise<void> {
    const document = openDocument(uri);
    const found = document && (await currentSpan(this.store, document, find));
    if (!document || !found || !(await showRange(document, found.version, found.span.start, found.span.end, true))) {
      void vscode.window.showWarningMessage('News Annotator: that item is no longer in the article; the view will refresh.');
    }
  }

  private async move(direction: Direction): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isArticle(editor.document)) {
      void vscode.window.showInformationMessage('News Annotator: open a news article to move between its quotes.');
      return;
    }
    const { document } = editor;
    // The claims and the cursor offset must be of the same version; `found` is then looked up in it.
    const found = await currentSpan(this.store, document, ({ claims }) => {
      const next = adjacentClaim(claims, document.offsetAt(editor.selection.start), direction);
      if (next?.wrapped) {
        vscode.window.setStatusBarMessage(`News Annotator: wrapped around to the ${direction === 'next' ? 'first' : 'last'} quote`, 3000);
      }
      return next?.claim;
    });
    if (!found) {
      vscode.window.setStatusBarMessage('News Annotator: no quotes or claims in this article', 3000);
      return;
    }
    await showRange(document, found.version, found.span.start, found.span.end, false);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
