import * as vscode from 'vscode';
import type { AnalysisStore } from '../documents/analysisStore';
import { isArticle } from '../documents/articles';
import { summarize, summaryDetail, summaryText } from '../../presentation/summary';

/** The focus command VS Code generates for the Speakers view. */
const FOCUS_SPEAKERS_COMMAND = 'newsAnnotator.speakers.focus';

/** "8 claims · 3 speakers" for the active article; hidden for any other editor. Clicking shows the Speakers view. */
export class SummaryStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsAnnotator.summary', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly store: AnalysisStore) {
    this.item.name = 'News Annotator: claims and speakers';
    this.item.command = { title: 'Show Speakers', command: this.command };
    const update = () => this.update();
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(update),
      vscode.workspace.onDidOpenTextDocument(update),
      vscode.workspace.onDidCloseTextDocument(update),
      store.onDidUpdate(({ document }) => {
        if (document === vscode.window.activeTextEditor?.document) update();
      }),
    );
    update();
  }

  /** The document whose counts are shown, undefined while hidden. */
  private shownFor: vscode.TextDocument | undefined;

  readonly command = FOCUS_SPEAKERS_COMMAND;

  /** The text shown, or undefined while hidden (for tests). */
  get text(): string | undefined {
    return this.shownFor ? this.item.text : undefined;
  }

  /** The tooltip shown, or undefined while hidden (for tests). */
  get tooltip(): string | undefined {
    return this.shownFor ? String(this.item.tooltip) : undefined;
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isArticle(document)) {
      this.hide();
      return;
    }
    const analysis = this.store.peek(document);
    if (!analysis) {
      // Keeps the counts while an edit of the same article is re-analysed; the update event brings new ones.
      if (this.shownFor === document) return;
      this.hide();
      this.store.get(document);
      return;
    }
    const problem = this.store.problem(document);
    if (problem) {
      this.item.text = '$(warning) not analysed';
      this.item.tooltip = `News Annotator: ${problem}`;
      this.item.show();
      this.shownFor = document;
      return;
    }
    const summary = summarize(analysis);
    this.item.text = `$(quote) ${summaryText(summary)}`;
    this.item.tooltip = `News Annotator: ${summaryDetail(summary)}. Click to show the Speakers view.`;
    this.item.show();
    this.shownFor = document;
  }

  private hide(): void {
    this.item.hide();
    this.shownFor = undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
