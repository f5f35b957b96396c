import * as vscode from 'vscode';
import type { Analysis, Entity, Span } from '../../engine/types';
import type { AnalysisStore } from '../documents/analysisStore';
import { claimLabel } from '../../presentation/claimsModel';
import { articleDocument } from '../documents/currentArticle';
import { entityGroups, mentionContext } from '../../presentation/entitiesModel';
import { ENTITY_ICONS } from '../views/entitiesTree';
import { currentSpan, showRange } from './navigation';
import { countLabel, speakerGroups } from '../../presentation/speakersModel';
import { CLAIM_KINDS, SPEAKER_ICONS } from '../views/speakersTree';

interface Target extends vscode.QuickPickItem {
  /** Where it is in the version the pick was made from. */
  span: Span;
  /** Finds it (by id) in a newer analysis, after the document changed while the pick was open. */
  find(analysis: Analysis): Span | undefined;
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
    const analysis = await this.store.getAsync(document);
    const version = document.version;
    const groups = speakerGroups(analysis);
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
      find: (a) => a.claims.find((c) => c.id === claim.id),
    }));
    await this.pickTarget(document, version, targets, `Claims by ${picked.group.name}`);
  }

  private async goToEntity(): Promise<void> {
    const document = this.article();
    if (!document) return;
    const analysis = await this.store.getAsync(document);
    const version = document.version;
    const groups = entityGroups(analysis);
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
    const { entity } = picked;
    // The labels are read from the text the analysis was made of: the document may have changed meanwhile.
    const text = document.version === version ? document.getText() : undefined;
    const targets = entity.mentions.map<Target>((mention, index) => ({
      label: text ? mentionContext(text, mention, 40).label : mention.text,
      description: `line ${document.positionAt(mention.start).line + 1}`,
      span: mention,
      find: (a) => a.entities.find((e) => e.id === entity.id)?.mentions[index],
    }));
    await this.pickTarget(document, version, targets, `Mentions of ${entity.name}`);
  }

  /** Goes to the only target, or lets the user pick one with a live preview. */
  private async pickTarget(document: vscode.TextDocument, version: number, targets: Target[], title: string): Promise<void> {
    if (targets.length === 1) {
      await this.go(document, version, targets[0], false);
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
        if (item) void this.go(document, version, item, true);
      });
      pick.onDidAccept(() => resolve(pick.selectedItems[0] ?? pick.activeItems[0]));
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
    pick.dispose();
    if (chosen) {
      await this.go(document, version, chosen, false);
    } else if (before) {
      const editor = await vscode.window.showTextDocument(document, { selection: before, preserveFocus: false });
      editor.revealRange(before, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  /** Selects a target where it is now: at its range if the document is unchanged, else looked up again. */
  private async go(document: vscode.TextDocument, version: number, target: Target, preview: boolean): Promise<void> {
    if (await showRange(document, version, target.span.start, target.span.end, preview)) return;
    const found = await currentSpan(this.store, document, target.find);
    if (found && (await showRange(document, found.version, found.span.start, found.span.end, preview))) return;
    if (!preview) void vscode.window.showWarningMessage('News Annotator: that item is no longer in the article.');
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
