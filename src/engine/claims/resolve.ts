import { countryByDemonym, countryByName } from '../lexicon/places';
import { wordClass } from '../entities/gazetteer';
import { LowerCaseWords } from '../text/lowerWords';
import { isRoleNoun, leadingTitleLength, sameRoleFamily } from '../lexicon/roles';
import type { Entity, Mention, Span } from '../types';
import type { DraftClaim } from './assemble';

// Folding is memoised: resolution folds the same names and mentions for every speaker it tries.
const folded = new Map<string, string>();
const fold = (s: string): string => {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size >= 50_000) folded.clear();
    folded.set(s, (f = s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()));
  }
  return f;
};
const words = (s: string): string[] => s.split(/[\s\u00a0]+/).filter(Boolean);
const stripPossessive = (s: string): string => s.replace(/['’]s?$/u, '');

/** A stable entity id from type and name, as the entity stage makes them: "person:gitanas-nausėda". */
export function entityId(type: string, name: string): string {
  const slug = name.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return `${type}:${slug || 'unnamed'}`;
}

const ORG_WORDS = /\b(news|times|post|journal|press|party|committee|department|ministry|house|council|association|agency|office|commission|campaign|court|university|institute|foundation|bank|group|company|corporation|inc|corp|network|union|league|center|centre|service|services|bureau|board|administration|government|senate|congress|parliament|police|army|pac|fund|club|tribune|herald|reuters|twitter|facebook|channel|tv|radio)\b/i;

function looksLikeOrganization(name: string): boolean {
  return ORG_WORDS.test(name) || /^[A-Z]{2,6}$/.test(name.replace(/^the\s+/i, ''));
}

/** The name a speaker mention gives, without leading titles, roles, "the" and a possessive. */
function bareName(text: string): string {
  let ws = words(text.replace(/^the\s+/i, ''));
  while (ws.length > 1 && isRoleNoun(ws[0].toLowerCase())) ws = ws.slice(1);
  const t = leadingTitleLength(ws);
  if (t > 0 && t < ws.length) ws = ws.slice(t);
  return stripPossessive(ws.join(' '));
}

interface Context {
  text: string;
  entities: Entity[];
  /** Spans inside which mentions are in a speaker's voice, not the writer's (quotations). */
  quoted: Span[];
  /** describe(nameContext(…)) of person mentions by start, computed once for all descriptors. */
  around: Map<number, ReturnType<typeof describeUncached>>;
  index?: { items: Indexed[]; maxLength: number };
  /** Mentions added to entities during resolution, which entityAt must see too. */
  added: Indexed[];
  /** See nameIndex. */
  names?: { full: Map<string, Entity>; surname: Map<string, Entity> };
}

const inside = (x: Span, spans: Span[]): boolean => spans.some((s) => x.start >= s.start && x.end <= s.end);

/** Person mentions outside quotations, in text order: the antecedents a pronoun can take. */
function antecedents(ctx: Context): Array<{ at: number; entity: Entity }> {
  const out: Array<{ at: number; entity: Entity }> = [];
  for (const e of ctx.entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) if (!inside(m, ctx.quoted)) out.push({ at: m.start, entity: e });
  }
  return out.sort((a, b) => a.at - b.at);
}

const SPEAKER_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'place', 'handle']);

interface Indexed {
  start: number;
  end: number;
  entity: Entity;
  /** The entity's position in ctx.entities. */
  order: number;
}

/** The mentions of speaker-type entities sorted by start, built once per resolution (see entityAt). */
function mentionIndex(ctx: Context): { items: Indexed[]; maxLength: number } {
  if (ctx.index) return ctx.index;
  const items: Indexed[] = [];
  let maxLength = 0;
  ctx.entities.forEach((entity, order) => {
    if (!SPEAKER_TYPES.has(entity.type)) return;
    for (const m of entity.mentions) {
      items.push({ start: m.start, end: m.end, entity, order });
      maxLength = Math.max(maxLength, m.end - m.start);
    }
  });
  items.sort((a, b) => a.start - b.start);
  return (ctx.index = { items, maxLength });
}

/**
 * The entity whose mention overlaps the span, preferring people, and among equals the first in entity order.
 * Looked up in the sorted index plus the mentions added during resolution, not by scanning every mention.
 */
