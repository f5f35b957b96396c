import * as vscode from 'vscode';
import type { AnalysisStore } from '../documents/analysisStore';
import type { CorrectionsStore } from '../documents/correctionsStore';
import { isArticle } from '../documents/articles';
import { progressText, reviewProgress } from '../../corrections/review';

/**
 * "12 of 20 reviewed" for the active article's claims, and how many corrections lost their text ("1 orphan");
 * clicking goes to the next unreviewed claim, or to the orphans when there are any.
 */
export class ReviewStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsAnnotator.review', vscode.StatusBarAlignment.Right, 99);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private shown = false;

  constructor(
    private readonly store: AnalysisStore,
    private readonly corrections: CorrectionsStore,
  ) {
    this.item.name = 'News Annotator: review progress';
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
    if (!document || !analysis) {
      // Keeps the last count while the same article is re-analysed after an edit.
      if (document && isArticle(document) && this.shown) return;
      this.item.hide();
      this.shown = false;
      return;
    }
    const progress = reviewProgress(analysis.claims);
    const orphans = this.corrections.orphans(document);
    const lost = orphans.length ? ` · ${orphans.length} orphan${orphans.length === 1 ? '' : 's'}` : '';
    this.item.text = `$(checklist) ${progressText(progress)}${lost}`;
    this.item.command = orphans.length
      ? { title: 'Orphaned Corrections', command: 'newsAnnotator.reviewOrphans' }
      : { title: 'Next Unreviewed', command: 'newsAnnotator.nextUnreviewed' };
    const click = orphans.length ? 'Click to re-attach or drop the corrections whose text was lost.' : 'Click for the next unreviewed claim.';
    this.item.tooltip = `News Annotator: ${progressText(progress)} (accepted or corrected by you)${lost}. ${click}`;
    this.item.show();
    this.shown = true;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
