import * as path from 'path';
import * as vscode from 'vscode';
import type { Analysis } from '../analysis';
import type { IncrementalAnalyzer } from '../analysis/incremental';
import { isArticle } from './articles';
import { settings } from './config';
import { WorkerClient } from './workerClient';

export interface AnalysisUpdate {
  document: vscode.TextDocument;
  analysis: Analysis;
}

interface Entry {
  version: number;
  analysis: Analysis;
}

interface Pending {
  version: number;
  done: Promise<void>;
}

export interface AnalysisStoreOptions {
  /** Documents of at least this many UTF-16 code units are analysed in the worker. */
  workerThreshold?: number;
  /** The worker entry; by default dist/analysisWorker.js beside the bundled extension. */
  workerScript?: string;
}

/** Above this size a full analysis takes long enough to block the extension host noticeably (see bench). */
export const WORKER_THRESHOLD = 64 * 1024;
/** Long runs show progress in the status bar; shorter ones would only make it flicker. */
const PROGRESS_DELAY_MS = 300;

type Engine = typeof import('../analysis/incremental');
let engine: Engine | undefined;

/** The engine is loaded on first use rather than at activation: its lexicons take a while to load. */
function newAnalyzer(): IncrementalAnalyzer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  engine ??= require('../analysis/incremental') as Engine;
  return new engine.IncrementalAnalyzer();
}

/**
 * Holds the latest analysis of each open article. Edits re-analyse after a debounce; a result is kept and
 * announced only if the document still has the version it was computed for, so a stale analysis never
 * reaches the editor.
 *
 * Small documents are analysed synchronously in the extension host, incrementally: after an edit only the
 * edited lines are analysed again. Large ones (≥ WORKER_THRESHOLD) go to a
 * worker thread so the host is never blocked: for them `get` and `refresh` cannot answer at once — they
 * return the analysis if it is already up to date, else an empty analysis of the current text, and start
 * the worker; `onDidUpdate` fires when the result arrives. Use `getAsync` to wait for it.
 */
export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();
  private readonly pending = new Map<string, Pending>();
  private readonly progressShown = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<AnalysisUpdate>();
  private readonly editEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.emitter, this.editEmitter];
  private readonly worker: WorkerClient;
  private readonly workerThreshold: number;

  /** Fires when an article's analysis is brought up to date. */
  readonly onDidUpdate = this.emitter.event;
  /** Fires when an article is edited and its analysis is out of date (highlights may be cleared). */
  readonly onDidEdit = this.editEmitter.event;

  constructor(options: AnalysisStoreOptions = {}) {
    this.workerThreshold = options.workerThreshold ?? WORKER_THRESHOLD;
    this.worker = new WorkerClient(options.workerScript ?? path.join(__dirname, 'analysisWorker.js'));
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!isArticle(e.document) || e.contentChanges.length === 0) return;
        this.editEmitter.fire(e.document);
        this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
    );
  }

  /**
   * The analysis of the document's current version. Small documents: computed now if needed. Large ones:
   * an empty analysis until the worker's result arrives (see the class comment).
   */
  get(document: vscode.TextDocument): Analysis {
    return this.peek(document) ?? this.refresh(document);
  }

  /** The analysis of the document's current version, waiting for the worker if needed. */
  async getAsync(document: vscode.TextDocument): Promise<Analysis> {
    // Loops because the document may change while the worker runs, superseding the awaited result.
    for (;;) {
      const current = this.peek(document);
      if (current) return current;
      if (document.isClosed) return empty(document.getText().length);
      this.refresh(document);
      await this.pending.get(document.uri.toString())?.done;
    }
  }

  /** The analysis of the current version if already computed, without computing. */
  peek(document: vscode.TextDocument): Analysis | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.analysis : undefined;
  }

  /**
   * Analyses the document now and announces the result. Small documents: returns it. Large ones: starts
   * the worker and returns the current analysis if any, else an empty one.
   */
  refresh(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    this.cancel(key);
    const version = document.version;
    const text = document.getText();
    if (text.length >= this.workerThreshold) {
      this.analyzers.delete(key);
      this.inWorker(document, version, text);
      return this.peek(document) ?? empty(text.length);
    }
    const analysis = this.analyzeHere(key, text);
    this.accept(document, version, analysis);
    return analysis;
  }

  private analyzeHere(key: string, text: string): Analysis {
    let analyzer = this.analyzers.get(key);
    if (!analyzer) this.analyzers.set(key, (analyzer = newAnalyzer()));
    return analyzer.update(text);
  }

  private accept(document: vscode.TextDocument, version: number, analysis: Analysis): void {
    if (document.isClosed || document.version !== version) return;
    this.entries.set(document.uri.toString(), { version, analysis });
    this.emitter.fire({ document, analysis });
  }

  private inWorker(document: vscode.TextDocument, version: number, text: string): void {
    const key = document.uri.toString();
    if (this.pending.get(key)?.version === version) return;
    const done = this.worker.analyze(key, text).then(
      (analysis) => {
        if (analysis) this.accept(document, version, analysis);
      },
      (error: unknown) => {
        // The worker could not run (missing bundle, out of memory): analyse here rather than show nothing.
        console.error(`News Annotator: ${String(error)}; analysing in the extension host instead`);
        if (!document.isClosed && document.version === version) this.accept(document, version, this.analyzeHere(key, text));
      },
    );
    const pending: Pending = { version, done };
    this.pending.set(key, pending);
    void done.finally(() => {
      if (this.pending.get(key) === pending) this.pending.delete(key);
    });
    this.showProgress(document, key, text.length);
  }

  /** Shows a status bar spinner while a document's worker jobs run longer than PROGRESS_DELAY_MS. */
  private showProgress(document: vscode.TextDocument, key: string, length: number): void {
    setTimeout(() => {
      if (!this.worker.busy(key) || this.progressShown.has(key)) return;
      this.progressShown.add(key);
      const title = `News Annotator: analysing ${path.basename(document.uri.path)} (${Math.round(length / 1024)} KB)`;
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, async () => {
        // Follows a document's successive jobs until none is left.
        for (let p = this.pending.get(key); p; p = this.pending.get(key)) await p.done;
        this.progressShown.delete(key);
      });
    }, PROGRESS_DELAY_MS);
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
    this.analyzers.delete(key);
    this.pending.delete(key);
    this.worker.forget(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.worker.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function empty(textLength: number): Analysis {
  return { textLength, entities: [], claims: [] };
}
