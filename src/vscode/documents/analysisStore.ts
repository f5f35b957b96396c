import * as vscode from 'vscode';
import type { Analysis } from '../../engine';
import type { IncrementalAnalyzer } from '../../engine/incremental';
import type { AnalysisBackend } from './analysisBackend';
import { isArticle } from './articles';
import { settings } from '../config';
import { AnalysisTimeout, WorkerClient, WorkerCrashed, WorkerUnavailable, type WorkerClientOptions } from '../../worker/client';

export interface AnalysisUpdate {
  document: vscode.TextDocument;
  analysis: Analysis;
  /** Why the document was not analysed (its analysis is then empty), e.g. it ran past its time budget. */
  problem?: string;
}

interface Entry {
  version: number;
  /** The engine's analysis, before the overlay. */
  machine: Analysis;
  /** What consumers get: the machine's analysis with the overlay (the person's corrections) applied. */
  analysis: Analysis;
  problem?: string;
}

/** Turns the engine's analysis of a document into what the editor shows (see `setOverlay`). */
export type AnalysisOverlay = (document: vscode.TextDocument, analysis: Analysis) => Analysis;

interface Pending {
  version: number;
  done: Promise<void>;
}

/** Long runs show progress in the status bar; shorter ones would only make it flicker. */
const PROGRESS_DELAY_MS = 300;

/**
 * When the worker has crashed, documents up to this length are analysed in the extension host instead
 * (about 100 ms for 50 KB, README "Performance"); longer ones would freeze the editor, so they go without.
 */
export const FALLBACK_MAX_LENGTH = 50_000;

/**
 * Holds the latest analysis of each open article. Edits re-analyse after a debounce; a result is kept and
 * announced only if the document still has the version it was computed for, so a stale analysis never
 * reaches the editor.
 *
 * Every analysis runs in a worker thread (dist/analysisWorker.js), so the extension host is never blocked:
 * loading the engine alone takes longer than the host may stall, and a 1 MB article takes seconds. The
 * worker analyses incrementally: after an edit only the edited lines are analysed again. Hence `get` and
 * `refresh` cannot answer at once for a version not analysed yet: they return an empty analysis of the
 * current text and start the worker; `onDidUpdate` fires when the result arrives. `getAsync` waits for it.
 *
 * A job that runs past its time budget, or whose worker crashes, leaves its document with an empty analysis
 * and a `problem` (shown in the status bar) rather than a spinner; after a crash a short document is analysed
 * in the extension host instead (FALLBACK_MAX_LENGTH), and the crash is reported once per session.
 */
