// Entity decisions over an analysis's entities: add, retype, reject, merge, split, accept. Pure; the caller owns the
// copies passed in.
import type { Entity, EntityType, Mention } from '../engine/types';
import { provenanceOf, type Decision, type EntityAction } from './decisions';
import { findTarget } from './find';

/** The working set of entities, and where removed or renamed entity ids now point (null: gone). */
export interface EntityState {
  entities: Entity[];
  renamed: Map<string, string | null>;
}

type EntityDecision = Decision & EntityAction;

export function applyEntityDecision(state: EntityState, d: EntityDecision): void {
  const found = holderOf(state.entities, d.target);
  switch (d.action) {
    case 'addEntity': {
      if (found) removeMention(state, found.entity, found.mention);
      const name = (d.name ?? d.target.exact).replace(/\s+/g, ' ').trim();
      const mention: Mention = { start: d.target.start, end: d.target.end, text: d.target.exact, form: 'name' };
      const same = state.entities.find((e) => e.type === d.type && e.name.toLowerCase() === name.toLowerCase());
      if (same) {
        same.mentions.push(mention);
        Object.assign(same, humanMade(d));
      } else {
        state.entities.push({ id: freshId(state, d.type, name), type: d.type, name, mentions: [mention], ...humanMade(d) });
      }
      return;
    }
    case 'retypeEntity': {
      if (!found || found.entity.type === d.type) return;
      const { entity } = found;
      const id = freshId(state, d.type, entity.id.slice(entity.id.indexOf(':') + 1));
      state.renamed.set(entity.id, id);
      Object.assign(entity, { id, type: d.type, ...humanMade(d) });
      return;
    }
    case 'notEntity': {
      if (!d.every) {
        if (found) removeMention(state, found.entity, found.mention);
        return;
      }
      const text = d.target.exact.trim();
      for (const entity of [...state.entities]) {
        for (const mention of entity.mentions.filter((m) => m.text.trim() === text)) removeMention(state, entity, mention);
      }
      return;
    }
    case 'mergeEntities': {
      const other = holderOf(state.entities, d.other);
      if (!found || !other || other.entity === found.entity) return;
      const into = found.entity;
      into.mentions.push(...other.entity.mentions);
      // The canonical name is the fullest one written ("Barack Obama" over "Barack").
      if (other.entity.name.length > into.name.length) into.name = other.entity.name;
      Object.assign(into, humanMade(d));
      state.entities.splice(state.entities.indexOf(other.entity), 1);
      state.renamed.set(other.entity.id, into.id);
      return;
    }
    case 'acceptEntity': {
      if (found?.entity.status === 'suggested') Object.assign(found.entity, { status: 'accepted', provenance: provenanceOf(d) });
      return;
    }
    case 'splitMention': {
      if (!found || found.entity.mentions.length < 2) return;
      const { entity, mention } = found;
      entity.mentions.splice(entity.mentions.indexOf(mention), 1);
      const name = mention.text.replace(/\s+/g, ' ').trim();
      state.entities.push({ id: freshId(state, entity.type, name), type: entity.type, name, mentions: [mention], ...humanMade(d) });
      return;
    }
  }
}

/** The status and provenance of an entity a decision made or changed. */
function humanMade(d: EntityDecision): Pick<Entity, 'status' | 'provenance'> {
  return { status: 'human', provenance: provenanceOf(d) };
}

/** Sorted mentions, entities in order of their first mention, and no entity left without a mention. */
export function tidyEntities(entities: Entity[]): Entity[] {
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return entities.filter((e) => e.mentions.length > 0).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** Follows renames to the id an entity has now, or null if it is gone. */
export function currentId(renamed: ReadonlyMap<string, string | null>, id: string): string | null {
  let current: string | null = id;
  for (let hops = 0; current !== null && renamed.has(current) && hops < renamed.size + 1; hops++) current = renamed.get(current)!;
  return current;
}

function holderOf(entities: readonly Entity[], target: { start: number; end: number }): { entity: Entity; mention: Mention } | undefined {
  const mentions = entities.flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention, start: mention.start, end: mention.end })));
  return findTarget(mentions, target);
}

function removeMention(state: EntityState, entity: Entity, mention: Mention): void {
  entity.mentions.splice(entity.mentions.indexOf(mention), 1);
  if (entity.mentions.length === 0) {
    state.entities.splice(state.entities.indexOf(entity), 1);
    state.renamed.set(entity.id, null);
  }
}

/** "person:maria-lopez" from a type and a name, unique among the entities. */
function freshId(state: EntityState, type: EntityType, name: string): string {
  const slug = name.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'entity';
  const taken = new Set([...state.entities.map((e) => e.id), ...state.renamed.keys()]);
  let id = `${type}:${slug}`;
  for (let n = 2; taken.has(id); n++) id = `${type}:${slug}-${n}`;
  return id;
}
