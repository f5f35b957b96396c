import { countryByDemonym, countryByName } from '../lexicon/places';
import { isRoleNoun, roleOfTitle, sameRoleFamily } from '../lexicon/roles';
import type { Entity, Mention, Span } from '../types';
import { firstEndingAfter, lastBefore } from './spans';
import { spaceSeparated } from '../text/tokens';
import { words } from '../lexicon/words';
import { memoized } from '../memo';
import { aroundSpan } from '../windowCache';
import { Scoped } from '../scoped';
import { compiledNow } from '../text/compiledNow';
import { withoutPossessive, wordsBefore } from '../text/wordsBefore';
import { DESCRIPTOR_MODIFIERS } from './references';

/** Country and role words of a descriptor such as "the Lithuanian leader" or "Russia's president". */
export interface Description {
  country: string | null;
  roles: string[];
}

function describeUncached(text: string): Description {
  let country: string | null = null;
  const roles: string[] = [];
  for (const raw of spaceSeparated(text)) {
    const w = withoutPossessive(raw.replace(/[,.]$/, ''));
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
const described = new Map<string, Description>();
export function describe(text: string): Description {
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
  return aroundSpan('name-context', text, m, 60, 170, () => {
    const window = text.slice(Math.max(0, m.start - 60), m.start);
    return contextAround(`${window.length} ${window}${text.slice(m.end, m.end + 170)}`);
  });
}

/** Descriptions of a text's name mentions made ahead (see describeNames), by mention start. */
export interface NameDescriptions {
  text: string;
  /** `description` of the words around the name (nameContext), `own` of its own phrase (ownPhrase). */
  byStart: Map<number, { end: number; description: Description; own: Description }>;
}

const ahead = new Scoped<NameDescriptions>();

/**
 * What the words around each person's name mention say of it, as the descriptor index (groupsOf) and the roles by
 * person (../pronouns rolesByPerson) will ask: made ahead of the analysis's speaker resolution, it is found there
 * while `withNameDescriptions` runs it.
 */
export function describeNames(text: string, entities: readonly Entity[]): NameDescriptions {
  const byStart: NameDescriptions['byStart'] = new Map();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      if (m.form !== 'name' || byStart.has(m.start)) continue;
      byStart.set(m.start, { end: m.end, description: describe(nameContext(text, m)), own: describe(ownPhrase(text, m)) });
    }
  }
  return { text, byStart };
}

/** Runs `run` (the claims of an analysis of `names.text`) with the name descriptions made ahead. */
export function withNameDescriptions<T>(names: NameDescriptions, run: () => T): T {
  return ahead.run(names, run);
}

/** What was made ahead for the same mention of the same text, if anything. */
function madeAhead(text: string, m: Span): { description: Description; own: Description } | undefined {
  const known = ahead.current?.text === text ? ahead.current.byStart.get(m.start) : undefined;
  return known?.end === m.end ? known : undefined;
}

/** describe(nameContext(text, m)), or the same made ahead. */
function nameDescription(text: string, m: Span): Description {
  return madeAhead(text, m)?.description ?? describe(nameContext(text, m));
}

/** describe(ownPhrase(text, m)), or the same made ahead. */
export function ownDescription(text: string, m: Span): Description {
  return madeAhead(text, m)?.own ?? describe(ownPhrase(text, m));
}

