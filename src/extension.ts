import type * as vscode from 'vscode';
import { AnalysisStore } from './editor/analysisStore';
import type { NewsAnnotatorApi } from './editor/api';
import { ArticleDetector } from './editor/articleDetector';
import { EntitiesView } from './editor/entitiesTree';
import { ExportCommands } from './editor/exportCommands';
import { Highlighter } from './editor/highlighter';
import { ArticleHoverProvider } from './editor/hoverProvider';
import { Navigation } from './editor/navigation';
import { QuickPicks } from './editor/quickPicks';
import { registerRefreshCommand } from './editor/refreshCommand';
import { SpeakersView } from './editor/speakersTree';
import { SummaryStatusBar } from './editor/statusBar';

/**
 * Runs when an article opens (`onLanguage:news-article`), a plain-text document opens (to detect `.txt`
 * articles, see README "Activation"), or a News command or view is used.
 */
export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const store = new AnalysisStore();
  const highlighter = new Highlighter(store);
  const statusBar = new SummaryStatusBar(store);
  const speakers = new SpeakersView(store, context.workspaceState);
  const entities = new EntitiesView(store);
  context.subscriptions.push(
    store,
    highlighter,
    statusBar,
    new ArticleHoverProvider(store),
    registerRefreshCommand(store),
    speakers,
    entities,
    new Navigation(store),
    new QuickPicks(store),
    new ExportCommands(store),
    // Last, so the features above already listen when it switches open documents to articles.
    new ArticleDetector(),
  );
  return {
    store,
    decorations: {
      rangesFor: (editor, category) => highlighter.rangesFor(editor, category),
      drawnVersion: (editor) => highlighter.drawnVersion(editor),
      isHighlighting: () => highlighter.isHighlighting(),
    },
    statusBar,
    speakers: speakers.provider,
    speakersView: speakers.view,
    entities: entities.provider,
  };
}

export function deactivate(): void {}
