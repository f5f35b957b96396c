import * as vscode from 'vscode';
import type { AnalysisStore } from '../documents/analysisStore';
import { TREAT_AS_ARTICLE_COMMAND } from '../documents/articleDetector';
import { isArticle } from '../documents/articles';

export const REFRESH_COMMAND = 'newsAnnotator.refresh';

/** "News: Annotate / Refresh": analyses the active article again now, without waiting for the debounce. */
export function registerRefreshCommand(store: AnalysisStore): vscode.Disposable {
  return vscode.commands.registerCommand(REFRESH_COMMAND, async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('News Annotator: open an article to annotate it.');
      return undefined;
    }
    if (!isArticle(document)) {
      const treat = 'Treat as Article';
      const answer = await vscode.window.showInformationMessage(
        'News Annotator: this document is not a news article. Annotate it as one?',
        treat,
      );
      if (answer === treat) await vscode.commands.executeCommand(TREAT_AS_ARTICLE_COMMAND);
      return undefined;
    }
    store.refresh(document);
    return store.getAsync(document);
  });
}
