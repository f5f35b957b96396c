import * as vscode from 'vscode';
import type { Analysis, Span } from '../../engine/types';
import type { AnalysisStore } from '../documents/analysisStore';
import { isArticle } from '../documents/articles';
import { SECTION, settings } from '../config';
import { decorationOptions } from './decorationStyles';
import { carrySpans, type TextChange } from '../../presentation/carrySpans';
import {
  HIGHLIGHT_CATEGORIES,
  planHighlights,
  spansInWindow,
  WHOLE_CATEGORY_LIMIT,
  type HighlightCategory,
} from '../../presentation/highlightPlan';

/** Lines drawn above and below the visible ones for a category too large to draw whole. */
const WINDOW_MARGIN_LINES = 300;

export const TOGGLE_HIGHLIGHTS_COMMAND = 'newsAnnotator.toggleHighlights';

type DecorationTypes = Map<HighlightCategory, vscode.TextEditorDecorationType>;

interface Drawn {
  /**
   * The document version of the analysis drawn; undefined while the editor shows no highlights. After an edit
   * it stays that older version while the highlights are carried along with the text.
   */
  version: number | undefined;
  /** What is drawn per category, as offsets into the current text. */
  spans: Map<HighlightCategory, Span[]>;
  /** `spans` as editor ranges, made when first asked for (tests); dropped when the spans move. */
  ranges: Map<HighlightCategory, vscode.Range[]>;
  plan?: Map<HighlightCategory, Span[]>;
  /** The lines drawn of categories too large to draw whole, if there are any. */
  window?: { start: number; end: number };
}

const NOTHING_DRAWN: Drawn = { version: undefined, spans: new Map(), ranges: new Map() };

/**
 * Draws the analysis of each visible article as decorations, one type per category, in every editor showing
 * it (split editors included). Only editors of a document that changed are redrawn. While the user types, the
 * highlights stay: VS Code moves them with the text, and only those an edit touched are taken away, until the
 * store announces the analysis of the new version; an analysis of an older version is never drawn.
 */
