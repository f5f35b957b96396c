import * as vscode from 'vscode';
import type { CorrectionsStore } from '../documents/correctionsStore';

/** Context key of the Undo keybinding (Ctrl+Z / Cmd+Z) that runs Undo Last Correction. */
const UNDOABLE_KEY = 'newsAnnotator.correctionUndoable';

/**
 * Makes a correction an undoable step of the editor as far as VS Code allows. Its undo stack holds text edits
 * only, and an extension can add nothing to it that is not an edit of the text (a correction changes the
 * sidecar, not the article). So the Undo key is bound to Undo Last Correction while the article's last change
 * is a correction — no text edit since — and keeps its own meaning otherwise: Ctrl+Z right after a correction
 * takes it back; after typing it undoes the typing. Redo (Ctrl+Y) stays the editor's: Undo Last Correction
 * has no redo.
 */
export class CorrectionUndoKey implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  private value = false;

  constructor(private readonly corrections: CorrectionsStore) {
    const update = () => this.update();
    this.disposables = [
      corrections.onDidChange(update),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) update();
      }),
      vscode.window.onDidChangeActiveTextEditor(update),
    ];
    update();
  }

  /** The key's value, for tests. */
  get undoable(): boolean {
    return this.value;
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const value = !!document && this.corrections.correctionIsLast(document);
    if (value === this.value) return;
    this.value = value;
    void vscode.commands.executeCommand('setContext', UNDOABLE_KEY, value);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
