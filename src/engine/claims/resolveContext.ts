// What speaker resolution knows of the article while it resolves (Context), and the look-ups over it: which
// entity a span names, entities by name, surname and first name, referents near a position, paragraph bounds.
// resolve.ts holds the strategies that use them.
import type { Entity, Mention, Span } from '../types';
import type { Description } from './descriptors';
import type { GenderVotes } from './gender';
import type { Referent } from './salience';
import { firstEndingAfter, lastBefore, sortedByStart, SpanSet } from './spans';
import { spaceSeparated } from '../text/tokens';
import { withoutPossessive } from '../text/wordsBefore';
import { words } from '../lexicon/words';

// Folding is memoised: resolution folds the same names and mentions for every speaker it tries.
const folded = new Map<string, string>();
export const fold = (s: string): string => {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size >= 50_000) folded.clear();
    folded.set(s, (f = s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()));
  }
  return f;
};

// How many referents a pronoun may look back over when none is in its own or the previous paragraph.
// Entities upstream may wrongly make of a capitalised function word ("The", "You"): never a speaker.
export const FUNCTION_NAMES = words('the a an you i we they he she it this that which madam');
const FAR_LOOKBACK = 200;
// How many referents in the window are weighed for a pronoun or surname.
const NEAR_CANDIDATES = 40;

export interface Indexed {
  start: number;
  end: number;
  entity: Entity;
  /** The entity's position in ctx.entities. */
  order: number;
}

export interface Context {
  text: string;
  lines: readonly Span[];
  lineStarts: Array<{ at: number }>;
  entities: Entity[];
  order: Map<Entity, number>;
  /** Spans inside which mentions are in a speaker's voice, not the writer's (quotations). */
  quoted: SpanSet;
  /** Descriptions of person mentions by start, computed once for all descriptors. */
  around: Map<number, Description>;
  index?: { items: Indexed[]; maxLength: number };
  /** Mentions added to entities during resolution, which entityAt must see too. */
  added: Indexed[];
  /** See nameIndex. */
  names?: { full: Map<string, Entity>; surnames: Map<string, Entity[]>; firsts: Map<string, Entity[]> };
  /** Person and organization names outside quotations, in text order: what later mentions refer back to. */
  referents: Referent[];
  /** Speakers resolved so far, in text order. */
  spoken: Referent[];
  /** For each entity, the positions of its referents (sorted), to count how often it was named before. */
  named: Map<Entity, Array<{ at: number }>>;
  gender: Map<string, GenderVotes>;
  /** Mentions to add to each entity, sorted in once at the end. */
  pending: Map<Entity, Mention[]>;
  /** "id start end" of every mention added, so that none is added twice. */
  mentioned: Set<string>;
  byId: Map<string, Entity>;
  /** The descriptions (role, country) each person is named with in their own phrases; see rolesByPerson. */
  rolesOf: (e: Entity) => Description[];
}

const SPEAKER_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'place', 'handle']);
export const REFERENT_TYPES: ReadonlySet<string> = new Set(['person', 'organization']);

/** The mentions of speaker-type entities sorted by start, built once per resolution (see entityAt). */
export function mentionIndex(ctx: Context): { items: Indexed[]; maxLength: number } {
  if (ctx.index) return ctx.index;
  const found: Indexed[] = [];
  let maxLength = 0;
  ctx.entities.forEach((entity, order) => {
    if (!SPEAKER_TYPES.has(entity.type) || FUNCTION_NAMES.has(fold(entity.name))) return;
    for (const m of entity.mentions) {
      found.push({ start: m.start, end: m.end, entity, order });
      maxLength = Math.max(maxLength, m.end - m.start);
    }
  });
  return (ctx.index = { items: sortedByStart(found), maxLength });
}

/** The first item of the index that can overlap a span starting at `start` (none longer than maxLength starts earlier). */
export function firstReaching(ctx: Context, start: number): number {
  const { items, maxLength } = mentionIndex(ctx);
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < start - maxLength) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The mention that overlaps the span, preferring people, then the longest overlap, then the first entity in
 * order. Looked up in the sorted index plus the mentions added during resolution, not by scanning every mention.
 */
export function mentionAt(ctx: Context, span: Span): Indexed | null {
  const { items } = mentionIndex(ctx);
  // Compared as (person first, longer overlap, earlier entity): scalars rather than a key per candidate, as
  // resolution asks this of every speaker, pronoun and descriptor.
  let best: Indexed | null = null;
  let bestPerson = 0;
  let bestOverlap = 0;
  const consider = (x: Indexed): void => {
    const person = x.entity.type === 'person' ? 1 : 0;
    const overlap = Math.min(x.end, span.end) - Math.max(x.start, span.start);
    if (!best || person > bestPerson || (person === bestPerson && (overlap > bestOverlap || (overlap === bestOverlap && x.order < best.order)))) {
      best = x;
      bestPerson = person;
      bestOverlap = overlap;
    }
  };
  for (let i = firstReaching(ctx, span.start); i < items.length && items[i].start < span.end; i++) if (items[i].end > span.start) consider(items[i]);
  // Added mentions are speakers resolved in text order: only the latest ones can reach the span.
  const added = ctx.added;
  for (let i = added.length - 1; i >= 0 && i >= added.length - 64; i--) {
    const x = added[i];
    if (x.start < span.end && x.end > span.start && SPEAKER_TYPES.has(x.entity.type)) consider(x);
  }
  return best;
}

