import * as vscode from 'vscode';
import { hasArticleHeader } from '../../engine/text/articleHeader';
import { LANGUAGE_ID } from './articles';
import { SECTION, settings } from '../config';

export const TREAT_AS_ARTICLE_COMMAND = 'newsAnnotator.treatAsArticle';

/**
 * VS Code gives `.txt` files to plain text by their extension before any first-line rule is consulted, so a
 * plain-text document whose first line is an article header (`date YYYY-MM-DD`) is switched to `news-article`
 * here when it opens (setting `newsAnnotator.detectArticles`). Each document is looked at once: if the user
 * then picks another language for it, that choice stands. An untitled document is looked at again when its
 * first line is edited, so an article pasted into a new file is recognised too.
 */
export class ArticleDetector implements vscode.Disposable {
  private readonly seen = new WeakSet<vscode.TextDocument>();
  private readonly switched = new WeakSet<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.detectOnce(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        const touchesFirstLine = e.contentChanges.some((c) => c.range.start.line === 0);
        if (e.document.isUntitled && touchesFirstLine && !this.switched.has(e.document)) this.detect(e.document);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.detectArticles`)) this.detectOpenDocuments();
      }),
      vscode.commands.registerCommand(TREAT_AS_ARTICLE_COMMAND, (uri?: vscode.Uri) => this.treatAsArticle(uri)),
    );
    this.detectOpenDocuments();
  }

  private detectOpenDocuments(): void {
    for (const document of vscode.workspace.textDocuments) this.detectOnce(document);
  }

  private detectOnce(document: vscode.TextDocument): void {
    if (this.seen.has(document) || !settings().detectArticles) return;
    this.seen.add(document);
    this.detect(document);
  }

  private detect(document: vscode.TextDocument): void {
    if (document.languageId !== 'plaintext' || document.uri.scheme === 'output' || !settings().detectArticles) return;
    if (!hasArticleHeader(document.lineAt(0).text)) return;
    this.switched.add(document);
    vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID).then(undefined, () => {
      // The document was closed before the switch took effect: nothing to annotate.
    });
  }

  /** Switches a document (the one given by a menu, else the active editor's) to `news-article`. */
  private async treatAsArticle(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('News Annotator: open a text document first, then run “Treat as Article”.');
      return undefined;
    }
    if (document.languageId === LANGUAGE_ID) return document;
    this.switched.add(document);
    return vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
