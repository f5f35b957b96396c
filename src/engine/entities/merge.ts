// The global pass: merges the per-line mentions into entities. Cheap by design (no tagging here).
import { bareCompanyKey } from '../lexicon/organizations';
import { countryByName } from '../lexicon/places';
import { isRoleNoun, isTitle } from '../lexicon/roles';
import type { Entity, EntityType, Mention } from '../types';
import { wordClass } from './gazetteer';
import { gluedOrganizationEnd } from './gluedOrganization';
import { writtenOf, type LineMention } from './lineMention';
import { memoized } from '../memo';

const NAMED: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place']);

interface Group {
  type: EntityType;
  key: string;
  mentions: LineMention[];
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
// The words of a mention's text, memoised (see ../memo) as every analysis splits every mention several times;
// shared lists, never changed.
const wordsOf = memoized(words);
const keyOf = memoized((s: string): string => words(s.normalize('NFC').toLowerCase()).join(' '));

const WORD_AT_START = /^(\S+)\s+/u;
// A generational suffix ending a person's name key ("martin luther king jr."): see ./nameShapes GENERATIONAL.
const GENERATIONAL_KEY_END = / (?:jr\.?|sr\.?|ii|iii|iv)$/u;

/** A person's name key without its generational suffix ("martin luther king" for "martin luther king jr."). */
const withoutSuffix = (key: string): string => key.replace(GENERATIONAL_KEY_END, '');
/** The last word of a person's name key before any generational suffix (the surname). */
const surnameKey = (key: string): string => {
  const bare = withoutSuffix(key);
  return bare.slice(bare.lastIndexOf(' ') + 1);
};

/**
 * A multi-word name tagged as an organization or place whose last word is elsewhere tagged alone as a person
 * ("Lithuania's Gitanas Nausėda" … "Nausėda said") is that person's full name, less any organization glued
 * before it ("the Washington Post Trump said" … "Trump"), which stays an organization of its own.
 */
function retypeFullNames(text: string, mentions: LineMention[]): LineMention[] {
  const surnames = new Set<string>();
  for (const m of mentions) {
    const key = keyOf(writtenOf(text, m));
    if (m.type === 'person' && !key.includes(' ')) surnames.add(key);
  }
  const out: LineMention[] = [];
  for (const m of mentions) {
    out.push(m);
    if (m.type !== 'organization' && m.type !== 'place') continue;
    const written = wordsOf(writtenOf(text, m));
    if (written.length < 2 || !written.every((w) => /^\p{Lu}/u.test(w))) continue;
    if (!surnames.has(keyOf(written[written.length - 1]))) continue;
    const glued = gluedOrganizationEnd(written);
    if (glued >= 0) {
      const spans = wordSpans(text, m);
      if (glued > 0) out.splice(out.length - 1, 0, { start: m.start, end: spans[glued].end, type: 'organization' });
      m.start = spans[glued + 1].start;
      m.text = text.slice(m.start, m.end);
    }
    m.type = 'person';
    // A title or role written before the name ("Hydrologist Jane Roe") is not part of it.
    const lead = WORD_AT_START.exec(writtenOf(text, m));
    if (lead && (isTitle(lead[1]) || isRoleNoun(lead[1]))) {
      m.start += lead[0].length;
      m.text = text.slice(m.start, m.end);
    }
  }
  return out;
}

/** Where each space-separated word of a mention starts and ends. */
function wordSpans(text: string, m: LineMention): Array<{ start: number; end: number }> {
  return [...writtenOf(text, m).matchAll(/\S+/gu)].map((w) => ({ start: m.start + w.index, end: m.start + w.index + w[0].length }));
}

/**
 * A one-word organization or place mention that is the surname of a person the article names in full ("Ann
 * Lee" … "said Roe and Lee") is that person, unless the lexicons know the word as a place.
 */
function retypeSurnames(text: string, mentions: LineMention[]): void {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const key = keyOf(writtenOf(text, m));
    if (withoutSuffix(key).includes(' ')) surnames.add(surnameKey(key));
  }
  if (!surnames.size) return;
  for (const m of mentions) {
    if (m.type !== 'organization' && m.type !== 'place') continue;
    const key = keyOf(writtenOf(text, m));
    if (surnames.has(key) && !key.includes(' ') && lexiconType(key) !== 'place') m.type = 'person';
  }
}

/** The type a lexicon gives a name, used to break a tie between the types it was tagged with. */
function lexiconType(key: string): EntityType | undefined {
  if (countryByName(key)) return 'place';
  const cls = wordClass(key);
  if (/[CPS]/.test(cls)) return 'place';
  if (/O/.test(cls)) return 'organization';
  if (/[FLN]/.test(cls)) return 'person';
  return undefined;
}