export class Highlighter implements vscode.Disposable {
  private types: DecorationTypes;
  private themeKind = vscode.window.activeColorTheme.kind;
  private on = true;
  private readonly drawn = new WeakMap<vscode.TextEditor, Drawn>();
  private visible = new Set(vscode.window.visibleTextEditors);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: AnalysisStore) {
    this.types = this.createTypes();
    this.disposables.push(
      store.onDidUpdate(({ document, analysis }) => {
        for (const editor of this.editorsOf(document)) this.draw(editor, analysis);
      }),
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length === 0) return;
        const changes = contentChanges.map((c) => ({ offset: c.rangeOffset, removed: c.rangeLength, inserted: c.text.length }));
        for (const editor of this.editorsOf(document)) this.carry(editor, changes);
      }),
      // An editor that becomes visible has no decorations (VS Code drops them with hidden editors).
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) if (!this.visible.has(editor)) this.show(editor);
        this.visible = new Set(editors);
      }),
      // Detection and "Treat as Article" change a document's language: it is reopened under the new id.
      vscode.workspace.onDidOpenTextDocument((document) => {
        for (const editor of this.editorsOf(document)) this.show(editor);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => this.scrolled(textEditor)),
      vscode.window.onDidChangeActiveColorTheme((theme) => {
        if (theme.kind === this.themeKind) return;
        this.themeKind = theme.kind;
        this.rebuild();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.highlight`)) this.showAll();
      }),
      vscode.commands.registerCommand(TOGGLE_HIGHLIGHTS_COMMAND, () => this.toggle()),
    );
    this.showAll();
  }

  /** True unless highlights were switched off for the session. */
  isHighlighting(): boolean {
    return this.on;
  }

  /** The ranges last drawn in an editor for a category (for tests). */
  rangesFor(editor: vscode.TextEditor, category: HighlightCategory): readonly vscode.Range[] {
    const drawn = this.drawn.get(editor) ?? NOTHING_DRAWN;
    let ranges = drawn.ranges.get(category);
    if (!ranges) {
      ranges = toRanges(editor.document, drawn.spans.get(category) ?? []);
      drawn.ranges.set(category, ranges);
    }
    return ranges;
  }

  /** The document version whose analysis an editor shows, undefined while it shows none (for tests). */
  drawnVersion(editor: vscode.TextEditor): number | undefined {
    return this.drawn.get(editor)?.version;
  }

  private toggle(): boolean {
    this.on = !this.on;
    vscode.window.setStatusBarMessage(`News Annotator: highlights ${this.on ? 'on' : 'off'}`, 3000);
    this.showAll();
    return this.on;
  }

  private editorsOf(document: vscode.TextDocument): vscode.TextEditor[] {
    const uri = document.uri.toString();
    return vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === uri);
  }

  private showAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.show(editor);
  }

  /** Draws the current analysis if there is one; otherwise asks for it (the update event draws it). */
  private show(editor: vscode.TextEditor): void {
    const document = editor.document;
    if (!isArticle(document) || !this.on) {
      this.clear(editor);
      return;
    }
    const analysis = this.store.peek(document);
    if (analysis) this.draw(editor, analysis);
    else this.store.get(document);
  }

  private draw(editor: vscode.TextEditor, analysis: Analysis): void {
    if (!this.on || !isArticle(editor.document)) return;
    const plan = planHighlights(analysis, settings().highlights);
    const large = [...plan.values()].some((spans) => spans.length > WHOLE_CATEGORY_LIMIT);
    const drawn: Drawn = { version: editor.document.version, spans: new Map(), ranges: new Map(), plan };
    if (large) drawn.window = this.windowOf(editor);
    for (const [category, spans] of plan) this.drawCategory(editor, drawn, category, spans);
    this.drawn.set(editor, drawn);
  }

  private drawCategory(editor: vscode.TextEditor, drawn: Drawn, category: HighlightCategory, spans: Span[]): void {
    const document = editor.document;
    if (drawn.window && spans.length > WHOLE_CATEGORY_LIMIT) {
      const start = document.offsetAt(new vscode.Position(drawn.window.start, 0));
      const end = document.offsetAt(new vscode.Position(drawn.window.end + 1, 0));
      spans = spansInWindow(spans, start, end);
    }
    const list = toRanges(document, spans);
    editor.setDecorations(this.types.get(category)!, list);
    drawn.spans.set(category, spans);
    drawn.ranges.set(category, list);
  }

  /**
   * Keeps an editor's highlights through an edit: VS Code moves the decorations with the text, and the
   * categories with a range the edit touched are drawn again without it, so no highlight stays on words it
   * may no longer fit. The analysis of the new version replaces them all when it arrives.
   */
  private carry(editor: vscode.TextEditor, changes: readonly TextChange[]): void {
    const drawn = this.drawn.get(editor);
    if (!drawn || drawn === NOTHING_DRAWN) return;
    for (const [category, spans] of drawn.spans) {
      const carried = carrySpans(spans, changes);
      drawn.spans.set(category, carried.spans);
      drawn.ranges.delete(category);
      if (carried.touched) editor.setDecorations(this.types.get(category)!, toRanges(editor.document, carried.spans));
    }
  }

  /** The visible lines with a margin on each side. */
  private windowOf(editor: vscode.TextEditor): { start: number; end: number } {
    const visible = editor.visibleRanges;
    const first = visible.length ? visible[0].start.line : editor.selection.active.line;
    const last = visible.length ? visible[visible.length - 1].end.line : first;
    return { start: Math.max(0, first - WINDOW_MARGIN_LINES), end: last + WINDOW_MARGIN_LINES };
  }

  /** Redraws the categories drawn around the visible lines once the user scrolls out of them. */
  private scrolled(editor: vscode.TextEditor): void {
    const drawn = this.drawn.get(editor);
    if (!drawn?.window || !drawn.plan || drawn.version !== editor.document.version) return;
    const visible = editor.visibleRanges;
    if (visible.length === 0) return;
    const inside = visible[0].start.line >= drawn.window.start && visible[visible.length - 1].end.line <= drawn.window.end;
    if (inside) return;
    drawn.window = this.windowOf(editor);
    for (const [category, spans] of drawn.plan) {
      if (spans.length > WHOLE_CATEGORY_LIMIT) this.drawCategory(editor, drawn, category, spans);
    }
  }

  private clear(editor: vscode.TextEditor): void {
    const drawn = this.drawn.get(editor);
    if (!drawn || drawn === NOTHING_DRAWN) return;
    for (const type of this.types.values()) editor.setDecorations(type, []);
    this.drawn.set(editor, NOTHING_DRAWN);
  }

  private createTypes(): DecorationTypes {
    return new Map(
      HIGHLIGHT_CATEGORIES.map((c) => [c, vscode.window.createTextEditorDecorationType(decorationOptions(c, this.themeKind))]),
    );
  }

  /** New types for a new theme kind; disposing the old ones removes their decorations everywhere. */
  private rebuild(): void {
    for (const type of this.types.values()) type.dispose();
    this.types = this.createTypes();
    for (const editor of vscode.window.visibleTextEditors) this.drawn.delete(editor);
    this.showAll();
  }

  dispose(): void {
    for (const type of this.types.values()) type.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function toRanges(document: vscode.TextDocument, spans: readonly Span[]): vscode.Range[] {
  return spans.map((s) => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)));
}
