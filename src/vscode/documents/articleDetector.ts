import * as vscode from 'vscode';
import { hasArticleHeader } from '../../engine/text/articleHeader';
import { LANGUAGE_ID } from './articles';
import { SECTION, settings } from '../config';
import { describeRule, ruleMatches, TreatedArticles, type TreatRule } from './treatedArticles';

export const TREAT_AS_ARTICLE_COMMAND = 'newsAnnotator.treatAsArticle';
export const STOP_TREATING_COMMAND = 'newsAnnotator.stopTreatingAsArticle';
export const TREAT_FOLDER_COMMAND = 'newsAnnotator.treatFolderAsArticles';
export const TREAT_PATTERN_COMMAND = 'newsAnnotator.treatPatternAsArticles';

/**
 * VS Code gives `.txt` files to plain text by their extension before any first-line rule is consulted, so a
 * plain-text document whose first line is an article header (`date YYYY-MM-DD`) is switched to `news-article`
 * here when it opens (setting `newsAnnotator.detectArticles`). Each document is looked at once: if the user
 * then picks another language for it, that choice stands. An untitled document is looked at again when its
 * first line is edited, so an article pasted into a new file is recognised too.
 *
 * "Treat as Article" is remembered per workspace (for a file, a folder or a glob pattern, see TreatedArticles):
 * a remembered document is switched when it opens, whatever its first line, until "Stop Treating as Article".
 */
export class ArticleDetector implements vscode.Disposable {
  private readonly seen = new WeakSet<vscode.TextDocument>();
  private readonly switched = new WeakSet<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [];
  /** What "Treat as Article" remembers in this workspace. */
  readonly treated: TreatedArticles;

  constructor(state: vscode.Memento) {
    this.treated = new TreatedArticles(state);
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
      vscode.commands.registerCommand(STOP_TREATING_COMMAND, (uri?: vscode.Uri) => this.stopTreating(uri)),
      vscode.commands.registerCommand(TREAT_FOLDER_COMMAND, (folder?: vscode.Uri) => this.treatFolder(folder)),
      vscode.commands.registerCommand(TREAT_PATTERN_COMMAND, (pattern?: string) => this.treatPattern(pattern)),
    );
    this.detectOpenDocuments();
  }

  private detectOpenDocuments(): void {
    for (const document of vscode.workspace.textDocuments) this.detectOnce(document);
  }

  private detectOnce(document: vscode.TextDocument): void {
    if (this.seen.has(document)) return;
    if (document.languageId !== LANGUAGE_ID && this.treated.matching(document).length) {
      this.seen.add(document);
      this.switchToArticle(document);
      return;
    }
    if (!settings().detectArticles) return;
    this.seen.add(document);
    this.detect(document);
  }

  private detect(document: vscode.TextDocument): void {
    if (document.languageId !== 'plaintext' || document.uri.scheme === 'output' || !settings().detectArticles) return;
    if (!hasArticleHeader(document.lineAt(0).text)) return;
    this.switchToArticle(document);
  }

  private switchToArticle(document: vscode.TextDocument): void {
    this.switched.add(document);
    vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID).then(undefined, () => {
      // The document was closed before the switch took effect: nothing to annotate.
    });
  }

  /**
   * Switches a document (the one given by a menu, else the active editor's) to `news-article`, and remembers it
   * so that it opens as an article next time.
   */
  private async treatAsArticle(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('News Annotator: open a text document first, then run “Treat as Article”.');
      return undefined;
    }
    // Untitled documents have no lasting name to remember.
    if (!document.isUntitled) await this.treated.add({ file: document.uri.toString() });
    if (document.languageId === LANGUAGE_ID) return document;
    this.switched.add(document);
    return vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  }

  /** Forgets the file and every folder or pattern that made it an article, and switches it back to plain text. */
  private async stopTreating(uri?: vscode.Uri): Promise<TreatRule[]> {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('News Annotator: open the article first, then run “Stop Treating as Article”.');
      return [];
    }
    const removed = await this.treated.removeFor(document);
    if (!removed.length) {
      void vscode.window.showInformationMessage(`News Annotator: ${describeRule({ file: document.uri.toString() })} is an article by its name or first line, not by “Treat as Article”.`);
      return [];
    }
    if (document.languageId === LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    const patterns = removed.filter((r) => !('file' in r)).map(describeRule);
    if (patterns.length) {
      void vscode.window.showInformationMessage(`News Annotator: files matching ${patterns.join(', ')} are no longer treated as articles.`);
    }
    return removed;
  }

  /** Remembers every file under a folder (the Explorer's, else one picked) as an article, and switches the open ones. */
  private async treatFolder(folder?: vscode.Uri): Promise<TreatRule | undefined> {
    folder ??= (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Treat as Articles' }))?.[0];
    return folder && this.remember({ pattern: '**/*', base: folder.toString() });
  }

  /** Remembers every file matching a glob pattern (asked for when not given) as an article. */
  private async treatPattern(pattern?: string): Promise<TreatRule | undefined> {
    pattern ??= await vscode.window.showInputBox({
      title: 'Treat Files Matching a Pattern as Articles',
      prompt: 'A glob pattern, as in files.exclude: **/news/**/*.txt, **/*.md …',
      placeHolder: '**/news/**/*.txt',
      validateInput: (v) => (v.trim() ? undefined : 'Type a pattern such as **/news/**/*.txt'),
    });
    return pattern?.trim() ? this.remember({ pattern: pattern.trim() }) : undefined;
  }

  private async remember(rule: TreatRule): Promise<TreatRule> {
    await this.treated.add(rule);
    for (const document of vscode.workspace.textDocuments) {
      if (document.languageId !== LANGUAGE_ID && !document.isUntitled && ruleMatches(rule, document)) {
        this.switchToArticle(document);
      }
    }
    vscode.window.setStatusBarMessage(`News Annotator: files matching ${describeRule(rule)} open as articles`, 4000);
    return rule;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
