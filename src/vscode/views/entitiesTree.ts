import * as vscode from 'vscode';
import type { Analysis, Entity, EntityType, Mention } from '../../engine/types';
import type { AnalysisStore } from '../documents/analysisStore';
import { ArticleFollower, viewMessage } from './articleView';
import { entityGroups, mentionContext, type EntityTypeGroup } from '../../presentation/entitiesModel';
import { baseName } from './speakersTree';
import { countLabel } from '../../presentation/speakersModel';

export const ENTITIES_VIEW = 'newsAnnotator.entities';

export interface EntityTypeNode {
  type: 'entityType';
  group: EntityTypeGroup;
  entities: EntityNode[];
}

export interface EntityNode {
  type: 'entity';
  entity: Entity;
  parent: EntityTypeNode;
}

export interface MentionNode {
  type: 'mention';
  mention: Mention;
  /** Position among the entity's mentions; with the entity id it names the mention for the click command. */
  index: number;
  parent: EntityNode;
}

export type EntitiesTreeNode = EntityTypeNode | EntityNode | MentionNode;

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
    this.nodes = this.analysis ? entityGroups(this.analysis).map(toNode) : [];
    this.emitter.fire();
  }

  getChildren(node?: EntitiesTreeNode): EntitiesTreeNode[] {
    if (!node) return this.nodes;
    if (node.type === 'entityType') return node.entities;
    if (node.type === 'entity') return node.entity.mentions.map((mention, index) => ({ type: 'mention', mention, index, parent: node }));
    return [];
  }

  getParent(node: EntitiesTreeNode): EntitiesTreeNode | undefined {
    return node.type === 'entityType' ? undefined : node.parent;
  }

  getTreeItem(node: EntitiesTreeNode): vscode.TreeItem {
    if (node.type === 'entityType') {
      const item = new vscode.TreeItem(node.group.title, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `type:${node.group.type}`;
      item.description = String(node.entities.length);
      item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[node.group.type]);
      item.contextValue = `entityType.${node.group.type}`;
      return item;
    }
    if (node.type === 'entity') {
      const { entity } = node;
      const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `entity:${entity.id}`;
      item.description = countLabel(entity.mentions.length, 'mention');
      item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[entity.type]);
      item.contextValue = `entity.${entity.type}`;
      const forms = [...new Set(entity.mentions.map((m) => m.text.replace(/\s+/g, ' ')))];
      item.tooltip = `${entity.name} (${entity.type})\nWritten as: ${forms.join(', ')}`;
      return item;
    }
    const { mention, index, parent } = node;
    const context = mentionContext(this.text, mention);
    const item = new vscode.TreeItem({ label: context.label, highlights: [context.highlight] }, vscode.TreeItemCollapsibleState.None);
    item.id = `mention:${parent.entity.id}:${index}`;
    const line = this.document ? this.document.positionAt(mention.start).line + 1 : undefined;
    item.description = line ? `line ${line}` : undefined;
    item.iconPath = new vscode.ThemeIcon('symbol-text');
    item.contextValue = `mention.${mention.form}`;
    item.tooltip = `“${mention.text}” (${mention.form})${line ? `, line ${line}` : ''}`;
    if (this.document) {
      item.command = {
        command: 'newsAnnotator.selectMention',
        title: 'Select Mention',
        arguments: [this.document.uri.toString(), parent.entity.id, index],
      };
    }
    return item;
  }
}

function toNode(group: EntityTypeGroup): EntityTypeNode {
  const node: EntityTypeNode = { type: 'entityType', group, entities: [] };
  node.entities = group.entities.map((entity) => ({ type: 'entity', entity, parent: node }));
  return node;
}

/** The Entities view: follows the active article like the Speakers view. */
export class EntitiesView implements vscode.Disposable {
  readonly provider = new EntitiesTreeProvider();
  readonly view: vscode.TreeView<EntitiesTreeNode>;
  private readonly disposables: vscode.Disposable[];

  constructor(store: AnalysisStore) {
    this.view = vscode.window.createTreeView(ENTITIES_VIEW, { treeDataProvider: this.provider, showCollapseAll: true });
    const follower = new ArticleFollower(store, (document, analysis) => this.show(document, analysis));
    this.disposables = [this.view, follower];
    follower.follow();
  }

  private show(document: vscode.TextDocument | undefined, analysis: Analysis | undefined): void {
    this.provider.show(document, analysis);
    this.view.description = document ? baseName(document.uri) : undefined;
    this.view.message = viewMessage(
      document,
      analysis,
      (a) => a.entities.length > 0,
      'No names, places or dates found in this article.',
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
