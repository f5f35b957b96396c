import * as vscode from 'vscode';
import type { AnalysisStore } from '../documents/analysisStore';
import { statusOf } from '../../corrections/review';

/**
 * Marks the claims a person has reviewed, so they look different from the machine's suggestions: a solid
 * outline and a check mark after each one (drawn over the kind's own highlight, which stays as it is).
 */
export class ReviewDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    border: '1px solid',
    borderColor: new vscode.ThemeColor('newsAnnotator.speakerBorder'),
    borderRadius: '2px',
    after: { contentText: ' ✓', color: new vscode.ThemeColor('newsAnnotator.speakerBorder') },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });

  private readonly drawn = new WeakMap<vscode.TextEditor, vscode.Range[]>();
  private readonly disposables: vscode.Disposable[] = [this.type];

  constructor(store: AnalysisStore) {
    this.disposables.push(
      store.onDidUpdate(({ document, analysis }) => {
        const ranges = analysis.claims
          .filter((c) => statusOf(c) !== 'suggested')
          .map((c) => new vscode.Range(document.positionAt(c.start), document.positionAt(c.end)));
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.draw(editor, ranges);
      }),
      // Offsets of the last analysis would mark the wrong words while the article is edited.
      store.onDidEdit((document) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.draw(editor, []);
      }),
    );
  }

  /** The reviewed claims last marked in an editor (for tests). */
  rangesFor(editor: vscode.TextEditor): readonly vscode.Range[] {
    return this.drawn.get(editor) ?? [];
  }

  private draw(editor: vscode.TextEditor, ranges: vscode.Range[]): void {
    editor.setDecorations(this.type, ranges);
    this.drawn.set(editor, ranges);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
