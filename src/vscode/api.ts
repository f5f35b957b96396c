import type * as vscode from 'vscode';
import type { AnalysisStore } from './documents/analysisStore';
import type { CorrectionsStore } from './documents/correctionsStore';
import type { TreatedArticles } from './documents/treatedArticles';
import type { EntitiesTreeProvider } from './views/entitiesTree';
import type { OrphansView } from './views/orphansTree';
import type { HighlightCategory } from '../presentation/highlightPlan';
import type { SpeakersTreeNode, SpeakersTreeProvider } from './views/speakersTree';
import type { CorpusTreeNode, CorpusTreeProvider } from './views/corpusTree';
import type { ShareOfVoice } from './corpus/shareOfVoicePanel';
import type { WorkspaceIndex } from './corpus/workspaceIndex';

/**
 * What `activate()` returns: a small window onto the editor features, for the integration tests (and any
 * extension that wants the analyses).
 */
export interface NewsAnnotatorApi {
  /** The files, folders and patterns "Treat as Article" remembers in this workspace. */
  readonly treatedArticles: TreatedArticles;
  /** The analyses of open articles. */
  readonly store: AnalysisStore;
  readonly decorations: {
    /** The ranges last drawn in an editor for a category; empty while none are shown. */
    rangesFor(editor: vscode.TextEditor, category: HighlightCategory): readonly vscode.Range[];
    /** The document version whose analysis the editor shows; undefined while it shows none. */
    drawnVersion(editor: vscode.TextEditor): number | undefined;
    /** False after "Toggle Highlights" switched them off for the session. */
    isHighlighting(): boolean;
  };
  readonly statusBar: {
    /** The status bar text, undefined while the item is hidden. */
    readonly text: string | undefined;
    /** Its tooltip, undefined while the item is hidden. */
    readonly tooltip: string | undefined;
    /** The command a click runs. */
    readonly command: string;
  };
  /** The person's corrections of each open article, kept in the sidecar beside it. */
  readonly corrections: CorrectionsStore;
  /** The review progress in the status bar ("12 of 20 reviewed"), undefined while hidden. */
  readonly review: { readonly text: string | undefined };
  /** The reviewed claims marked in an editor (outline and check mark). */
  readonly reviewed: { rangesFor(editor: vscode.TextEditor): readonly vscode.Range[] };
  /** The Orphaned Corrections view (shown while the article has orphans): its items, and whether it is offered. */
  readonly orphans: OrphansView;
  /** Whether the Undo key (Ctrl+Z) now runs Undo Last Correction: the article's last change is a correction. */
  readonly undoKey: { readonly undoable: boolean };
  /** The Speakers view's data: read it with getChildren/getTreeItem as the view does. */
  readonly speakers: SpeakersTreeProvider;
  /** The Speakers view itself, to see what it has selected and revealed. */
  readonly speakersView: vscode.TreeView<SpeakersTreeNode>;
  /** The Entities view's data. */
  readonly entities: EntitiesTreeProvider;
  /** The workspace index of articles and the Corpus view over it. */
  readonly corpus: {
    readonly index: WorkspaceIndex;
    readonly provider: CorpusTreeProvider;
    readonly view: vscode.TreeView<CorpusTreeNode>;
  };
  /** The Share of Voice panel: what its webview reported drawing, and a way to click in it. */
  readonly shareOfVoice: ShareOfVoice;
}
