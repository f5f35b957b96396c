import * as vscode from 'vscode';
import type { Analysis, Claim, ClaimKind } from '../../engine/types';
import type { AttributionKind } from '../../engine/attribution';
import type { AnalysisStore } from '../documents/analysisStore';
import { REVIEW_MARKS, statusOf } from '../../corrections/review';
import { claimAt, claimLabel, claimRow } from '../../presentation/claimsModel';
import { settings } from '../config';
import { isArticle } from '../documents/articles';
import { ArticleTreeView, baseName, contextValue, selectCommand, treeItem } from './treeNodes';
import { describeFilter, filterGroups, isFiltering, type SpeakerFilter } from '../../presentation/speakersFilter';
import { countLabel, speakerGroups, type SpeakerGroup, type SpeakerSort } from '../../presentation/speakersModel';
import { speakerOutline, type SpeakerEntry, type SpeakerFolder, type SpeakerGroupBy, type SpeakerSection } from '../../presentation/speakersOutline';

export const SPEAKERS_VIEW = 'newsAnnotator.speakers';
const SORT_KEY = 'newsAnnotator.speakersSort';
/** Context key: whether the Speakers view is filtered (shows the clear-filter button). */
const FILTERED_KEY = 'newsAnnotator.speakersFiltered';
/** Context key for the welcome content of both views: whether they have an article to show. */
const HAS_ARTICLE_KEY = 'newsAnnotator.viewsHaveArticle';
/**
 * Context key for the welcome content's Treat as Article button: the editor area's active editor shows a text
 * document that is not an article. (`editorLangId` is set only where an editor has focus, not in views.)
 */
const CAN_TREAT_KEY = 'newsAnnotator.activeEditorIsNotArticle';

/** A folder of speakers in a long article (see presentation/speakersOutline.ts). */
export interface SpeakerFolderNode {
  type: 'folder';
  folder: SpeakerFolder;
  children: (SpeakerFolderNode | SpeakerNode)[];
  parent: SpeakerFolderNode | undefined;
}

export interface SpeakerNode {
  type: 'speaker';
  group: SpeakerGroup;
  claims: ClaimNode[];
  parent: SpeakerFolderNode | undefined;
  /** Starts with its claims shown (see presentation/speakersOutline.ts). */
  expanded: boolean;
}

export interface ClaimNode {
  type: 'claim';
  claim: Claim;
  parent: SpeakerNode;
}

export type SpeakersTreeNode = SpeakerFolderNode | SpeakerNode | ClaimNode;

export const SPEAKER_ICONS: Partial<Record<AttributionKind, string>> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
  handle: 'mention',
  unresolved: 'account',
  unattributed: 'question',
};

const FOLDER_ICONS: Record<SpeakerSection, string> = { person: 'person', organization: 'organization', unnamed: 'account', other: 'location' };

/** How the views show each claim kind: ThemeIcon and the noun a reader knows. */
export const CLAIM_KINDS: Record<ClaimKind, { icon: string; noun: string }> = {
  direct: { icon: 'quote', noun: 'direct quote' },
  mixed: { icon: 'comment-discussion', noun: 'mixed quote' },
  indirect: { icon: 'comment', noun: 'reported claim' },
};