function entityAt(ctx: Context, span: Span): Entity | null {
  const { items, maxLength } = mentionIndex(ctx);
  let person: Indexed | null = null;
  let any: Indexed | null = null;
  const consider = (x: Indexed): void => {
    if (x.start >= span.end || x.end <= span.start) return;
    if (x.entity.type === 'person' && (!person || x.order < person.order)) person = x;
    if (!any || x.order < any.order) any = x;
  };
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < span.start - maxLength) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < items.length && items[i].start < span.end; i++) consider(items[i]);
  // Added mentions are speakers resolved in text order: only the latest ones can reach the span.
  for (let i = ctx.added.length - 1; i >= 0 && i >= ctx.added.length - 64; i--) if (SPEAKER_TYPES.has(ctx.added[i].entity.type)) consider(ctx.added[i]);
  return (person ?? any as Indexed | null)?.entity ?? null;
}

/** The entity a written name refers to: same name, same surname or same single-word name. */
function entityByName(ctx: Context, name: string): Entity | null {
  const { full, surname } = nameIndex(ctx);
  const n = fold(name);
  const exact = full.get(n);
  if (exact) return exact;
  const ws = words(name);
  return ws.length === 1 ? surname.get(fold(ws[0])) ?? null : null;
}

/**
 * Names of people and organizations by folded text (names and mentions), and people by folded surname, the
 * first entity in order winning; built once and kept current by registerName.
 */
function nameIndex(ctx: Context): NonNullable<Context['names']> {
  if (!ctx.names) {
    ctx.names = { full: new Map(), surname: new Map() };
    for (const e of ctx.entities) {
      registerName(ctx, e, e.name, true);
      for (const m of e.mentions) registerName(ctx, e, m.text, false);
    }
  }
  return ctx.names;
}

function registerName(ctx: Context, e: Entity, text: string, canonical: boolean): void {
  if (!ctx.names || (e.type !== 'person' && e.type !== 'organization')) return;
  const key = fold(stripPossessive(text));
  if (!ctx.names.full.has(key)) ctx.names.full.set(key, e);
  const last = words(text).pop();
  if (canonical && e.type === 'person' && last && !ctx.names.surname.has(fold(last))) ctx.names.surname.set(fold(last), e);
}

/** Country and role words of a descriptor such as "the Lithuanian leader" or "Russia's president". */
function describeUncached(text: string): { country: string | null; roles: string[] } {
  let country: string | null = null;
  const roles: string[] = [];
  for (const raw of words(text)) {
    const w = stripPossessive(raw.replace(/[,.]$/, ''));
    const c = countryByDemonym(w) ?? countryByName(w);
    if (c && /^\p{Lu}/u.test(w)) country = c.name;
    else if (isRoleNoun(w.toLowerCase())) roles.push(w.toLowerCase());
    // "… and chairs the committee": a verb form of a role noun marks the role too.
    else if (/^\p{Ll}+s$/u.test(w) && isRoleNoun(w.slice(0, -1))) roles.push(w.slice(0, -1));
  }
  return { country, roles };
}

// Memoised: every descriptor is compared with the phrases around all person mentions before it, and an
// incremental analysis meets the same phrases again after each edit. Results are shared, never mutated.
const described = new Map<string, ReturnType<typeof describeUncached>>();
function describe(text: string): ReturnType<typeof describeUncached> {
  let d = described.get(text);
  if (!d) {
    if (described.size >= 50_000) described.clear();
    described.set(text, (d = describeUncached(text)));
  }
  return d;
}

/**
 * The words that qualify a name in its own phrase: what stands before it up to a clause break ("Russian
 * President Vladimir Putin", "Lithuania's Gitanas Nausėda") and an appositive after it (", the Lithuanian
 * president,").
 */
