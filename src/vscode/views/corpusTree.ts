import * as vscode from 'vscode';
import type { Claim } from '../../engine/types';
import { lineAt, type CorpusArticle } from '../../presentation/corpus/article';
import { corpusSpeakers, type ArticleClaims, type CorpusSpeaker } from '../../presentation/corpus/speakers';
import { claimLabel } from '../../presentation/claimsModel';
import { countLabel } from '../../presentation/speakersModel';
import type { WorkspaceIndex } from '../corpus/workspaceIndex';
import { CLAIM_KINDS, SPEAKER_ICONS } from './speakersTree';

export const CORPUS_VIEW = 'newsAnnotator.corpus';
/** The view's message names at most this many files with problems. */
const MAX_PROBLEMS_SHOWN = 3;

export interface CorpusSpeakerNode {
  type: 'speaker';
  speaker: CorpusSpeaker;
}

export interface CorpusArticleNode {
  type: 'article';
  speaker: CorpusSpeaker;
  entry: ArticleClaims;
}

export interface CorpusClaimNode {
  type: 'claim';
  article: CorpusArticle;
  claim: Claim;
}

export type CorpusTreeNode = CorpusSpeakerNode | CorpusArticleNode | CorpusClaimNode;

/** The Corpus view's data: the workspace's speakers, then the articles that quote each, then the claims. */
export class CorpusTreeProvider implements vscode.TreeDataProvider<CorpusTreeNode> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  /** The speakers shown, most claims first. */
  speakers: CorpusSpeaker[] = [];

  constructor(private readonly index: WorkspaceIndex) {}

  rebuild(): void {
    this.speakers = corpusSpeakers(this.index.all(), this.index.people);
    this.emitter.fire();
  }

  getChildren(node?: CorpusTreeNode): CorpusTreeNode[] {
    if (!node) return this.speakers.map((speaker) => ({ type: 'speaker', speaker }));
    if (node.type === 'speaker') return node.speaker.articles.map((entry) => ({ type: 'article', speaker: node.speaker, entry }));
    if (node.type === 'article') return node.entry.claims.map((claim) => ({ type: 'claim', article: node.entry.article, claim }));
    return [];
  }

  getTreeItem(node: CorpusTreeNode): vscode.TreeItem {
    if (node.type === 'speaker') return speakerItem(node.speaker);
    if (node.type === 'article') return articleItem(node.speaker, node.entry);
    return claimItem(node.article, node.claim);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

function speakerItem(speaker: CorpusSpeaker): vscode.TreeItem {
  const item = new vscode.TreeItem(speaker.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `corpus:${speaker.key}`;
  item.description = `${countLabel(speaker.claimCount, 'claim')} · ${countLabel(speaker.articles.length, 'article')}`;
  item.iconPath = new vscode.ThemeIcon(SPEAKER_ICONS[speaker.kind] ?? 'symbol-misc');
  item.contextValue = `corpusSpeaker.${speaker.kind}`;
  const person = speaker.person;
  const facts = person
    ? [
        person.aliases.length ? `Also written: ${person.aliases.join(', ')}` : '',
        ...Object.entries(person.attributes).map(([key, value]) => `${key}: ${value}`),
      ].filter((line) => line)
    : [];
  item.tooltip = [`${speaker.name} (${speaker.kind})`, item.description, ...facts].join('\n');
  return item;
}

function articleItem(speaker: CorpusSpeaker, { article, claims }: ArticleClaims): vscode.TreeItem {
  const item = new vscode.TreeItem(vscode.Uri.parse(article.uri), vscode.TreeItemCollapsibleState.Expanded);
  item.id = `corpus:${speaker.key}:${article.uri}`;
  item.label = article.path;
  item.description = [article.date, countLabel(claims.length, 'claim')].filter((s) => s).join(' · ');
  item.iconPath = vscode.ThemeIcon.File;
  item.contextValue = 'corpusArticle';
  return item;
}

function claimItem(article: CorpusArticle, claim: Claim): vscode.TreeItem {
  const item = new vscode.TreeItem(claimLabel(claim, 80), vscode.TreeItemCollapsibleState.None);
  item.id = `corpus:${article.uri}#${claim.id}`;
  const line = lineAt(article, claim.start);
  item.description = `line ${line}`;
  item.iconPath = new vscode.ThemeIcon(CLAIM_KINDS[claim.kind].icon);
  item.contextValue = `corpusClaim.${claim.kind}`;
  item.tooltip = `${claimLabel(claim, Infinity)}\n\n${CLAIM_KINDS[claim.kind].noun} — ${article.path}, line ${line}`;
  item.command = { command: 'newsAnnotator.openCorpusClaim', title: 'Open Claim', arguments: [article.uri, claim.start, claim.end] };
  return item;
}

/** The Corpus view: shows the index once it is used, and says what it is doing while it is empty. */
export class CorpusView implements vscode.Disposable {
  readonly provider: CorpusTreeProvider;
  readonly view: vscode.TreeView<CorpusTreeNode>;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly index: WorkspaceIndex) {
    this.provider = new CorpusTreeProvider(index);
    this.view = vscode.window.createTreeView(CORPUS_VIEW, { treeDataProvider: this.provider, showCollapseAll: true });
    this.disposables = [
      this.provider,
      this.view,
      index.onDidChange(() => this.update()),
      // Indexing starts when the view is first shown, not at activation: most sessions never look at the corpus.
      this.view.onDidChangeVisibility((e) => {
        if (e.visible) index.start();
      }),
    ];
    if (this.view.visible) index.start();
  }

  private update(): void {
    this.provider.rebuild();
    const articles = this.index.all().length;
    const listed = [...this.index.problems].slice(0, MAX_PROBLEMS_SHOWN).map(([uri, problem]) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(uri))}: ${problem}`);
    const more = this.index.problems.size > MAX_PROBLEMS_SHOWN ? ` and ${this.index.problems.size - MAX_PROBLEMS_SHOWN} more` : '';
    const problems = listed.length ? `. Problems: ${listed.join('; ')}${more}` : '';
    this.view.message = this.index.state === 'ready' && articles === 0
      ? undefined
      : `${countLabel(articles, 'article')}${this.index.state === 'indexing' ? ', indexing…' : ''}${problems}`;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