/** The Speakers view's data: the followed article's speakers, each with its claims in document order. */
export class SpeakersTreeProvider implements vscode.TreeDataProvider<SpeakersTreeNode> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private nodes: (SpeakerFolderNode | SpeakerNode)[] = [];
  private speakers: SpeakerNode[] = [];
  private folders: SpeakerFolderNode[] = [];
  private groupBy: SpeakerGroupBy = 'auto';
  private byClaim = new Map<string, ClaimNode>();
  document: vscode.TextDocument | undefined;
  /** The analysis shown; during the debounce after an edit it may be one version behind the document. */
  analysis: Analysis | undefined;

  /** What the view keeps (see presentation/speakersFilter.ts). */
  filter: SpeakerFilter = {};

  constructor(public sort: SpeakerSort) {}

  /** Shows an analysis of a document (or nothing). */
  show(document: vscode.TextDocument | undefined, analysis: Analysis | undefined): void {
    this.document = document;
    this.analysis = document ? analysis : undefined;
    this.rebuild();
  }

  setSort(sort: SpeakerSort): void {
    this.sort = sort;
    this.rebuild();
  }

  setFilter(filter: SpeakerFilter): void {
    this.filter = filter;
    this.rebuild();
  }

  private rebuild(): void {
    const groups = this.analysis ? filterGroups(speakerGroups(this.analysis, this.sort), this.filter) : [];
    const previous = new Map<string, SpeakersTreeNode>([
      ...this.folders.map((n) => [n.folder.id, n] as const),
      ...this.speakers.map((n) => [n.group.key, n] as const),
      ...this.byClaim,
    ]);
    this.speakers = [];
    this.folders = [];
    this.groupBy = settings().speakersGroupBy;
    this.nodes = speakerOutline(groups, this.groupBy).map((entry) => this.toNode(entry, undefined, previous));
    this.byClaim = new Map(this.speakers.flatMap((s) => s.claims.map((c) => [c.claim.id, c] as const)));
    this.emitter.fire();
  }

  /** Rebuilds when the grouping setting has changed (a rebuild makes new nodes, which a selection does not survive). */
  settingsChanged(): void {
    if (settings().speakersGroupBy !== this.groupBy) this.rebuild();
  }

  /**
   * A node for an entry, the same object as before an update when the folder, speaker or claim was there already
   * (updated in place): the view's selection holds node objects, and keeps them across an update only so.
   */
  private toNode(entry: SpeakerEntry, parent: SpeakerFolderNode | undefined, previous: Map<string, SpeakersTreeNode>): SpeakerFolderNode | SpeakerNode {
    const reuse = <T extends SpeakersTreeNode>(key: string, fresh: T): T => {
      const old = previous.get(key);
      return old?.type === fresh.type ? Object.assign(old as T, fresh) : fresh;
    };
    if ('folder' in entry) {
      const node = reuse(entry.folder.id, { type: 'folder', folder: entry.folder, children: [], parent } as SpeakerFolderNode);
      node.children = entry.folder.entries.map((e) => this.toNode(e, node, previous));
      this.folders.push(node);
      return node;
    }
    const node = reuse(entry.speaker.key, { type: 'speaker', group: entry.speaker, claims: [], parent, expanded: entry.expanded } as SpeakerNode);
    node.claims = entry.speaker.claims.map((claim) => reuse(claim.id, { type: 'claim', claim, parent: node } as ClaimNode));
    this.speakers.push(node);
    return node;
  }

  speakerNode(key: string): SpeakerNode | undefined {
    return this.speakers.find((n) => n.group.key === key);
  }

  claimNode(claimId: string): ClaimNode | undefined {
    return this.byClaim.get(claimId);
  }

  getChildren(node?: SpeakersTreeNode): SpeakersTreeNode[] {
    if (!node) return this.nodes;
    return node.type === 'folder' ? node.children : node.type === 'speaker' ? node.claims : [];
  }

  getParent(node: SpeakersTreeNode): SpeakersTreeNode | undefined {
    return node.parent;
  }

  getTreeItem(node: SpeakersTreeNode): vscode.TreeItem {
    if (node.type === 'folder') return this.folderItem(node.folder);
    return node.type === 'speaker' ? this.speakerItem(node.group, node.expanded) : this.claimItem(node.claim);
  }

  private folderItem(folder: SpeakerFolder): vscode.TreeItem {
    const { Collapsed, Expanded } = vscode.TreeItemCollapsibleState;
    return treeItem({
      label: folder.title,
      id: `folder:${folder.id}`,
      icon: folder.collapsed ? 'fold' : FOLDER_ICONS[folder.section],
      contextValue: contextValue('speakerFolder', folder.section),
      collapsible: folder.collapsed ? Collapsed : Expanded,
      description: folder.description,
    });
  }

  private speakerItem(group: SpeakerGroup, expanded: boolean): vscode.TreeItem {
    const kinds = (Object.keys(CLAIM_KINDS) as ClaimKind[])
      .map((k) => [k, group.claims.filter((c) => c.kind === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => countLabel(n, CLAIM_KINDS[k].noun));
    const what
      = group.kind === 'unattributed'
        ? 'unattributed: no speaker found'
        : group.kind === 'unresolved'
          ? 'unresolved: not tied to a named entity'
          : group.entityId === null
            ? 'named together'
            : group.kind;
    return treeItem({
      label: group.name,
      id: `speaker:${group.key}`,
      icon: SPEAKER_ICONS[group.kind] ?? 'symbol-misc',
      contextValue: contextValue('speaker', group.kind),
      collapsible: expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
      description: countLabel(group.claims.length, 'claim'),
      tooltip: `${group.name} (${what})\n${kinds.join(', ')}`,
    });
  }

  private claimItem(claim: Claim): vscode.TreeItem {
    const line = this.document ? this.document.positionAt(claim.start).line + 1 : 0;
    const row = claimRow(claim, line, 80);
    const via = claim.speaker ? ` — ${claim.speaker.text}${claim.cue ? ` ${claim.cue.text}` : ''}` : '';
    const review = REVIEW_MARKS[statusOf(claim)];
    return treeItem({
      label: { label: row.label, highlights: row.cue && [row.cue] },
      id: `claim:${claim.id}`,
      icon: CLAIM_KINDS[claim.kind].icon,
      contextValue: contextValue('claim', claim.kind),
      // Reviewed claims carry a check mark; suggestions none.
      description: review?.mark,
      tooltip: `${claimLabel(claim, Infinity)}\n\n${CLAIM_KINDS[claim.kind].noun}${via}${line ? `, line ${line}` : ''}${review ? `\n${review.words}` : ''}`,
      command: this.document && selectCommand('newsAnnotator.selectClaim', this.document, claim.id),
    });
  }
}

/**
 * The Speakers view: follows the active article, reveals the quote under the cursor, sorts, and reveals a
 * speaker on request (hover links).
 */
export class SpeakersView implements vscode.Disposable {
  readonly provider: SpeakersTreeProvider;
  readonly view: vscode.TreeView<SpeakersTreeNode>;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: AnalysisStore,
    private readonly state: vscode.Memento,
  ) {
    this.provider = new SpeakersTreeProvider(state.get<SpeakerSort>(SORT_KEY, 'position'));
    const tree = new ArticleTreeView(SPEAKERS_VIEW, this.provider, store, {
      found: (a) => a.claims.length > 0,
      empty: 'No quotes or reported claims found in this article.',
      onShow: (document) => this.shown(document),
    });
    this.view = tree.view;
    this.disposables = [
      tree,
      vscode.window.onDidChangeActiveTextEditor(() => this.updateCanTreat()),
      vscode.workspace.onDidOpenTextDocument(() => this.updateCanTreat()),
      vscode.window.onDidChangeTextEditorSelection((e) => this.revealAtCursor(e)),
      vscode.commands.registerCommand('newsAnnotator.sortByPosition', () => this.setSort('position')),
      vscode.commands.registerCommand('newsAnnotator.sortByClaimCount', () => this.setSort('count')),
      vscode.commands.registerCommand('newsAnnotator.filterSpeakers', (filter?: SpeakerFilter) => this.filterSpeakers(filter)),
      vscode.commands.registerCommand('newsAnnotator.clearSpeakersFilter', () => this.setFilter({})),
      vscode.commands.registerCommand('newsAnnotator.revealSpeaker', (entityId: unknown) => this.revealSpeaker(entityId)),
      vscode.workspace.onDidChangeConfiguration(() => this.provider.settingsChanged()),
    ];
    void vscode.commands.executeCommand('setContext', SORT_KEY, this.provider.sort);
    tree.follow();
  }

  private shown(document: vscode.TextDocument | undefined): void {
    this.describe(document);
    void vscode.commands.executeCommand('setContext', HAS_ARTICLE_KEY, !!document);
    this.updateCanTreat();
  }

  private updateCanTreat(): void {
    const editor = vscode.window.activeTextEditor;
    const canTreat = !!editor && editor.viewColumn !== undefined && !isArticle(editor.document);
    void vscode.commands.executeCommand('setContext', CAN_TREAT_KEY, canTreat);
  }

  /** The file name beside the title, and the filter when there is one. */
  private describe(document = this.provider.document): void {
    const filter = isFiltering(this.provider.filter) ? `filter: ${describeFilter(this.provider.filter)}` : undefined;
    this.view.description = [document && baseName(document.uri), filter].filter((p) => !!p).join(' · ') || undefined;
    if (filter && this.provider.analysis?.claims.length && !this.provider.getChildren().length) {
      this.view.message = 'No claims match the filter. Clear it with the button in the title bar.';
    } else if (filter === undefined && this.view.message?.startsWith('No claims match')) {
      this.view.message = undefined;
    }
  }

  private setFilter(filter: SpeakerFilter): void {
    this.provider.setFilter(filter);
    this.describe();
    void vscode.commands.executeCommand('setContext', FILTERED_KEY, isFiltering(filter));
  }

  /** Applies a filter given (by a test or a keybinding), else asks for one: kinds and speaker types, then words. */
  private async filterSpeakers(given?: SpeakerFilter): Promise<void> {
    if (given) return this.setFilter(given);
    const current = this.provider.filter;
    const options: (vscode.QuickPickItem & { pick: SpeakerFilter })[] = [
      { label: 'Direct quotes', pick: { kinds: ['direct'] } },
      { label: 'Mixed quotes', pick: { kinds: ['mixed'] } },
      { label: 'Reported speech', pick: { kinds: ['indirect'] } },
      { label: 'Named people', pick: { speakerTypes: ['person'] } },
      { label: 'Organizations', pick: { speakerTypes: ['organization'] } },
      { label: 'Unnamed sources and unattributed', pick: { speakerTypes: ['unnamed'] } },
    ];
    for (const o of options) {
      o.picked = !!(o.pick.kinds?.every((k) => current.kinds?.includes(k)) || o.pick.speakerTypes?.every((t) => current.speakerTypes?.includes(t)));
    }
    const picked = await vscode.window.showQuickPick(options, { canPickMany: true, title: 'Filter Speakers: kinds and speaker types (none: all)' });
    if (!picked) return;
    const text = await vscode.window.showInputBox({ title: 'Filter Speakers: claims containing (empty: any)', value: current.text ?? '' });
    if (text === undefined) return;
    this.setFilter({
      kinds: picked.flatMap((p) => p.pick.kinds ?? []),
      speakerTypes: picked.flatMap((p) => p.pick.speakerTypes ?? []),
      text,
    });
  }

  private setSort(sort: SpeakerSort): void {
    this.provider.setSort(sort);
    void this.state.update(SORT_KEY, sort);
    void vscode.commands.executeCommand('setContext', SORT_KEY, sort);
  }

  private revealAtCursor(e: vscode.TextEditorSelectionChangeEvent): void {
    const { document, analysis } = this.provider;
    if (!this.view.visible || !settings().revealOnCursor || e.textEditor.document !== document || !analysis) return;
    // Offsets of an analysis of an older version would point at the wrong text.
    if (this.store.peek(document) !== analysis) return;
    const claim = claimAt(analysis.claims, document.offsetAt(e.selections[0].active));
    const node = claim && this.provider.claimNode(claim.id);
    if (!node || this.view.selection[0] === node) return;
    void this.view.reveal(node, { select: true, focus: false }).then(undefined, () => undefined);
  }

  /** Focuses the Speakers view on a speaker: an entity id, or a group key such as `unattributed`. */
  private async revealSpeaker(key: unknown): Promise<void> {
    const node = typeof key === 'string' ? this.provider.speakerNode(key) : undefined;
    if (!node) {
      void vscode.window.showInformationMessage('News Annotator: that speaker has no claims in the current article.');
      return;
    }
    await vscode.commands.executeCommand(`${SPEAKERS_VIEW}.focus`);
    await this.view.reveal(node, { select: true, focus: true, expand: true });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