function nameContext(text: string, m: Span): string {
  const window = text.slice(Math.max(0, m.start - 60), m.start);
  const pieces = window.split(/[,.;:!?“”"(\n]/);
  let before = pieces[pieces.length - 1];
  // "Poland's agriculture minister, Agnieszka Małecka": the description stands before the comma.
  if (!/\p{L}/u.test(before) && pieces.length > 1 && /,\s*$/.test(window)) before = pieces[pieces.length - 2];
  const after = /^(?:\s*\([^()\n]{0,60}\))?,\s*(?:(?:the|a|an)\s|\p{Ll})[^,.;\n]{1,90}/u.exec(text.slice(m.end, m.end + 170));
  return `${before} ${after ? after[0] : ''}`.replace(/[^\p{L}\s'’-]/gu, ' ');
}

const GENERIC_ROLES = new Set(['leader', 'head', 'official', 'officials', 'chief']);

/**
 * The person a descriptor denotes: a person written near the same country and role ("Russian President
 * Vladimir Putin" for "the Russian president"), the latest such before the descriptor.
 */
function entityByDescription(ctx: Context, d: Span, text: string): Entity | null {
  return personByDescription(ctx, d, text) ?? organizationByHead(ctx, d, text);
}

/** "the ministry", "the agency": the latest organization named before, whose name holds the head noun. */
function organizationByHead(ctx: Context, d: Span, text: string): Entity | null {
  const m = /^(?:the|this)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)$/iu.exec(text.trim());
  if (!m) return null;
  const head = fold(m[1]);
  let best: { at: number; entity: Entity } | null = null;
  for (const e of ctx.entities) {
    if (e.type !== 'organization' || !words(fold(e.name)).includes(head)) continue;
    for (const x of e.mentions) if (x.start < d.start && (!best || x.start > best.at)) best = { at: x.start, entity: e };
  }
  return best?.entity ?? null;
}

function personByDescription(ctx: Context, d: Span, text: string): Entity | null {
  const { country, roles } = describe(text);
  if (!country && roles.length === 0) return null;
  if (!country && roles.every((r) => GENERIC_ROLES.has(r))) return null;
  let best: { score: number; at: number; entity: Entity } | null = null;
  for (const e of ctx.entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      if (m.form !== 'name' || m.start >= d.start) continue;
      let around = ctx.around.get(m.start);
      if (!around) ctx.around.set(m.start, (around = describe(nameContext(ctx.text, m))));
      let score = 0;
      if (country) {
        if (around.country !== country) continue;
        score += 2;
      }
      const exact = roles.filter((r) => around.roles.includes(r)).length;
      const generic = roles.some((r) => GENERIC_ROLES.has(r)) && around.roles.length > 0 ? 0.5 : 0;
      const related = roles.some((r) => around.roles.some((x) => sameRoleFamily(r, x))) ? 0.5 : 0;
      if (exact + generic + related === 0 && !country) continue;
      score += exact + generic + related;
      if (!best || score > best.score || (score === best.score && m.start > best.at)) best = { score, at: m.start, entity: e };
    }
  }
  return best?.entity ?? null;
}

/**
 * Each person's grammatical gender as the text shows it: the first he/his/him or she/her that follows a
 * mention of theirs in the same sentence before another person is named, by majority over their mentions.
 */
function genders(text: string, ante: Array<{ at: number; entity: Entity }>): Map<string, 'he' | 'she'> {
  const votes = new Map<string, number>();
  const re = /\b(he|his|him|she|her|hers)\b/gi;
  for (let i = 0; i < ante.length; i++) {
    const from = ante[i].at;
    const stop = /[.!?\n]/.exec(text.slice(from, from + 400));
    const end = stop ? from + stop.index : from + 400;
    const to = Math.min(i + 1 < ante.length ? ante[i + 1].at : text.length, end);
    re.lastIndex = 0;
    const m = re.exec(text.slice(from, to));
    if (!m) continue;
    const v = /^(he|his|him)$/i.test(m[1]) ? 1 : -1;
    votes.set(ante[i].entity.id, (votes.get(ante[i].entity.id) ?? 0) + v);
  }
  const out = new Map<string, 'he' | 'she'>();
  for (const [id, v] of votes) if (v !== 0) out.set(id, v > 0 ? 'he' : 'she');
  return out;
}

/** The latest entry before `pos` in a list sorted by position that fits, looking back a bounded way. */
function latestBefore(list: Array<{ at: number; entity: Entity }>, pos: number, fits: (e: Entity) => boolean): { at: number; entity: Entity } | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 200; i--) if (fits(list[i].entity)) return list[i];
  return null;
}

