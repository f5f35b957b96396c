import * as vscode from 'vscode';
import type { Entity, EntityType } from '../../engine/types';
import type { AnalysisStore } from '../documents/analysisStore';
import type { CorrectionsStore } from '../documents/correctionsStore';
import { anchorOf } from '../../corrections/anchor';
import type { DecisionBody } from '../../corrections/decisions';
import { TYPE_TITLES } from '../../formats/report';
import { nothingHere, placeOf, type Place } from './correctionTargets';
import { ENTITY_ICONS } from '../views/entitiesTree';

/**
 * The entity corrections: add a name from the selection, retype, "not an entity" (this mention or every
 * mention of its text), merge two entities, split a mention out of its entity, accept. Each acts on the entity of the view node it is run from, else the
 * name under the cursor; a second argument skips its question (for scripts and tests).
 */
export class EntityCorrections implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: AnalysisStore,
    private readonly corrections: CorrectionsStore,
  ) {
    const register = (name: string, run: (node?: unknown, value?: unknown) => Promise<unknown>) =>
      vscode.commands.registerCommand(`newsAnnotator.${name}`, run);
    this.disposables = [
      register('addEntity', (node, type) => this.add(node, type as EntityType | undefined)),
      register('retypeEntity', (node, type) => this.retype(node, type as EntityType | undefined)),
      register('notAnEntity', (node, every) => this.reject(node, every as boolean | undefined)),
      register('mergeEntities', (node, other) => this.merge(node, other as string | undefined)),
      register('splitMention', (node) => this.split(node)),
      register('acceptEntity', (node) => this.accept(node)),
    ];
  }

  private async add(node: unknown, given?: EntityType): Promise<boolean> {
    const place = await placeOf(this.store, node);
    if (!place) return false;
    if (!place.selection) return !!nothingHere('the article, selecting the name,');
    const type = given ?? (await pickType('Type of the selected name'));
    if (!type) return false;
    return this.corrections.add(place.document, { action: 'addEntity', type }, place.selection);
  }

  private async retype(node: unknown, given?: EntityType): Promise<boolean> {
    const place = await placeOf(this.store, node);
    const target = place && mentionOf(place);
    if (!place || !target || !place.entity) return !!(place && nothingHere('a name'));
    const type = given ?? (await pickType(`Type of ${place.entity.name} (now ${place.entity.type})`, place.entity.type));
    if (!type || type === place.entity.type) return false;
    return this.corrections.add(place.document, { action: 'retypeEntity', type }, target);
  }

  /** One mention (run on a mention), or every mention of the entity's texts (run on an entity or asked so). */
  private async reject(node: unknown, given?: boolean): Promise<boolean> {
    const place = await placeOf(this.store, node);
    if (!place || !place.entity) return !!(place && nothingHere('a name'));
    const { entity } = place;
    let every = given ?? (place.mention ? undefined : true);
    if (every === undefined) {
      const picked = await vscode.window.showQuickPick(
        [
          { label: `Only this mention of “${place.mention!.text}”`, every: false },
          { label: `Every mention of ${entity.name}`, description: `${entity.mentions.length}`, every: true },
        ],
        { placeHolder: `${entity.name} is not an entity` },
      );
      if (!picked) return false;
      every = picked.every;
    }
    if (!every) return this.corrections.add(place.document, { action: 'notEntity', every: false }, place.mention!);
    const byText = new Map(entity.mentions.map((m) => [m.text.trim(), m]));
    const items = [...byText.values()].map((m) => ({ body: { action: 'notEntity', every: true } as DecisionBody, target: m }));
    return this.corrections.addAll(place.document, items);
  }

  private async merge(node: unknown, givenId?: string): Promise<boolean> {
    const place = await placeOf(this.store, node);
    const target = place && mentionOf(place);
    if (!place || !target || !place.entity) return !!(place && nothingHere('a name'));
    const { entity } = place;
    const others = place.analysis.entities.filter((e) => e !== entity && e.type !== 'date' && e.type !== 'url');
    const other = givenId !== undefined
      ? others.find((e) => e.id === givenId)
      : (await vscode.window.showQuickPick(
          others.map((e) => ({ label: e.name, description: e.type, iconPath: new vscode.ThemeIcon(ENTITY_ICONS[e.type]), entity: e })),
          { placeHolder: `${entity.name} is the same as…` },
        ))?.entity;
    if (!other) return false;
    const text = place.document.getText();
    return this.corrections.add(place.document, { action: 'mergeEntities', other: anchorOf(text, other.mentions[0]) }, target);
  }

  /** The mention under the cursor (or the view's mention) names an entity of its own. */
  private async split(node: unknown): Promise<boolean> {
    const place = await placeOf(this.store, node);
    if (!place || !place.entity || !place.mention) return !!(place && nothingHere('one mention of a name'));
    if (place.entity.mentions.length < 2) {
      void vscode.window.showInformationMessage(`News Annotator: “${place.mention.text}” is the only mention of ${place.entity.name}: there is nothing to split it from.`);
      return false;
    }
    return this.corrections.add(place.document, { action: 'splitMention' }, place.mention);
  }

  private async accept(node: unknown): Promise<boolean> {
    const place = await placeOf(this.store, node);
    const target = place && mentionOf(place);
    if (!place || !target || !place.entity) return !!(place && nothingHere('a name'));
    const ok = await this.corrections.add(place.document, { action: 'acceptEntity' }, target);
    if (ok) vscode.window.setStatusBarMessage(`News Annotator: accepted: ${place.entity.name} (${place.entity.type})`, 3000);
    return ok;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The mention a correction of the entity targets: the one under the cursor or node, else its first. */
function mentionOf(place: Place): Entity['mentions'][number] | undefined {
  return place.mention ?? place.entity?.mentions[0];
}

async function pickType(placeHolder: string, current?: EntityType): Promise<EntityType | undefined> {
  const types = (Object.keys(TYPE_TITLES) as EntityType[]).filter((t) => t !== 'url');
  const picked = await vscode.window.showQuickPick(
    types.map((t) => ({ label: t, description: t === current ? 'now' : undefined, iconPath: new vscode.ThemeIcon(ENTITY_ICONS[t]), type: t })),
    { placeHolder },
  );
  return picked?.type;
}
