import * as vscode from 'vscode';
import { analyze, type Analysis } from '../analysis';
import { isArticle } from './articles';
import { settings } from './config';

export interface AnalysisUpdate {
  document: vscode.TextDocument;
  analysis: Analysis;
}

interface Entry {
  version: number;
  analysis: Analysis;
}

/**
 * Holds the latest analysis of each open article. Edits re-analyse after a debounce; a result is kept and
 * announced only if the document still has the version it was computed for, so a stale analysis never
 * reaches the editor.
 */
export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<AnalysisUpdate>();
  private readonly editEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.emitter, this.editEmitter];

  /** Fires when an article's analysis is brought up to date. */
  readonly onDidUpdate = this.emitter.event;
  /** Fires when an article is edited and its analysis is out of date (highlights may be cleared). */
  readonly onDidEdit = this.editEmitter.event;

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!isArticle(e.document) || e.contentChanges.length === 0) return;
        this.editEmitter.fire(e.document);
        this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
    );
  }

  /** The analysis of the document's current version, computing it now if needed. */
  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version) return entry.analysis;
    return this.refresh(document);
  }

  /** The analysis of the current version if already computed, without computing. */
  peek(document: vscode.TextDocument): Analysis | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.analysis : undefined;
  }

  /** Analyses the document now and announces the result. */
  refresh(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    this.cancel(key);
    const version = document.version;
    const analysis = analyze(document.getText());
    if (document.version === version) {
      this.entries.set(key, { version, analysis });
      this.emitter.fire({ document, analysis });
    }
    return analysis;
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed && isArticle(document)) this.refresh(document);
      }, settings().debounceMs),
    );
  }

  private cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancel(key);
    this.entries.delete(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
