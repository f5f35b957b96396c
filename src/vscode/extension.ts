import type * as vscode from 'vscode';
import { analysisBackend } from './documents/analysisBackend';
import { AnalysisStore } from './documents/analysisStore';
import type { NewsAnnotatorApi } from './api';
import { ArticleDetector } from './documents/articleDetector';
import { EntitiesView } from './views/entitiesTree';
import { EntityCommands } from './commands/entityCommands';
import { ExportCommands } from './commands/exportCommands';
import { Highlighter } from './highlights/highlighter';
import { ArticleHoverProvider } from './highlights/hoverProvider';
import { Navigation } from './commands/navigation';
import { QuickPicks } from './commands/quickPicks';
import { registerRefreshCommand } from './commands/refreshCommand';
import { SpeakersView } from './views/speakersTree';
import { SummaryStatusBar } from './views/statusBar';
import { CorpusCommands } from './corpus/corpusCommands';
import { CorpusExport } from './corpus/corpusExport';
import { CorpusView } from './views/corpusTree';
import { ShareOfVoice } from './corpus/shareOfVoicePanel';
import { WorkspaceIndex } from './corpus/workspaceIndex';
import { AnnotationExports } from './commands/annotationExports';
import { ClaimCorrections } from './commands/claimCorrections';
import { OrphanCommands } from './commands/orphanCommands';
import { CorrectionCodeActions } from './commands/correctionCodeActions';
import { EntityCorrections } from './commands/entityCorrections';
import { CorrectionsStore } from './documents/correctionsStore';
import { ReviewStatusBar } from './views/reviewStatusBar';
import { OrphansView } from './views/orphansTree';
import { CorrectionUndoKey } from './commands/correctionUndoKey';
import { ReviewDecorations } from './highlights/reviewDecorations';

/**
 * Runs when an article opens (`onLanguage:news-article`), a plain-text document opens (to detect `.txt`
 * articles, see README "Activation"), or a News command or view is used.
 */
export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const backend = analysisBackend(context);
  const store = new AnalysisStore(backend);
  // Before any view: every analysis they see has the person's corrections applied.
  const corrections = new CorrectionsStore(store);
  const review = new ReviewStatusBar(store, corrections);
  const orphans = new OrphansView(corrections);
  const undoKey = new CorrectionUndoKey(corrections);
  const reviewed = new ReviewDecorations(store);
  const highlighter = new Highlighter(store);
  const statusBar = new SummaryStatusBar(store);
  const speakers = new SpeakersView(store, context.workspaceState);
  const entities = new EntitiesView(store);
  const corpusIndex = new WorkspaceIndex(context, backend);
  const corpus = new CorpusView(corpusIndex);
  const shareOfVoice = new ShareOfVoice(context.extensionUri, corpusIndex, store);
  context.subscriptions.push(
    store,
    corrections,
    review,
    reviewed,
    new ClaimCorrections(store, corrections),
    new EntityCorrections(store, corrections),
    new CorrectionCodeActions(store),
    new AnnotationExports(store, corrections),
    new OrphanCommands(corrections),
    orphans,
    undoKey,
    highlighter,
    statusBar,
    new ArticleHoverProvider(store),
    registerRefreshCommand(store),
    speakers,
    entities,
    new Navigation(store),
    new QuickPicks(store),
    new ExportCommands(store),
    new EntityCommands(store, entities.provider),
    corpusIndex,
    corpus,
    new CorpusCommands(corpusIndex),
    shareOfVoice,
    new CorpusExport(corpusIndex),
  );
  // Last, so the features above already listen when it switches open documents to articles.
  const detector = new ArticleDetector(context.workspaceState);
  context.subscriptions.push(detector);
  return {
    treatedArticles: detector.treated,
    store,
    decorations: {
      rangesFor: (editor, category) => highlighter.rangesFor(editor, category),
      drawnVersion: (editor) => highlighter.drawnVersion(editor),
      isHighlighting: () => highlighter.isHighlighting(),
    },
    statusBar,
    corrections,
    review,
    reviewed,
    orphans,
    undoKey,
    speakers: speakers.provider,
    speakersView: speakers.view,
    entities: entities.provider,
    corpus: { index: corpusIndex, provider: corpus.provider, view: corpus.view },
    shareOfVoice,
  };
}

export function deactivate(): void {}
