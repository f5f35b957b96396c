import * as vscode from 'vscode';
import type { AnalysisStore } from '../documents/analysisStore';
import type { EntitiesTreeNode, EntitiesTreeProvider } from '../views/entitiesTree';
import { currentSpan, showRange } from './navigation';

/**
 * The Entities view's context menu: Copy (the entity's name, or the mention as written), Go to Mentions (every
 * mention in the peek view, as Go to References shows them) and Reveal First Mention. Mentions are looked up
 * by entity id in the current analysis, so an edit since the view was drawn does not misplace them.
 */
export class EntityCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: AnalysisStore,
    private readonly tree: EntitiesTreeProvider,
  ) {
    this.disposables = [
      vscode.commands.registerCommand('newsAnnotator.copyEntity', (node?: EntitiesTreeNode) => this.copy(node)),
      vscode.commands.registerCommand('newsAnnotator.goToMentions', (node?: EntitiesTreeNode) => this.goToMentions(node)),
      vscode.commands.registerCommand('newsAnnotator.revealFirstMention', (node?: EntitiesTreeNode) => this.revealFirst(node)),
    ];
  }

  private async copy(node?: EntitiesTreeNode): Promise<string | undefined> {
    const text = node?.type === 'entity' ? node.entity.name : node?.type === 'mention' ? node.mention.text : undefined;
    if (text === undefined) return undefined;
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(`News Annotator: copied “${text}”`, 3000);
    return text;
  }

  private entityId(node?: EntitiesTreeNode): string | undefined {
    return node?.type === 'entity' ? node.entity.id : node?.type === 'mention' ? node.parent.entity.id : undefined;
  }

  /** Shows every mention of the entity in the peek view; returns their ranges. */
  private async goToMentions(node?: EntitiesTreeNode): Promise<vscode.Range[]> {
    const document = this.tree.document;
    const id = this.entityId(node);
    if (!document || !id) return [];
    const analysis = await this.store.getAsync(document);
    const mentions = analysis.entities.find((e) => e.id === id)?.mentions ?? [];
    if (!mentions.length || this.store.peek(document) !== analysis) {
      void vscode.window.showWarningMessage('News Annotator: that entity is no longer in the article; the view will refresh.');
      return [];
    }
    const ranges = mentions.map((m) => new vscode.Range(document.positionAt(m.start), document.positionAt(m.end)));
    await vscode.window.showTextDocument(document, { preserveFocus: true });
    await vscode.commands.executeCommand(
      'editor.action.peekLocations',
      document.uri,
      ranges[0].start,
      ranges.map((r) => new vscode.Location(document.uri, r)),
      'peek',
    );
    return ranges;
  }

  private async revealFirst(node?: EntitiesTreeNode): Promise<void> {
    const document = this.tree.document;
    const id = this.entityId(node);
    if (!document || !id) return;
    const found = await currentSpan(this.store, document, (a) => a.entities.find((e) => e.id === id)?.mentions[0]);
    if (found) await showRange(document, found.version, found.span.start, found.span.end, false);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