function addMention(ctx: Context, e: Entity, m: Mention): void {
  if (e.mentions.some((x) => x.start === m.start && x.end === m.end)) return;
  e.mentions.push(m);
  if (m.form === 'name') registerName(ctx, e, m.text, false);
  ctx.added.push({ start: m.start, end: m.end, entity: e, order: ctx.entities.indexOf(e) });
  e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

export interface Resolved {
  entityIds: Array<string | null>;
  entities: Entity[];
}

/**
 * Resolves each claim's speaker to an entity: a name to the entity that covers it (or a new person or
 * organization), a pronoun to the latest person named outside quotations or speaking before it, a
 * descriptor to the person written with the same country and role. Resolved descriptor, pronoun and handle
 * mentions are added to their entity.
 */
export function resolveSpeakers(text: string, lines: readonly Span[], drafts: DraftClaim[], input: Entity[]): Resolved {
  const entities = input.map((e) => ({ ...e, mentions: [...e.mentions] }));
  // Names inside what someone said (quoted or reported) are in that speaker's voice; a pronoun at a later
  // cue refers back to a person the writer named, not to one the speaker mentioned.
  const quoted = drafts.filter((d) => !d.post).flatMap((d) => d.spans);
  const ctx: Context = { text, entities, quoted, around: new Map(), added: [] };
  // Named speakers no entity covers become entities, fullest names first, so that a later bare surname
  // joins the full name written elsewhere.
  const named = drafts.map((d) => d.speaker).filter((sp): sp is NonNullable<typeof sp> => !!sp && sp.form === 'name' && !entityAt(ctx, sp));
  named.sort((a, b) => words(bareName(b.text)).length - words(bareName(a.text)).length || a.start - b.start);
  const lowerWords = new LowerCaseWords(text, lines);
  // "Analysts said", "Scorers:": a capitalised common noun that opens the sentence is nobody's name.
  const commonNoun = (name: string): boolean => {
    if (/\s/.test(name)) return false;
    const w = name.toLowerCase();
    const singular = w.replace(/s$/, '');
    if (isRoleNoun(w) || isRoleNoun(singular)) return true;
    // A dictionary word with no name reading ("traders", "bowling") or a demonym ("Palestinians").
    if ([w, singular].some((x) => wordClass(x) === 'w') || wordClass(w).includes('D')) return true;
    return lowerWords.has(w);
  };
  for (const sp of named) {
    const name = bareName(sp.text);
    if (!/\p{Lu}/u.test(name) || entityByName(ctx, name) || commonNoun(name)) continue;
    const type = looksLikeOrganization(name) ? 'organization' : 'person';
    const id = entityId(type, name);
    if (entities.some((x) => x.id === id)) continue;
    const created: Entity = { id, type, name, mentions: [] };
    entities.push(created);
    registerName(ctx, created, name, true);
  }
  const ante = antecedents(ctx);
  const gender = genders(text, ante);
  const speakersSoFar: Array<{ at: number; entity: Entity }> = [];
  const ids: Array<string | null> = [];
  for (const d of drafts) {
    const sp = d.speaker;
    if (!sp) {
      ids.push(null);
      continue;
    }
    let e: Entity | null = null;
    if (sp.form === 'pronoun') {
      const w = sp.text.toLowerCase();
      if (w === 'he' || w === 'she') {
        let at = -1;
        const fits = (x: Entity): boolean => (gender.get(x.id) ?? w) === w;
        for (const list of [ante, speakersSoFar]) {
          const hit = latestBefore(list, sp.start, fits);
          if (hit && hit.at > at) {
            at = hit.at;
            e = hit.entity;
          }
        }
        if (e) addMention(ctx, e, { start: sp.start, end: sp.end, text: sp.text, form: 'pronoun' });
      }
    } else {
      // A descriptor names its person by country and role; an entity spanning it is only a fallback, since a
      // descriptor such as "the Lithuanian president" can be mistaken for a name upstream.
      if (sp.form === 'descriptor') {
        e = entityByDescription(ctx, sp, sp.text);
        if (e) addMention(ctx, e, { start: sp.start, end: sp.end, text: sp.text, form: 'descriptor' });
      }
      e = e ?? entityAt(ctx, sp);
      if (!e && sp.form === 'name') {
        e = entityByName(ctx, bareName(sp.text));
        if (e) addMention(ctx, e, { start: sp.start, end: sp.end, text: sp.text, form: 'name' });
      }
      if (e && d.post) addHandle(ctx, d, e);
    }
    if (e?.type === 'person') speakersSoFar.push({ at: sp.start, entity: e });
    ids.push(e ? e.id : null);
  }
  entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entityIds: ids, entities };
}

/** An embedded post's "(@handle)" after the name is another mention of the speaker. */
function addHandle(ctx: Context, d: DraftClaim, e: Entity): void {
  const sp = d.speaker;
  if (!sp) return;
  const m = /^\s*\((@[\p{L}\p{N}_]+)\)/u.exec(ctx.text.slice(sp.end, sp.end + 60));
  if (!m) return;
  const start = sp.end + m[0].indexOf('@');
  addMention(ctx, e, { start, end: start + m[1].length, text: m[1], form: 'handle' });
}