export const entityAt = (ctx: Context, span: Span): Entity | null => mentionAt(ctx, span)?.entity ?? null;

/** The entity a written name refers to: same name, or the one person with that surname or first name. */
export function entityByName(ctx: Context, name: string): Entity | null {
  const { full, surnames, firsts } = nameIndex(ctx);
  const n = fold(name);
  const exact = full.get(n);
  if (exact) return exact;
  const ws = spaceSeparated(name);
  if (ws.length !== 1) return null;
  return surnames.get(n)?.[0] ?? (firsts.get(n)?.length === 1 ? firsts.get(n)![0] : null);
}

/**
 * Names of people and organizations by folded text (names and mentions), the first entity in order winning,
 * and people with a full name by folded surname and first name; built once and kept current by registerName.
 */
export function nameIndex(ctx: Context): NonNullable<Context['names']> {
  if (!ctx.names) {
    ctx.names = { full: new Map(), surnames: new Map(), firsts: new Map() };
    for (const e of ctx.entities) {
      registerName(ctx, e, e.name, true);
      for (const m of e.mentions) registerName(ctx, e, m.text, false);
    }
  }
  return ctx.names;
}

export function registerName(ctx: Context, e: Entity, text: string, canonical: boolean): void {
  if (!ctx.names || (e.type !== 'person' && e.type !== 'organization')) return;
  const key = fold(withoutPossessive(text));
  if (!ctx.names.full.has(key)) ctx.names.full.set(key, e);
  // Only a person's own name files them by surname and first name: the words of a mention are not needed.
  if (!canonical || e.type !== 'person') return;
  const ws = spaceSeparated(text);
  if (ws.length < 2) return;
  for (const [map, w] of [[ctx.names.surnames, ws[ws.length - 1]], [ctx.names.firsts, ws[0]]] as const) {
    const list = map.get(fold(w)) ?? [];
    if (!list.includes(e)) list.push(e);
    map.set(fold(w), list);
  }
}

/**
 * The start of the paragraph holding `pos` (back = 0) or of the paragraph before it (back = 1), blank lines
 * skipped: the windows in which a pronoun looks for its antecedent.
 */
export function paragraphStart(ctx: Context, pos: number, back: 0 | 1): number {
  let i = lastBefore(ctx.lineStarts, pos + 1);
  if (back === 0) return i >= 0 ? ctx.lines[i].start : 0;
  while (i > 0) {
    i--;
    const l = ctx.lines[i];
    if (/\S/.test(ctx.text.slice(l.start, l.end))) return l.start;
  }
  return 0;
}

/**
 * The referents (names outside quotations and speakers) before `pos` back to `from`, latest first, that fit;
 * at most `max` of them and looking at most FAR_LOOKBACK entries back in each list.
 */
export function recent(ctx: Context, pos: number, from: number, fits: (e: Entity) => boolean, max = NEAR_CANDIDATES): Referent[] {
  const out: Referent[] = [];
  let i = lastBefore(ctx.referents, pos);
  let j = lastBefore(ctx.spoken, pos);
  const stopI = i - FAR_LOOKBACK;
  const stopJ = j - FAR_LOOKBACK;
  while (out.length < max) {
    const a = i > stopI && i >= 0 ? ctx.referents[i] : null;
    const b = j > stopJ && j >= 0 ? ctx.spoken[j] : null;
    const next = a && (!b || a.at >= b.at) ? a : b;
    if (!next || next.at < from) break;
    if (next === a) i--;
    else j--;
    if (fits(next.entity)) out.push(next);
  }
  return out;
}

/** How many times the entity was named outside quotations before `pos`. */
export function namedBefore(ctx: Context, e: Entity, pos: number): number {
  const at = ctx.named.get(e);
  return at ? lastBefore(at, pos) + 1 : 0;
}

/** The entity's own mention (sorted by start) that overlaps the span, found by binary search. */
export function mentionOf(e: Entity, span: Span): Mention | undefined {
  const ms = e.mentions;
  // Mentions of one entity do not nest, so ends are sorted like starts: the first ending after the span's start is the one.
  const at = firstEndingAfter(ms, span.start);
  return at < ms.length && ms[at].start < span.end ? ms[at] : undefined;
}
