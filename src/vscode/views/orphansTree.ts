import * as vscode from 'vscode';
import type { Decision } from '../../corrections/decisions';
import { oneLine } from '../../formats/report';
import { ArticleTracker } from '../documents/currentArticle';
import type { CorrectionsStore } from '../documents/correctionsStore';
import { baseName, contextValue, treeItem } from './treeNodes';

export const ORPHANS_VIEW = 'newsAnnotator.orphans';
/** Context key: the followed article has orphaned corrections (the view shows only then). */
const HAS_ORPHANS_KEY = 'newsAnnotator.hasOrphans';

/** An orphaned decision of the followed article: the menus' Re-attach and Drop act on it. */
export interface OrphanNode {
  type: 'orphan';
  document: vscode.TextDocument;
  decision: Decision;
}

/** How each action reads in a list of lost corrections. */
const ACTION_WORDS: Record<Decision['action'], string> = {
  reassignSpeaker: 'speaker reassigned',
  rejectClaim: 'not a claim',
  addClaim: 'claim added',
  setClaimKind: 'kind changed',
  setClaimSpan: 'content span set',
  acceptClaim: 'accepted',
  addEntity: 'entity added',
  retypeEntity: 'entity retyped',
  notEntity: 'not an entity',
  mergeEntities: 'entities merged',
  splitMention: 'mention split out',
  acceptEntity: 'entity accepted',
};

/**
 * The Orphaned Corrections view: the followed article's decisions whose text was lost when it changed, each
 * with Re-attach (to the selected words) and Drop. It shows only while there are some (`newsAnnotator.hasOrphans`).
 */
export class OrphansView implements vscode.TreeDataProvider<OrphanNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly tracker = new ArticleTracker();
  private readonly view: vscode.TreeView<OrphanNode>;
  private readonly disposables: vscode.Disposable[];
  private nodes: OrphanNode[] = [];

  constructor(private readonly corrections: CorrectionsStore) {
    this.view = vscode.window.createTreeView(ORPHANS_VIEW, { treeDataProvider: this });
    this.disposables = [
      this.emitter,
      this.tracker,
      this.view,
      this.tracker.onDidChange(() => this.update()),
      corrections.onDidChange((document) => {
        if (document === this.tracker.document) this.update();
      }),
    ];
    this.update();
  }

  /** Whether the view is offered (the value of its when-clause's context key). */
  get hasOrphans(): boolean {
    return this.nodes.length > 0;
  }

  private update(): void {
    const document = this.tracker.document;
    this.nodes = document ? this.corrections.orphans(document).map((decision) => ({ type: 'orphan', document, decision })) : [];
    this.view.description = document && this.nodes.length ? baseName(document.uri) : undefined;
    void vscode.commands.executeCommand('setContext', HAS_ORPHANS_KEY, this.hasOrphans);
    this.emitter.fire();
  }

  getChildren(node?: OrphanNode): OrphanNode[] {
    return node ? [] : this.nodes;
  }

  getTreeItem({ decision }: OrphanNode): vscode.TreeItem {
    return treeItem({
      label: `“${oneLine(decision.target.exact, 60)}”`,
      id: `orphan:${decision.id}`,
      icon: 'debug-disconnect',
      contextValue: contextValue('orphan', decision.action),
      description: ACTION_WORDS[decision.action],
      tooltip: `${ACTION_WORDS[decision.action]} by ${decision.creator}, ${decision.created}\n“${decision.target.exact}” is no longer in the article.\nSelect the words it belongs to and re-attach it, or drop it.`,
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
