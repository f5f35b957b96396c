import * as vscode from 'vscode';
import type { AnalysisStore } from '../documents/analysisStore';
import { isArticle } from '../documents/articles';
import { progressText, reviewProgress } from '../../corrections/review';

/** "12 of 20 reviewed" for the active article's claims; clicking goes to the next unreviewed one. */
export class ReviewStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsAnnotator.review', vscode.StatusBarAlignment.Right, 99);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private shown = false;

  constructor(private readonly store: AnalysisStore) {
    this.item.name = 'News Annotator: review progress';
    this.item.command = { title: 'Next Unreviewed', command: 'newsAnnotator.nextUnreviewed' };
    const update = () => this.update();
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(update),
      vscode.workspace.onDidCloseTextDocument(update),
      store.onDidUpdate(({ document }) => {
        if (document === vscode.window.activeTextEditor?.document) update();
      }),
    );
    update();
  }

  /** The text shown, or undefined while hidden (for tests). */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const analysis = document && isArticle(document) ? this.store.peek(document) : undefined;
    if (!analysis) {
      // Keeps the last count while the same article is re-analysed after an edit.
      if (document && isArticle(document) && this.shown) return;
      this.item.hide();
      this.shown = false;
      return;
    }
    const progress = reviewProgress(analysis.claims);
    this.item.text = `$(checklist) ${progressText(progress)}`;
    this.item.tooltip = `News Annotator: ${progressText(progress)} (accepted or corrected by you). Click for the next unreviewed claim.`;
    this.item.show();
    this.shown = true;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
