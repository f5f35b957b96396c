import * as vscode from 'vscode';
import type { Analysis } from '../analysis/types';
import type { AnalysisStore } from './analysisStore';
import { isArticle } from './articles';
import { SECTION, settings } from './config';
import { decorationOptions } from './decorationStyles';
import { HIGHLIGHT_CATEGORIES, planHighlights, type HighlightCategory } from './highlightPlan';

export const TOGGLE_HIGHLIGHTS_COMMAND = 'newsAnnotator.toggleHighlights';

type DecorationTypes = Map<HighlightCategory, vscode.TextEditorDecorationType>;

interface Drawn {
  /** The document version of the analysis drawn; undefined while the editor shows no highlights. */
  version: number | undefined;
  ranges: Map<HighlightCategory, vscode.Range[]>;
}

const NOTHING_DRAWN: Drawn = { version: undefined, ranges: new Map() };

/**
 * Draws the analysis of each visible article as decorations, one type per category, in every editor showing
 * it (split editors included). Only editors of a document that changed are redrawn; while the user types the
 * highlights are cleared, and they return when the store announces the analysis of the new version, so an
 * analysis of an older version is never drawn over newer text.
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
      store.onDidEdit((document) => {
        for (const editor of this.editorsOf(document)) this.clear(editor);
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
    return (this.drawn.get(editor) ?? NOTHING_DRAWN).ranges.get(category) ?? [];
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
    const document = editor.document;
    const ranges = new Map<HighlightCategory, vscode.Range[]>();
    for (const [category, spans] of planHighlights(analysis, settings().highlights)) {
      const list = spans.map((s) => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)));
      editor.setDecorations(this.types.get(category)!, list);
      ranges.set(category, list);
    }
    this.drawn.set(editor, { version: document.version, ranges });
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
