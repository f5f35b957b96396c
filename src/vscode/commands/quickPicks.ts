import * as vscode from 'vscode';
import type { Entity, Span } from '../../engine/types';
import type { AnalysisStore } from '../documents/analysisStore';
import { claimLabel } from '../../presentation/claimsModel';
import { articleDocument } from '../documents/currentArticle';
import { entityGroups, mentionContext } from '../../presentation/entitiesModel';
import { ENTITY_ICONS } from '../views/entitiesTree';
import { showRange } from './navigation';
import { countLabel, speakerGroups } from '../../presentation/speakersModel';
import { CLAIM_KINDS, SPEAKER_ICONS } from '../views/speakersTree';

interface Target extends vscode.QuickPickItem {
  span: Span;
}

/**
 * Go to Speaker… and Go to Entity…: pick a speaker (an entity), then one of its claims (mentions). Moving
 * through the second list previews each place in the editor; Escape puts the selection back.
 */
export class QuickPicks implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: AnalysisStore) {
    this.disposables = [
      vscode.commands.registerCommand('newsAnnotator.goToSpeaker', (key?: unknown) => this.goToSpeaker(key)),
      vscode.commands.registerCommand('newsAnnotator.goToEntity', () => this.goToEntity()),
    ];
  }

  private article(): vscode.TextDocument | undefined {
    const document = articleDocument();
    if (!document) void vscode.window.showInformationMessage('News Annotator: open a news article first.');
    return document;
  }

  /** With a speaker key (an entity id, see SpeakerGroup.key) it skips the first pick. */
  private async goToSpeaker(key?: unknown): Promise<void> {
    const document = this.article();
    if (!document) return;
    const groups = speakerGroups(await this.store.getAsync(document));
    if (!groups.length) {
      void vscode.window.showInformationMessage('News Annotator: no quotes or reported claims found in this article.');
      return;
    }
    const given = typeof key === 'string' ? groups.find((g) => g.key === key) : undefined;
    const picked = given
      ? { group: given }
      : await vscode.window.showQuickPick(
          groups.map((group) => ({
            label: group.name,
            description: countLabel(group.claims.length, 'claim'),
            iconPath: new vscode.ThemeIcon(SPEAKER_ICONS[group.kind] ?? 'symbol-misc'),
            group,
          })),
          { placeHolder: 'Speaker to go to' },
        );
    if (!picked) return;
    const targets = picked.group.claims.map<Target>((claim) => ({
      label: claimLabel(claim, 100),
      description: `line ${document.positionAt(claim.start).line + 1}`,
      iconPath: new vscode.ThemeIcon(CLAIM_KINDS[claim.kind].icon),
      span: claim,
    }));
    await this.pickTarget(document, targets, `Claims by ${picked.group.name}`);
  }

  private async goToEntity(): Promise<void> {
    const document = this.article();
    if (!document) return;
    const groups = entityGroups(await this.store.getAsync(document));
    if (!groups.length) {
      void vscode.window.showInformationMessage('News Annotator: no names, places or dates found in this article.');
      return;
    }
    // In the order of the Entities view, under a separator per type.
    const items: (vscode.QuickPickItem & { entity?: Entity })[] = groups.flatMap((group) => [
      { label: group.title, kind: vscode.QuickPickItemKind.Separator },
      ...group.entities.map((entity) => ({
        label: entity.name,
        description: countLabel(entity.mentions.length, 'mention'),
        iconPath: new vscode.ThemeIcon(ENTITY_ICONS[group.type]),
        entity,
      })),
    ]);
    const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Entity to go to' });
    if (!picked?.entity) return;
    const text = document.getText();
    const targets = picked.entity.mentions.map<Target>((mention) => ({
      label: mentionContext(text, mention, 40).label,
      description: `line ${document.positionAt(mention.start).line + 1}`,
      span: mention,
    }));
    await this.pickTarget(document, targets, `Mentions of ${picked.entity.name}`);
  }

  /** Goes to the only target, or lets the user pick one with a live preview. */
  private async pickTarget(document: vscode.TextDocument, targets: Target[], title: string): Promise<void> {
    if (targets.length === 1) {
      await showRange(document, targets[0].span.start, targets[0].span.end, false);
      return;
    }
    const before = vscode.window.visibleTextEditors.find((e) => e.document === document)?.selection;
    const pick = vscode.window.createQuickPick<Target>();
    pick.title = title;
    pick.placeholder = 'Type to filter; the editor previews the highlighted item';
    pick.items = targets;
    pick.matchOnDescription = true;
    const chosen = await new Promise<Target | undefined>((resolve) => {
      pick.onDidChangeActive(([item]) => {
        if (item) void showRange(document, item.span.start, item.span.end, true);
      });
      pick.onDidAccept(() => resolve(pick.selectedItems[0] ?? pick.activeItems[0]));
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
    pick.dispose();
    if (chosen) {
      await showRange(document, chosen.span.start, chosen.span.end, false);
    } else if (before) {
      const editor = await vscode.window.showTextDocument(document, { selection: before, preserveFocus: false });
      editor.revealRange(before, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
