import * as vscode from 'vscode';
import type { AnalysisStore } from '../documents/analysisStore';
import { isArticle } from '../documents/articles';
import { summarize, summaryDetail, summaryText, type Summary } from '../../presentation/summary';

/** The focus command VS Code generates for the Speakers view. */
const FOCUS_SPEAKERS_COMMAND = 'newsAnnotator.speakers.focus';

/**
 * "8 claims · 3 speakers" for the active article; hidden for any other editor. Clicking shows the Speakers view.
 * After an edit the counts of the previous analysis stay, with a spinning icon, until the new one arrives.
 */
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
      store.onDidEdit((document) => {
        if (document === this.shownFor) this.showUpdating();
      }),
    );
    update();
  }

  /** The document whose counts are shown, undefined while hidden. */
  private shownFor: vscode.TextDocument | undefined;
  /** The counts shown. */
  private summary: Summary | undefined;

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
      this.summary = undefined;
      this.item.text = '$(warning) not analysed';
      this.item.tooltip = `News Annotator: ${problem}`;
      this.item.show();
      this.shownFor = document;
      return;
    }
    this.render(summarize(analysis), false);
    this.item.show();
    this.shownFor = document;
  }

  private showUpdating(): void {
    if (this.summary) this.render(this.summary, true);
  }

  private render(summary: Summary, updating: boolean): void {
    this.summary = summary;
    this.item.text = `${updating ? '$(sync~spin)' : '$(quote)'} ${summaryText(summary)}`;
    const status = updating ? 'updating after your edit; until then ' : '';
    this.item.tooltip = `News Annotator: ${status}${summaryDetail(summary)}. Click to show the Speakers view.`;
  }

  private hide(): void {
    this.item.hide();
    this.shownFor = undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
