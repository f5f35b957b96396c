import * as vscode from 'vscode';
import type { Analysis, Span } from '../../engine/types';
import { anchorOf } from '../../corrections/anchor';
import { applyDecisions } from '../../corrections/apply';
import type { Decision, DecisionBody } from '../../corrections/decisions';
import { reanchorDecisions } from '../../corrections/reanchor';
import { shiftDecisions, type TextChange } from '../../corrections/shift';
import { parseSidecar, serializeSidecar } from '../../corrections/sidecar';
import { textHash } from '../../corrections/textHash';
import type { AnalysisStore } from './analysisStore';
import { isArticle } from './articles';
import { annotatorName } from './annotator';
import { keepAside, readIfExists, sidecarUri, writeAtomically } from './sidecarFile';
import { UnsavedCorrections } from './unsavedCorrections';

/** Writes wait this long after the last correction, so a burst of review keystrokes makes one write. */
const SAVE_DELAY_MS = 400;
/** Corrections that can be undone, most recent last. */
const UNDO_DEPTH = 50;
/**
 * A change replacing at least this share of the article is a reload (the file changed on disk, a formatter
 * rewrote it), not typing: targets it removed are searched for again, as after a change outside the editor.
 */
const WHOLESALE_SHARE = 0.5;

interface ArticleCorrections {
  decisions: Decision[];
  /** Earlier decision lists, kept in step with edits, for Undo. */
  undo: Decision[][];
  /** Why the sidecar may not be written (a newer schema, unreadable), if so. */
  readOnly?: string;
  /** The last problem with the sidecar told to the person, if any. */
  notice?: string;
  loaded: Promise<void>;
  /** An untitled article whose corrections the file it was saved as has taken. */
  savedAs?: boolean;
  /** Corrections made since the last text edit: what the editor's Undo key takes back before any text. */
  sinceEdit: number;
}

/**
 * The person's corrections of each open article, kept in the sidecar beside it (see src/corrections/sidecar)
 * and applied by the analysis store over every analysis. Anchors follow every edit of the open article; a
 * sidecar that changed with the article outside the editor is re-anchored when the article opens.
 */
export class CorrectionsStore implements vscode.Disposable {
  private readonly articles = new Map<string, ArticleCorrections>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Writes in flight, by sidecar; a load of the same article waits for them. */
  private readonly writes = new Map<string, Promise<void>>();
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Untitled articles' corrections, until the file they are saved as opens. */
  private readonly unsaved = new UnsavedCorrections();
  private counter = 0;
  /** Fires when an article's decisions change (not when edits only move them). */
  readonly onDidChange = this.emitter.event;

  constructor(analyses: AnalysisStore) {
    analyses.setOverlay((document, analysis) => this.apply(document, analysis));
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.open(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.edited(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.close(d)),
      this.onDidChange((d) => analyses.reapply(d)),
    );
    for (const document of vscode.workspace.textDocuments) this.open(document);
  }

  /** The document's decisions, after its sidecar is read. */
  async decisions(document: vscode.TextDocument): Promise<readonly Decision[]> {
    const entry = this.open(document);
    await entry?.loaded;
    return entry?.decisions ?? [];
  }

  /** Decisions whose target was lost, kept for the person to re-attach or drop. */
  orphans(document: vscode.TextDocument): Decision[] {
    return this.articles.get(document.uri.toString())?.decisions.filter((d) => d.orphan) ?? [];
  }

  /** The last problem with the article's sidecar told to the person (shown as an error or warning), if any. */
  notice(document: vscode.TextDocument): string | undefined {
    return this.articles.get(document.uri.toString())?.notice;
  }

  /** Why this article's corrections cannot be saved, if they cannot. */
  problem(document: vscode.TextDocument): string | undefined {
    return this.articles.get(document.uri.toString())?.readOnly;
  }

  /** Records a decision about the text at `target`; false (with a message) when the sidecar is read-only. */
  add(document: vscode.TextDocument, body: DecisionBody, target: Span): Promise<boolean> {
    return this.addAll(document, [{ body, target }]);
  }

  /** Records several decisions as one correction (one Undo takes them all back). */
  async addAll(document: vscode.TextDocument, items: ReadonlyArray<{ body: DecisionBody; target: Span }>): Promise<boolean> {
    const entry = this.open(document);
    if (!entry) return false;
    await entry.loaded;
    if (entry.readOnly) {
      void vscode.window.showWarningMessage(`News Annotator: corrections of this article are read-only: ${entry.readOnly}`);
      return false;
    }
    const text = document.getText();
    const created = new Date().toISOString();
    const creator = annotatorName();
    const decisions = items.map(({ body, target }) => ({
      ...body,
      id: `d${Date.now().toString(36)}${(this.counter++).toString(36)}`,
      target: anchorOf(text, target),
      creator,
      created,
    }) as Decision);
    this.replace(document, entry, [...entry.decisions, ...decisions]);
    return true;
  }

