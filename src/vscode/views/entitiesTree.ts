import * as vscode from 'vscode';
import type { Analysis, Entity, EntityType, Mention } from '../../engine/types';
import type { AnalysisStore } from '../documents/analysisStore';
import { entitySections, mentionContext, type EntitySection, type EntityTypeGroup } from '../../presentation/entitiesModel';
import { REVIEW_MARKS, statusOf } from '../../corrections/review';
import { ArticleTreeView, contextValue, selectCommand, treeItem } from './treeNodes';
import { countLabel } from '../../presentation/speakersModel';

export const ENTITIES_VIEW = 'newsAnnotator.entities';

export interface EntityTypeNode {
  type: 'entityType';
  group: EntityTypeGroup;
  /** The entities shown in the group, then the folder of those mentioned once, when the group is long. */
  entities: EntityNode[];
  once: EntityOnceNode | undefined;
}

/** A long group's entities mentioned once and never quoted, folded (see presentation/entitiesModel.ts). */
export interface EntityOnceNode {
  type: 'entityOnce';
  entities: EntityNode[];
  parent: EntityTypeNode;
}

export interface EntityNode {
  type: 'entity';
  entity: Entity;
  parent: EntityTypeNode | EntityOnceNode;
}

export interface MentionNode {
  type: 'mention';
  mention: Mention;
  /** Position among the entity's mentions; with the entity id it names the mention for the click command. */
  index: number;
  parent: EntityNode;
}

export type EntitiesTreeNode = EntityTypeNode | EntityOnceNode | EntityNode | MentionNode;

export const ENTITY_ICONS: Record<EntityType, string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
  date: 'calendar',
  handle: 'mention',
  hashtag: 'tag',
  url: 'link',
};

/** The Entities view's data: the followed article's entities by type, each with its mentions. */
export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntitiesTreeNode> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private nodes: EntityTypeNode[] = [];
  /** The text the analysis was made from, read once per update (reading a large document is not free). */
  private text = '';
  document: vscode.TextDocument | undefined;
  analysis: Analysis | undefined;

  show(document: vscode.TextDocument | undefined, analysis: Analysis | undefined): void {
    this.document = document;
    this.analysis = document ? analysis : undefined;
    this.text = this.analysis && document ? document.getText() : '';
    this.nodes = this.analysis ? entitySections(this.analysis).map(toNode) : [];
    this.emitter.fire();
  }

  getChildren(node?: EntitiesTreeNode): EntitiesTreeNode[] {
    if (!node) return this.nodes;
    if (node.type === 'entityType') return node.once ? [...node.entities, node.once] : node.entities;
    if (node.type === 'entityOnce') return node.entities;
    if (node.type === 'entity') return node.entity.mentions.map((mention, index) => ({ type: 'mention', mention, index, parent: node }));
    return [];
  }

  getParent(node: EntitiesTreeNode): EntitiesTreeNode | undefined {
    return node.type === 'entityType' ? undefined : node.parent;
  }

  getTreeItem(node: EntitiesTreeNode): vscode.TreeItem {
    if (node.type === 'entityType') {
      return treeItem({
        label: node.group.title,
        id: `type:${node.group.type}`,
        icon: ENTITY_ICONS[node.group.type],
        contextValue: contextValue('entityType', node.group.type),
        collapsible: vscode.TreeItemCollapsibleState.Expanded,
        description: String(node.group.entities.length),
        tooltip: `${node.group.title}: ${node.group.entities.length} named, ${countLabel(mentionCount(node.group.entities), 'mention')} in all`,
      });
    }
    if (node.type === 'entityOnce') {
      return treeItem({
        label: 'Mentioned once',
        id: `once:${node.parent.group.type}`,
        icon: 'fold',
        contextValue: contextValue('entityOnce', node.parent.group.type),
        collapsible: vscode.TreeItemCollapsibleState.Collapsed,
        description: String(node.entities.length),
        tooltip: 'Entities named once and never quoted: in a long article, the least central, and where most misread names end up',
      });
    }
    if (node.type === 'entity') {
      const { entity } = node;
      const forms = [...new Set(entity.mentions.map((m) => m.text.replace(/\s+/g, ' ')))];
      const review = REVIEW_MARKS[statusOf(entity)];
      return treeItem({
        label: entity.name,
        id: `entity:${entity.id}`,
        icon: ENTITY_ICONS[entity.type],
        contextValue: contextValue('entity', entity.type),
        collapsible: vscode.TreeItemCollapsibleState.Collapsed,
        // A reviewed entity carries a check mark, as a reviewed claim does in the Speakers view.
        description: [countLabel(entity.mentions.length, 'mention'), review?.mark].filter((p) => !!p).join(' '),
        tooltip: `${entity.name} (${entity.type})\nWritten as: ${forms.join(', ')}${review ? `\n${review.words}` : ''}`,
      });
    }
    const { mention, index, parent } = node;
    const context = mentionContext(this.text, mention);
    const line = this.document ? this.document.positionAt(mention.start).line + 1 : undefined;
    return treeItem({
      label: { label: context.label, highlights: [context.highlight] },
      id: `mention:${parent.entity.id}:${index}`,
      icon: 'symbol-text',
      contextValue: contextValue('mention', mention.form),
      description: line ? `line ${line}` : undefined,
      tooltip: `“${mention.text}” (${mention.form})${line ? `, line ${line}` : ''}`,
      command: this.document && selectCommand('newsAnnotator.selectMention', this.document, parent.entity.id, index),
    });
  }
}

function toNode({ group, shown, once }: EntitySection): EntityTypeNode {
  const node: EntityTypeNode = { type: 'entityType', group, entities: [], once: undefined };
  node.entities = shown.map((entity) => ({ type: 'entity', entity, parent: node }));
  if (once.length) {
    const folder: EntityOnceNode = { type: 'entityOnce', entities: [], parent: node };
    folder.entities = once.map((entity) => ({ type: 'entity', entity, parent: folder }));
    node.once = folder;
  }
  return node;
}

function mentionCount(entities: readonly Entity[]): number {
  return entities.reduce((n, e) => n + e.mentions.length, 0);
}

/** The Entities view: follows the active article like the Speakers view. */
export class EntitiesView implements vscode.Disposable {
  readonly provider = new EntitiesTreeProvider();
  readonly view: vscode.TreeView<EntitiesTreeNode>;
  private readonly disposables: vscode.Disposable[];

  constructor(store: AnalysisStore) {
    const tree = new ArticleTreeView(ENTITIES_VIEW, this.provider, store, {
      found: (a) => a.entities.length > 0,
      empty: 'No names, places or dates found in this article.',
    });
    this.view = tree.view;
    this.disposables = [tree];
    tree.follow();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