export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Pending>();
  private readonly progressShown = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<AnalysisUpdate>();
  private readonly editEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.emitter, this.editEmitter];
  private readonly worker: WorkerClient;
  /** Used only when the worker cannot run, one per document. */
  private readonly fallbacks = new Map<string, IncrementalAnalyzer>();
  /** Worker failures already reported to the user, by kind: each is reported once per session. */
  private readonly reported = new Set<string>();
  private overlay: AnalysisOverlay = (_document, analysis) => analysis;

  /** Fires when an article's analysis is brought up to date. */
  readonly onDidUpdate = this.emitter.event;
  /** Fires when an article is edited and its analysis is out of date (highlights may be cleared). */
  readonly onDidEdit = this.editEmitter.event;

  /** `backend`: how to start a worker here (Node or browser), see analysisBackend.ts. */
  constructor(private readonly backend: AnalysisBackend, options?: Partial<WorkerClientOptions>) {
    this.worker = new WorkerClient(backend.spawn, options);
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
   * The analysis of the document's current version if it is ready; else an empty analysis, while the worker
   * computes the real one (`onDidUpdate` announces it).
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

  /**
   * Applies `overlay` to every analysis before anyone sees it (the correction layer applies the person's
   * decisions so); `reapply` runs it again when what it depends on changes.
   */
  setOverlay(overlay: AnalysisOverlay): void {
    this.overlay = overlay;
  }

  /** Runs the overlay again over the document's current analysis, if there is one, and announces the result. */
  reapply(document: vscode.TextDocument): void {
    const entry = this.entries.get(document.uri.toString());
    if (!entry || entry.version !== document.version) return;
    entry.analysis = this.overlay(document, entry.machine);
    this.emitter.fire({ document, analysis: entry.analysis, problem: entry.problem });
  }

  /** The analysis of the current version if already computed, without computing. */
  peek(document: vscode.TextDocument): Analysis | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.analysis : undefined;
  }

  /** Why the current version has no analysis (it is then empty), if it was tried and failed. */
  problem(document: vscode.TextDocument): string | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.problem : undefined;
  }

  /**
   * Brings the document's analysis up to date now, without waiting for the debounce, and announces it: at
   * once if the current version is analysed already (analysis is deterministic), else when the worker is
   * done. A version that failed (see `problem`) is tried again. Returns what `get` returns.
   */
  refresh(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    this.cancel(key);
    const version = document.version;
    const current = this.peek(document);
    if (current && !this.problem(document)) {
      this.emitter.fire({ document, analysis: current });
      return current;
    }
    const text = document.getText();
    if (this.pending.get(key)?.version !== version) this.inWorker(document, version, text);
    return empty(text.length);
  }

  private accept(document: vscode.TextDocument, version: number, analysis: Analysis, problem?: string): void {
    if (document.isClosed || document.version !== version) return;
    const entry = { version, machine: analysis, analysis: this.overlay(document, analysis), problem };
    this.entries.set(document.uri.toString(), entry);
    this.emitter.fire({ document, analysis: entry.analysis, problem });
  }

  private inWorker(document: vscode.TextDocument, version: number, text: string): void {
    const key = document.uri.toString();
    const done = this.worker.analyze(key, text).then(
      (analysis) => {
        if (analysis) this.accept(document, version, analysis);
      },
      (error: unknown) => {
        if (!document.isClosed && document.version === version) this.failed(document, version, text, error);
      },
    );
    const pending: Pending = { version, done };
    this.pending.set(key, pending);
    void done.finally(() => {
      if (this.pending.get(key) === pending) this.pending.delete(key);
    });
    this.showProgress(document, key, text.length);
  }

  /** After a failed job: the analysis from the fallback if it may run, else none, with the reason. */
  private failed(document: vscode.TextDocument, version: number, text: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    const workerDown = error instanceof WorkerCrashed || error instanceof WorkerUnavailable;
    if (workerDown) this.reportOnce(error instanceof WorkerUnavailable ? 'unavailable' : 'crashed', message);
    if (workerDown && this.backend.loadEngine && text.length <= FALLBACK_MAX_LENGTH) {
      try {
        this.accept(document, version, this.analyzeHere(document.uri.toString(), text));
        return;
      } catch (fallbackError) {
        console.error('News Annotator: the fallback analysis failed', fallbackError);
      }
    }
    const problem = error instanceof AnalysisTimeout
      ? `${name(document)} is too large or complex to analyse: ${message}. It is shown without highlights; edit it or run News: Annotate / Refresh to try again.`
      : `${name(document)} could not be analysed (${message}). It is shown without highlights.`;
    console.error(`News Annotator: ${problem}`);
    this.accept(document, version, empty(text.length), problem);
  }

  /** Tells the user about a worker failure once per session, and where the fallback applies. */
  private reportOnce(kind: string, message: string): void {
    if (this.reported.has(kind)) return;
    this.reported.add(kind);
    const fallback = this.backend.loadEngine
      ? ` Articles up to ${FALLBACK_MAX_LENGTH / 1000} KB are analysed in the editor instead; larger ones are shown without highlights.`
      : ' Articles are shown without highlights.';
    const what = kind === 'unavailable' ? 'The analysis worker keeps failing and is not restarted' : 'The analysis worker stopped';
    void vscode.window.showWarningMessage(`News Annotator: ${what} (${message}).${fallback}`);
  }

  private analyzeHere(key: string, text: string): Analysis {
    let analyzer = this.fallbacks.get(key);
    if (!analyzer) {
      const engine = this.backend.loadEngine?.();
      if (!engine) throw new Error('no engine in the extension host');
      this.fallbacks.set(key, (analyzer = new engine.IncrementalAnalyzer()));
    }
    return analyzer.update(text);
  }

  /** Shows a status bar spinner while a document's worker jobs run longer than PROGRESS_DELAY_MS. */
  private showProgress(document: vscode.TextDocument, key: string, length: number): void {
    setTimeout(() => {
      if (!this.worker.busy(key) || this.progressShown.has(key)) return;
      this.progressShown.add(key);
      const title = `News Annotator: analysing ${name(document)} (${Math.round(length / 1024)} KB)`;
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
    this.fallbacks.delete(key);
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

/** The document's file name, for messages. */
function name(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() || document.uri.toString();
}

function empty(textLength: number): Analysis {
  return { textLength, entities: [], claims: [] };
}