// "Jo Roe, one of the president's aides": a role in the possessive is someone else's.
const OTHERS_ROLE = /[\p{L}-]+['’]s?(?=\s)/gu;
// How many words just before a name may be its titles and roles ("Lithuanian President", "Lithuania's").
const WORDS_BEFORE = 5;
// An appositive after a name: ", the Lithuanian president,".
const APPOSITIVE = /^(?:\s*\([^()\n]{0,60}\))?,\s*(?:(?:the|a|an)\s|\p{Ll})[^,.;\n]{1,90}/u;

/**
 * The words that describe a name in its own phrase: the titles and roles right before it, up to the first
 * word that is neither ("President Joe Roe met Ann Lee" gives Ann Lee none), and its appositive.
 */
function ownPhrase(text: string, m: Span): string {
  // Within the name's paragraph: a title-case headline ending just before ("… After Latest Police Shooting.")
  // holds no title of the name that opens the next line.
  const window = text.slice(Math.max(0, m.start - 60), m.start);
  const preceding = window.slice(window.lastIndexOf('\n') + 1);
  const following = text.slice(m.end, m.end + 170);
  // Memoised by the text around the name: every analysis describes every person's name mentions, and an
  // incremental one meets the same phrases after each edit (the regexes were a fifth of an edit's time).
  const key = `${preceding.length} ${preceding}${following}`;
  let phrase = phrases.get(key);
  if (phrase === undefined) {
    if (phrases.size >= 50_000) phrases.clear();
    phrases.set(key, (phrase = phraseAround(preceding, following)));
  }
  return phrase;
}
// What a role phrase drops: all but letters, spaces, apostrophes and hyphens.
const NOT_IN_ROLE = compiledNow(/[^\p{L}\s'’-]/gu);
const phrases = new Map<string, string>();

function phraseAround(preceding: string, following: string): string {
  const lead = wordsBefore(preceding, WORDS_BEFORE);
  const before = lead ? lead.trim().split(/\s+/) : [];
  let i = before.length;
  while (i > 0 && (/^\p{Lu}/u.test(before[i - 1]) || isRoleNoun(before[i - 1].toLowerCase()) || DESCRIPTOR_MODIFIERS.has(before[i - 1].toLowerCase()))) i--;
  const after = APPOSITIVE.exec(following)?.[0] ?? '';
  return `${before.slice(i).map(roleOfTitle).join(' ')} ${after.replace(OTHERS_ROLE, ' ')}`.replace(NOT_IN_ROLE, ' ');
}

/** nameContext of "<length of the text before> <the text before><the text after>", memoised (see ../memo). */
const contextAround = memoized((key: string): string => {
  const cut = key.indexOf(' ');
  const window = key.slice(cut + 1, cut + 1 + Number(key.slice(0, cut)));
  const following = key.slice(cut + 1 + window.length);
  const pieces = window.split(/[,.;:!?“”"(\n]/);
  let before = pieces[pieces.length - 1];
  // "Poland's agriculture minister, Agnieszka Małecka": the description stands before the comma.
  if (!/\p{L}/u.test(before) && pieces.length > 1 && /,\s*$/.test(window)) before = pieces[pieces.length - 2];
  const after = /^(?:\s*\([^()\n]{0,60}\))?,\s*(?:(?:the|a|an)\s|\p{Ll})[^,.;\n]{1,90}/u.exec(following);
  return `${before} ${after ? after[0] : ''}`.replace(/[^\p{L}\s'’-]/gu, ' ');
});

const GENERIC_ROLES = words('leader head official officials chief');

/** What person descriptors are compared with: the text, its entities and the descriptions of their name mentions, by start. */
export interface DescriptorScope {
  text: string;
  entities: readonly Entity[];
  around: Map<number, Description>;
}

/** A person's name mention as a descriptor candidate; `order` is its place in a scan of the entities' mentions. */
interface Candidate {
  at: number;
  order: number;
  entity: Entity;
  mention: Mention;
  /** The entity's mention list when indexed: resolution may replace it with one that drops this mention. */
  list: readonly Mention[];
}

/** Candidates whose name phrases have the same country and role words, in text order. */
interface Group {
  around: Description;
  candidates: Candidate[];
}

/**
 * The person name mentions grouped by what their phrases say, built once per scope: a descriptor then looks
 * at the latest candidate before it in each group rather than at every mention before it (quadratic on long
 * texts). Entities made during resolution have no mentions until it ends, so the index only ever loses some.
 */
const indexes = new WeakMap<DescriptorScope, Map<string, Group>>();
// The group key of a description (country and sorted roles); descriptions are memoised (see describe), so their
// keys are made once rather than once per mention per analysis.
const keys = new WeakMap<Description, string>();
function groupKey(d: Description): string {
  let key = keys.get(d);
  if (key === undefined) keys.set(d, (key = `${d.country ?? ''}\n${[...new Set(d.roles)].sort().join(' ')}`));
  return key;
}
function groupsOf(scope: DescriptorScope): Map<string, Group> {
  let groups = indexes.get(scope);
  if (groups) return groups;
  groups = new Map();
  let order = 0;
  for (const e of scope.entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      if (m.form !== 'name') continue;
      let around = scope.around.get(m.start);
      if (!around) scope.around.set(m.start, (around = nameDescription(scope.text, m)));
      // A phrase with neither a country nor a role matches no descriptor.
      if (!around.country && around.roles.length === 0) continue;
      const key = groupKey(around);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { around, candidates: [] }));
      group.candidates.push({ at: m.start, order: order++, entity: e, mention: m, list: e.mentions });
    }
  }
  for (const g of groups.values()) g.candidates.sort((a, b) => a.at - b.at || a.order - b.order);
  indexes.set(scope, groups);
  return groups;
}

/**
 * Whether resolution has not since taken the candidate's mention from its entity (see reassign): looked for among the
 * mentions of the entity's sorted list (new after each change) that end after it starts and start no later.
 */
function live(c: Candidate): boolean {
  const list = c.entity.mentions;
  if (list === c.list) return true;
  for (let i = firstEndingAfter(list, c.mention.start); i < list.length && list[i].start <= c.mention.start; i++) if (list[i] === c.mention) return true;
  return false;
}

/** The group's latest live candidate before `pos`, the first scanned among those at the same place. */
function latestBefore(candidates: readonly Candidate[], pos: number): Candidate | null {
  let best: Candidate | null = null;
  for (let i = lastBefore(candidates, pos); i >= 0 && (!best || candidates[i].at === best.at); i--) {
    if (live(candidates[i]) && (!best || candidates[i].order < best.order)) best = candidates[i];
  }
  return best;
}

/**
 * The person a descriptor denotes: a person written near the same country and role ("Russian President
 * Vladimir Putin" for "the Russian president"), the latest such before the descriptor.
 */
export function personByDescription(scope: DescriptorScope, d: Span, text: string): Entity | null {
  const { country, roles } = describe(text);
  if (!country && roles.length === 0) return null;
  if (!country && roles.every((r) => GENERIC_ROLES.has(r))) return null;
  // The highest score, then the latest mention, then the first scanned (the order of a scan of all mentions).
  let best: { score: number; candidate: Candidate } | null = null;
  for (const { around, candidates } of groupsOf(scope).values()) {
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
    const c = latestBefore(candidates, d.start);
    if (!c) continue;
    if (!best || score > best.score || (score === best.score && (c.at > best.candidate.at || (c.at === best.candidate.at && c.order < best.candidate.order)))) {
      best = { score, candidate: c };
    }
  }
  return best?.candidate.entity ?? null;
}
