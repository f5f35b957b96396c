import * as vscode from 'vscode';
import { isArticle } from './articles';

/**
 * The article the user is working on, for views and commands that are used while focus is elsewhere (in a
 * view, the panel): the active editor's article; an editor in the editor area showing anything else means
 * none; with no active editor or a panel editor (output, terminal), the last article while it stays visible,
 * else any visible article.
 */
export function articleDocument(previous?: vscode.TextDocument): vscode.TextDocument | undefined {
  const active = vscode.window.activeTextEditor;
  if (active && isArticle(active.document)) return active.document;
  if (active && active.viewColumn !== undefined) return undefined;
  const visible = vscode.window.visibleTextEditors.map((e) => e.document).filter(isArticle);
  return previous && visible.includes(previous) ? previous : visible[0];
}

/** The editor showing a document, preferring the active one. */
export function editorOf(document: vscode.TextDocument): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active?.document === document) return active;
  return vscode.window.visibleTextEditors.find((e) => e.document === document);
}

/** Follows `articleDocument()` and announces when it changes to another document (or to none). */
export class ArticleTracker implements vscode.Disposable {
  private current: vscode.TextDocument | undefined = articleDocument();
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  readonly onDidChange = this.emitter.event;

  constructor() {
    const update = () => this.update();
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(update),
      vscode.window.onDidChangeVisibleTextEditors(update),
      // A language change (Treat as Article, detection) closes and reopens the document under its new id.
      vscode.workspace.onDidOpenTextDocument(update),
      vscode.workspace.onDidCloseTextDocument(update),
    );
  }

  get document(): vscode.TextDocument | undefined {
    return this.current;
  }

  private update(): void {
    const next = articleDocument(this.current?.isClosed ? undefined : this.current);
    if (next === this.current) return;
    this.current = next;
    this.emitter.fire(next);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