// A mention's vote for its type weighs the tagger's lead for that type over the next class (./typeLeads), so
// that one confident mention outvotes a few doubtful ones; a mention a rule typed weighs a middling lead, and one
// whose type its form or preposition makes certain ("in Zürich") that of three confident ones.
const RULE_VOTE = 50;
const SURE_VOTE = 300;
const voteOf = (m: LineMention): number => (m.sure ? SURE_VOTE : Math.max(1, m.typeLead ?? RULE_VOTE));
// An unknown name tagged a person once and a place once ("beneath Zürich's" / "in Zürich") is more often the
// place: the tagger, trained on English names, takes foreign words for surnames.
const TIE_ORDER: readonly EntityType[] = ['place', 'organization', 'person'];

/**
 * One name written with two types in one article ("US" an organization here, a place there) is one entity:
 * every mention takes the type its mentions' votes favour (see voteOf), a tie going to the
 * lexicon's type, else to TIE_ORDER; a country in the lexicon is a place. Applied (by ./index) before names spread,
 * so that spread copies do not vote.
 */
export function unifyTypes(text: string, mentions: LineMention[]): void {
  retypeSurnames(text, mentions);
  const votes = new Map<string, Map<EntityType, number>>();
  const sure = new Set<string>();
  for (const m of mentions) {
    if (!NAMED.has(m.type)) continue;
    const key = keyOf(writtenOf(text, m));
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + voteOf(m));
    if (m.sure) sure.add(key);
    votes.set(key, v);
  }
  const winner = new Map<string, EntityType>();
  for (const [key, v] of votes) {
    // A city is a place and also names its sports team ("Chicago beat Detroit"): an organization / place
    // split stands, except for a country, which news names as a place, and a name sure of its type.
    if (v.size < 2 || (!v.has('person') && !countryByName(key) && !sure.has(key))) continue;
    const top = Math.max(...v.values());
    const tied = [...v].filter(([, n]) => n === top).map(([t]) => t);
    const lex = lexiconType(key);
    const pick = tied.length === 1 ? tied[0] : lex && tied.includes(lex) ? lex : TIE_ORDER.find((t) => tied.includes(t))!;
    winner.set(key, countryByName(key) ? 'place' : pick);
  }
  for (const m of mentions) {
    if (!NAMED.has(m.type)) continue;
    const t = winner.get(keyOf(writtenOf(text, m)));
    if (t) m.type = t;
  }
}

/**
 * A company's bare name ("Alpentrans" for "Alpentrans AG") is that company, whatever the tagger guessed:
 * returns bare key → full key, after retyping the bare mentions as organizations.
 */
function companyShortNames(text: string, mentions: LineMention[]): Map<string, string> {
  const full = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    const key = keyOf(writtenOf(text, m));
    const bare = bareCompanyKey(key);
    if (bare) full.set(bare, key.replace(/\.$/, ''));
  }
  if (full.size) {
    for (const m of mentions) {
      if (NAMED.has(m.type) && full.has(keyOf(writtenOf(text, m)))) m.type = 'organization';
    }
  }
  return full;
}

/** The grouping key of a name: aliases of one country ("US", "U.S.", "United States") share their country's. */
function nameKey(type: EntityType, written: string, companies: ReadonlyMap<string, string>): string {
  const country = type === 'place' ? countryByName(written) : undefined;
  if (country) return keyOf(country.name);
  // "Lear Corp." and "Lear Corp" (its period taken as the full stop at a line's end) are one company.
  const key = type === 'organization' ? keyOf(written).replace(/\.$/, '') : keyOf(written);
  return (type === 'organization' && companies.get(key)) || key;
}

/**
 * True when the person's name `short` ends the longer name `full` ("Nausėda", "Gitanas Nausėda"), before its
 * generational suffix too: "King" and "Martin Luther King" end "Martin Luther King Jr.". A name with a suffix ends
 * only a name with the same one (the father's "… Sr." is not the son's "… Jr.").
 */
function endsName(full: string, short: string): boolean {
  if (full.length <= short.length) return false;
  if (full.endsWith(' ' + short)) return true;
  const bare = withoutSuffix(full);
  return bare !== full && withoutSuffix(short) === short && (bare === short || bare.endsWith(' ' + short));
}