  /** Drops a decision (an orphan the person gave up on). */
  drop(document: vscode.TextDocument, id: string): void {
    const entry = this.articles.get(document.uri.toString());
    if (entry && !entry.readOnly) this.replace(document, entry, entry.decisions.filter((d) => d.id !== id));
  }

  /** Puts an orphan's target on a span of the current text. */
  reattach(document: vscode.TextDocument, id: string, span: Span): void {
    const entry = this.articles.get(document.uri.toString());
    if (!entry || entry.readOnly) return;
    const target = anchorOf(document.getText(), span);
    const next = entry.decisions.map((d) => {
      if (d.id !== id) return d;
      const { orphan: _orphan, ...rest } = d;
      return { ...rest, target } as Decision;
    });
    this.replace(document, entry, next);
  }

  /**
   * Whether the last change of the article is a correction (no text edit since): then the editor's Undo key
   * takes the correction back rather than an older text edit (see commands/correctionUndoKey.ts).
   */
  correctionIsLast(document: vscode.TextDocument): boolean {
    const entry = this.articles.get(document.uri.toString());
    return !!entry && entry.sinceEdit > 0 && entry.undo.length > 0;
  }

  /** Takes back the last correction; false when there is none. */
  undo(document: vscode.TextDocument): boolean {
    const entry = this.articles.get(document.uri.toString());
    const previous = entry?.undo.pop();
    if (!entry || !previous) return false;
    entry.sinceEdit = Math.max(0, entry.sinceEdit - 1);
    entry.decisions = previous;
    this.saveLater(document);
    this.emitter.fire(document);
    return true;
  }

