// What the article tree views (Speakers, Entities) share: how an item is built, how its contextValue is composed
// for menus, the command a click runs, and a view that follows the article the user is working on.
import * as vscode from 'vscode';
import type { Analysis } from '../../engine/types';
import type { AnalysisStore } from '../documents/analysisStore';
import { ArticleFollower, viewMessage } from './articleView';

export interface ItemSpec {
  label: string | vscode.TreeItemLabel;
  /** Unique in the view and stable across refreshes, so expansion and selection survive an update. */
  id: string;
  icon: string;
  /** Made by `contextValue`. */
  contextValue: string;
  collapsible?: vscode.TreeItemCollapsibleState;
  description?: string;
  tooltip?: string | vscode.MarkdownString;
  command?: vscode.Command;
}

export function treeItem(spec: ItemSpec): vscode.TreeItem {
  const item = new vscode.TreeItem(spec.label, spec.collapsible ?? vscode.TreeItemCollapsibleState.None);
  item.id = spec.id;
  item.iconPath = new vscode.ThemeIcon(spec.icon);
  item.contextValue = spec.contextValue;
  item.description = spec.description;
  item.tooltip = spec.tooltip;
  item.command = spec.command;
  return item;
}

/**
 * A node's contextValue: its node type, then its facets, dot-separated (`claim.direct`, `entity.person`).
 * Menus match the node type with `viewItem =~ /^claim\./` and a facet with `/\.person(\.|$)/`, so facets
 * added later (a review status) break neither.
 */
export function contextValue(nodeType: string, ...facets: string[]): string {
  return [nodeType, ...facets].join('.');
}

/**
 * The command a claim or mention item runs when clicked: select it in the editor (see commands/navigation.ts).
 * Items name their target by id, not offsets, so a click during the debounce after an edit finds it again.
 */
export function selectCommand(
  command: 'newsAnnotator.selectClaim' | 'newsAnnotator.selectMention',
  document: vscode.TextDocument,
  ...target: (string | number)[]
): vscode.Command {
  return { command, title: command === 'newsAnnotator.selectClaim' ? 'Select Claim' : 'Select Mention', arguments: [document.uri.toString(), ...target] };
}

/** The data of an article tree view: shown for the followed article and its analysis, when there is one. */
export interface ArticleTreeProvider<T> extends vscode.TreeDataProvider<T> {
  show(document: vscode.TextDocument | undefined, analysis: Analysis | undefined): void;
}

export interface ArticleTreeOptions {
  /** Whether an analysis has anything this view lists. */
  found: (analysis: Analysis) => boolean;
  /** The view's message when it has not. */
  empty: string;
  /** Runs after each update of the view, for what a view adds (context keys, its own description). */
  onShow?: (document: vscode.TextDocument | undefined, analysis: Analysis | undefined) => void;
}

/**
 * A tree view that follows the article the user is working on: the file name beside the title, a message
 * while it is analysed or when it has nothing to list.
 */
export class ArticleTreeView<T> implements vscode.Disposable {
  readonly view: vscode.TreeView<T>;
  private readonly follower: ArticleFollower;

  constructor(
    id: string,
    readonly provider: ArticleTreeProvider<T>,
    store: AnalysisStore,
    private readonly options: ArticleTreeOptions,
  ) {
    this.view = vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: true });
    this.follower = new ArticleFollower(store, (document, analysis) => this.show(document, analysis));
  }

  /** Shows the current article now (after the owner has set up what `onShow` needs). */
  follow(): void {
    this.follower.follow();
  }

  private show(document: vscode.TextDocument | undefined, analysis: Analysis | undefined): void {
    this.provider.show(document, analysis);
    this.view.description = document ? baseName(document.uri) : undefined;
    this.view.message = viewMessage(document, analysis, this.options.found, this.options.empty);
    this.options.onShow?.(document, analysis);
  }

  dispose(): void {
    this.follower.dispose();
    this.view.dispose();
  }
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
