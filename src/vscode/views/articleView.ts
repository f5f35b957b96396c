import type * as vscode from 'vscode';
import type { Analysis } from '../../engine/types';
import type { AnalysisStore } from '../documents/analysisStore';
import { ArticleTracker } from '../documents/currentArticle';

type Show = (document: vscode.TextDocument | undefined, analysis: Analysis | undefined) => void;

/**
 * Keeps a view on the article the user is working on: `show` gets the article and the analysis of its current
 * version (undefined while the worker computes it) whenever the article changes or its analysis arrives.
 */
export class ArticleFollower implements vscode.Disposable {
  private readonly tracker = new ArticleTracker();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: AnalysisStore,
    private readonly show: Show,
  ) {
    this.disposables = [
      this.tracker,
      this.tracker.onDidChange(() => this.follow()),
      store.onDidUpdate(({ document, analysis }) => {
        if (document === this.tracker.document) show(document, analysis);
      }),
    ];
  }

  /** Shows the current article now; without an analysis of this version yet, asks for one (it arrives by onDidUpdate). */
  follow(): void {
    const document = this.tracker.document;
    if (document && !this.store.peek(document)) this.store.get(document);
    this.show(document, document && this.store.peek(document));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** A view's message: none without an article, progress while it is analysed, `empty` when it found nothing. */
export function viewMessage(
  document: vscode.TextDocument | undefined,
  analysis: Analysis | undefined,
  found: (analysis: Analysis) => boolean,
  empty: string,
): string | undefined {
  if (!document) return undefined;
  if (!analysis) return 'Analysing the article…';
  return found(analysis) ? undefined : empty;
}
