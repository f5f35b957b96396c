// The Entities tree as plain data, built from an Analysis without `vscode`, so it is unit-tested in Node.
import { TYPE_TITLES } from '../formats/report';
import type { Analysis, Entity, EntityType, Mention } from '../engine/types';

export interface EntityTypeGroup {
  type: EntityType;
  /** "People", "Places" … */
  title: string;
  /** Most mentioned first, then by first mention. */
  entities: Entity[];
}

/** Entities grouped by type in a fixed type order; types without entities are left out. */
export function entityGroups(analysis: Analysis): EntityTypeGroup[] {
  const groups: EntityTypeGroup[] = [];
  for (const type of Object.keys(TYPE_TITLES) as EntityType[]) {
    const entities = analysis.entities
      .filter((e) => e.type === type)
      .sort((a, b) => b.mentions.length - a.mentions.length || firstStart(a) - firstStart(b));
    if (entities.length) groups.push({ type, title: TYPE_TITLES[type], entities });
  }
  return groups;
}

/** A type group with more entities than this folds those mentioned once and never quoted away. */
export const FOLD_ONCE_AFTER = 12;

export interface EntitySection {
  group: EntityTypeGroup;
  /** In the group's order: every entity of a short group; of a long one, those mentioned again or quoted. */
  shown: Entity[];
  /**
   * A long group's entities with one mention and no claim: in a 300 KB article most are the tagger's misses
   * (a capitalised word at a sentence start), and the rest matter least to the article; folded, not hidden.
   */
  once: Entity[];
}

/** The Entities view's sections: `entityGroups` with the once-mentioned entities of long groups set apart. */
export function entitySections(analysis: Analysis): EntitySection[] {
  const speakers = new Set(analysis.claims.map((c) => c.speaker?.entityId).filter((id) => !!id));
  return entityGroups(analysis).map((group) => {
    const minor = (e: Entity) => e.mentions.length === 1 && !speakers.has(e.id);
    const once = group.entities.length > FOLD_ONCE_AFTER ? group.entities.filter(minor) : [];
    if (once.length < 2) return { group, shown: group.entities, once: [] };
    return { group, shown: group.entities.filter((e) => !minor(e)), once };
  });
}

function firstStart(e: Entity): number {
  return e.mentions[0]?.start ?? 0;
}

export interface MentionContext {
  /** The mention with some of its line around it, white space collapsed, "…" where cut. */
  label: string;
  /** Where the mention lies in `label`, end exclusive. */
  highlight: [number, number];
}

/**
 * A one-line snippet of the mention's line around it, up to `width` characters on each side, never cutting
 * a surrogate pair.
 */
export function mentionContext(text: string, mention: Mention, width = 30): MentionContext {
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  const nl = text.indexOf('\n', mention.end);
  const lineEnd = nl < 0 ? text.length : nl;
  let from = Math.max(lineStart, mention.start - width);
  let to = Math.min(lineEnd, mention.end + width);
  if (isLowSurrogate(text, from)) from--;
  if (isLowSurrogate(text, to)) to++;
  const before = (from > lineStart ? '…' : '') + collapse(text.slice(from, mention.start)).trimStart();
  const middle = collapse(text.slice(mention.start, mention.end));
  const after = collapse(text.slice(mention.end, to)).trimEnd() + (to < lineEnd ? '…' : '');
  return { label: before + middle + after, highlight: [before.length, before.length + middle.length] };
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}