  /** Writes any pending change now (tests, and before the article closes). */
  async flush(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const timer = this.timers.get(key);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(key);
      await this.save(document);
    }
    await this.writes.get(key);
  }

  private apply(document: vscode.TextDocument, analysis: Analysis): Analysis {
    return applyDecisions(analysis, this.articles.get(document.uri.toString())?.decisions ?? []);
  }

  private replace(document: vscode.TextDocument, entry: ArticleCorrections, decisions: Decision[]): void {
    entry.undo.push(entry.decisions);
    if (entry.undo.length > UNDO_DEPTH) entry.undo.shift();
    entry.sinceEdit++;
    entry.decisions = decisions;
    this.saveLater(document);
    this.emitter.fire(document);
  }

  private open(document: vscode.TextDocument): ArticleCorrections | undefined {
    if (!isArticle(document)) return undefined;
    const key = document.uri.toString();
    let entry = this.articles.get(key);
    if (!entry) {
      const fresh: ArticleCorrections = { decisions: [], undo: [], loaded: Promise.resolve(), sinceEdit: 0 };
      fresh.loaded = this.load(document, fresh);
      this.articles.set(key, (entry = fresh));
    }
    return entry;
  }

  private async load(document: vscode.TextDocument, entry: ArticleCorrections): Promise<void> {
    const uri = sidecarUri(document.uri);
    if (!uri) return;
    await this.writes.get(document.uri.toString());
    let text: string | undefined;
    try {
      text = await readIfExists(uri);
    } catch (e) {
      entry.readOnly = `${baseName(uri)} could not be read (${(e as Error).message}).`;
      tell(entry, 'error', `${entry.readOnly} Corrections made now will not be saved.`);
      return;
    }
    if (text === undefined) return this.adoptUnsaved(document, entry);
    const parsed = parseSidecar(text);
    if (!parsed.ok && parsed.reason === 'newer') {
      entry.readOnly = `${baseName(uri)}: ${parsed.message}.`;
      tell(entry, 'warning', `${entry.readOnly} Its corrections are not shown and the file is left as it is.`);
      return;
    }
    if (!parsed.ok) {
      let where: string;
      try {
        where = `it was kept as ${baseName(await keepAside(uri))}`;
      } catch (e) {
        entry.readOnly = `${baseName(uri)} is not valid (${parsed.message}) and could not be moved aside (${(e as Error).message}).`;
        tell(entry, 'error', `${entry.readOnly} It is left as it is; corrections made now will not be saved.`);
        return;
      }
      tell(entry, 'error', `${baseName(uri)} could not be read: ${parsed.message}; ${where}. New corrections start a new file.`);
      return;
    }
    if (document.isClosed) return;
    const current = document.getText();
    // Edits made while the file was read have not moved these anchors: they are found in the current text.
    entry.decisions = [...reanchorDecisions(current, parsed.corrections.decisions), ...entry.decisions];
    const moved = parsed.corrections.textHash !== textHash(current) || entry.decisions.some((d) => d.orphan);
    if (moved) this.saveLater(document);
    this.emitter.fire(document);
  }

  /**
   * A file without a sidecar that is an untitled article just saved takes that article's corrections: from the
   * untitled document if it is still open (Save As opens the file before it closes the untitled one), else
   * from those kept when it closed.
   */
  private adoptUnsaved(document: vscode.TextDocument, entry: ArticleCorrections): void {
    if (document.isClosed) return;
    const current = document.getText();
    const hash = textHash(current);
    const twin = vscode.workspace.textDocuments
      .filter((d) => d.uri.scheme === 'untitled' && !d.isClosed && textHash(d.getText()) === hash)
      .map((d) => this.articles.get(d.uri.toString()))
      .find((e) => e?.decisions.length && !e.savedAs);
    if (twin) twin.savedAs = true;
    const decisions = twin ? twin.decisions : this.unsaved.take(current);
    if (!decisions) return;
    entry.decisions = [...reanchorDecisions(current, decisions), ...entry.decisions];
    this.saveLater(document);
    this.emitter.fire(document);
  }

  private edited(e: vscode.TextDocumentChangeEvent): void {
    const entry = this.articles.get(e.document.uri.toString());
    if (!entry || e.contentChanges.length === 0) return;
    entry.sinceEdit = 0;
    if (entry.decisions.length === 0 && entry.undo.length === 0) return;
    const changes: TextChange[] = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    const text = e.document.getText();
    const wholesale = changes.some((c) => c.end - c.start >= WHOLESALE_SHARE * (text.length - c.text.length + c.end - c.start));
    const pasted = changes.some((c) => c.text.length > 1);
    const follow = (decisions: Decision[]) => {
      const shifted = shiftDecisions(decisions, changes, text);
      // Typing that removes a target orphans it. A paste (the second half of a cut-and-paste move) or a reload
      // may put the words back: orphans' quotes are looked for then (fuzzy only when most of the article was
      // replaced, never per keystroke).
      if (!(wholesale || pasted) || !shifted.some((d) => d.orphan)) return shifted;
      return reanchorDecisions(text, shifted, { fuzzy: wholesale, which: (d) => !!d.orphan });
    };
    const before = entry.decisions;
    entry.decisions = follow(before);
    entry.undo = entry.undo.map(follow);
    if (entry.decisions.some((d, i) => d.orphan !== before[i].orphan)) this.emitter.fire(e.document);
    this.saveLater(e.document);
  }

  private saveLater(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!sidecarUri(document.uri)) return;
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.save(document);
      }, SAVE_DELAY_MS),
    );
  }

  private async save(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const entry = this.articles.get(key);
    const uri = sidecarUri(document.uri);
    if (!entry || !uri || entry.readOnly) return;
    const text = serializeSidecar({ textHash: textHash(document.getText()), decisions: entry.decisions }, baseName(document.uri));
    const previous = this.writes.get(key) ?? Promise.resolve();
    const write = previous
      .then(() => (entry.decisions.length || entry.undo.length ? writeAtomically(uri, text) : undefined))
      .catch((e: unknown) => {
        void vscode.window.showErrorMessage(`News Annotator: could not save corrections to ${baseName(uri)}: ${(e as Error).message}`);
      });
    this.writes.set(key, write);
    await write;
    if (this.writes.get(key) === write) this.writes.delete(key);
  }

  private close(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.articles.has(key)) return;
    void this.flush(document).finally(() => {
      // A language change closes and reopens the same document: keep its entry if it is open again.
      if (!document.isClosed || vscode.workspace.textDocuments.some((d) => d.uri.toString() === key && isArticle(d))) return;
      // An untitled article's corrections wait for the file it may have been saved as.
      const entry = this.articles.get(key);
      if (document.uri.scheme === 'untitled' && entry && !entry.savedAs) this.unsaved.keep(document.getText(), entry.decisions);
      this.articles.delete(key);
    });
  }

  dispose(): void {
    // Pending writes start now: the window may be reloading, and corrections are never lost.
    for (const [key, timer] of this.timers) {
      clearTimeout(timer);
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (document) void this.save(document);
    }
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}

function tell(entry: ArticleCorrections, level: 'error' | 'warning', message: string): void {
  entry.notice = message;
  const show = level === 'error' ? vscode.window.showErrorMessage : vscode.window.showWarningMessage;
  void show(`News Annotator: ${message}`);
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