/** For a shorter person name ("Nausėda"), the group of the fuller name it ends ("Gitanas Nausėda"), if any. */
function fullerName(short: Group, candidates: readonly Group[], merged: ReadonlyMap<Group, Group>): Group | undefined {
  const first = short.mentions[0].start;
  let best: Group | undefined;
  for (const g of candidates) {
    if (merged.has(g) || !endsName(g.key, short.key)) continue;
    // Prefer the fuller name written most recently before the short one, else the first one after it.
    const before = g.mentions[0].start < first;
    const bestBefore = best !== undefined && best.mentions[0].start < first;
    if (!best || (before && (!bestBefore || g.mentions[0].start > best.mentions[0].start))
      || (!before && !bestBefore && g.mentions[0].start < best.mentions[0].start)) {
      best = g;
    }
  }
  return best;
}

const nameOf = memoized((written: string): string => wordsOf(written).join(' '));

/** The fullest name written: most words, then not in capitals, then first written. */
function canonical(text: string, mentions: LineMention[]): string {
  let best = '';
  let bestScore = -1;
  for (const m of mentions) {
    const name = nameOf(writtenOf(text, m));
    const score = wordsOf(name).length * 2 + (/\p{Ll}/u.test(name) || !/\p{L}/u.test(name) ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [name, score];
  }
  return best;
}

/** Merges mentions (absolute offsets, sorted) into entities sorted by first mention, with stable ids. */
export function mergeMentions(text: string, lineMentions: LineMention[]): Entity[] {
  const mentions = retypeFullNames(text, lineMentions);
  const companies = companyShortNames(text, mentions);
  // Groups by type, then by key (a memoised string, whose hash is kept), and in the order they were made.
  const byType = new Map<EntityType, Map<string, Group>>();
  const groups: Group[] = [];
  const byStart = new Map<number, Group>();
  const owned: LineMention[] = [];
  const group = (m: LineMention): void => {
    const written = writtenOf(text, m);
    // Handles and hashtags are case-insensitive; URLs and dates are kept as written.
    const key = m.type === 'url' || m.type === 'date' ? written : nameKey(m.type, written, companies);
    let ofType = byType.get(m.type);
    if (!ofType) byType.set(m.type, (ofType = new Map()));
    let g = ofType.get(key);
    if (!g) {
      ofType.set(key, (g = { type: m.type, key, mentions: [] }));
      groups.push(g);
    }
    g.mentions.push(m);
    byStart.set(m.start, g);
  };
  // A handle or an organization's head noun written alone (./headReferences) joins the entity of the name it belongs to.
  for (const m of mentions) {
    if (m.ownerStart !== undefined) owned.push(m);
    else group(m);
  }
  // Shorter person names join the fuller names they end; shortest first, so chains resolve.
  const people = groups.filter((g) => g.type === 'person');
  // Names by their last word, so that each shorter name is compared with the few names it may end.
  const byLastWord = new Map<string, Group[]>();
  for (const g of people) {
    const last = surnameKey(g.key);
    const list = byLastWord.get(last);
    if (list) list.push(g);
    else byLastWord.set(last, [g]);
  }
  const merged = new Map<Group, Group>();
  // Each comparison of the sort asks it: the memoised words of the key, not a new split each time.
  const length = (g: Group): number => wordsOf(g.key).length;
  for (const g of [...people].sort((a, b) => length(a) - length(b))) {
    const target = fullerName(g, byLastWord.get(surnameKey(g.key)) ?? [], merged);
    if (!target) continue;
    for (const m of g.mentions) target.mentions.push(m);
    merged.set(g, target);
  }
  const resolve = (g: Group): Group => {
    let r = g;
    while (merged.has(r)) r = merged.get(r)!;
    return r;
  };
  for (const h of owned) {
    const owner = byStart.get(h.ownerStart!);
    // A head noun whose name was retyped or dropped on the way is a name of its own; a handle goes with its owner only.
    if (owner && (h.type === 'handle' || owner.type === h.type)) resolve(owner).mentions.push(h);
    else if (h.type !== 'handle') group(h);
  }
  const entities: Entity[] = [];
  const ids = new Set<string>();
  for (const g of groups) {
    if (merged.has(g)) continue;
    g.mentions.sort((a, b) => a.start - b.start);
    const named = g.mentions.filter((m) => !(m.type === 'handle' && g.type !== 'handle'));
    const name = canonical(text, named.length ? named : g.mentions);
    const base = `${g.type}:${words(name.toLowerCase()).join('-')}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    entities.push({ id, type: g.type, name, mentions: g.mentions.map((m) => toMention(text, m, g.type)) });
  }
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

function toMention(text: string, m: LineMention, entityType: EntityType): Mention {
  const form = m.type === 'handle' ? 'handle' : NAMED.has(entityType) ? 'name' : 'other';
  return { start: m.start, end: m.end, text: writtenOf(text, m), form };
}
