// Abbreviations of things an article defines: an agreement's, a treaty's, a program's or a project's name with its
// abbreviation in brackets after it ("the Harlow Wind Lease Agreement (\"HWLA\")", "the Tarvik Fishing
// Treaty (TFT)") names a document or a plan, no organization, however the tagger reads the capitals of the
// abbreviation alone ("under the HWLA"): none of its mentions is a name.
import type { EntityType } from '../types';
import { writtenOf, type LineMention } from './lineMention';
import { compiledNow } from '../text/compiledNow';

// The head nouns of things, not bodies, that names of agreements, laws and plans end in.
const THING_HEADS = /^(?:Agreement|Contract|Treaty|Accord|Act|Protocol|Program|Programme|Project|Plan|Policy|Memorandum|Guaranty|Guarantee|License|Licence|Lease)$/u;
// A capitalised name's last word, then its abbreviation in brackets, quoted or not: "… Agreement (\"HWLA\")".
// Sticky: tried only where definitions finds a bracket after a capitalised word.
const DEFINED = compiledNow(/(\p{Lu}[\p{L}-]*)\s*\(\s*["“]?(\p{Lu}[\p{Lu}&]{1,7})["”]?\s*\)/uy);
const SPACE = /\s/u;
const NAME_CHAR = /[\p{L}-]/u;
const UPPER = /^\p{Lu}/u;
const NAMED: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place']);

/**
 * `mentions` (sorted) without the named mentions of an abbreviation the text defines after a thing's name (see
 * THING_HEADS) whose first word or head begins with the abbreviation's first letter and whose head begins with its
 * last letter.
 */
export function withoutThingAbbreviations(text: string, mentions: LineMention[]): LineMention[] {
  if (!text.includes('(')) return mentions;
  const things = new Set<string>();
  for (const m of definitions(text)) {
    const [, head, abbreviation] = m;
    if (!THING_HEADS.test(head) || abbreviation[abbreviation.length - 1] !== head[0]) continue;
    // The name's words before the head, back to the start of its capitalised run: one must begin with the first letter.
    const before = text.slice(Math.max(0, m.index - 80), m.index).split(/\s+/u).reverse();
    const run: string[] = [];
    for (const w of before) {
      if (!w) continue;
      if (!/^\p{Lu}/u.test(w)) break;
      run.push(w);
    }
    if (run.some((w) => w[0] === abbreviation[0])) things.add(abbreviation);
  }
  if (!things.size) return mentions;
  return mentions.filter((m) => !(NAMED.has(m.type) && things.has(writtenOf(text, m))));
}

/**
 * What `text.matchAll(DEFINED)` would give with DEFINED global, found from the brackets: a match ends its word right
 * before the spaces and the bracket, and starts at the word's first capital. Scanning a long article for a capital
 * that may open a match took a second for 10 MB, where the brackets are found in a few milliseconds.
 */
function* definitions(text: string): Generator<RegExpExecArray> {
  let from = 0; // where the global scan would go on: after the last match
  for (let bracket = text.indexOf('('); bracket >= 0; bracket = text.indexOf('(', Math.max(bracket + 1, from))) {
    const start = wordStartBefore(text, bracket, from);
    if (start < 0) continue;
    DEFINED.lastIndex = start;
    const m = DEFINED.exec(text);
    if (!m) continue;
    from = DEFINED.lastIndex;
    yield m;
  }
}

/**
 * The first capital, at or after `from`, of the run of letters and hyphens that ends where the spaces before `at`
 * begin, or -1: where DEFINED can match with the bracket at `at`. Read by code point, as the pattern's u flag does.
 */
function wordStartBefore(text: string, at: number, from: number): number {
  let end = at;
  while (end > from && SPACE.test(text[end - 1])) end--;
  let start = -1;
  for (let i = end; i > from;) {
    const c = codePointBefore(text, i);
    if (!NAME_CHAR.test(c)) break;
    i -= c.length;
    if (UPPER.test(c)) start = i;
  }
  return start;
}

/** The character that ends at `i`: a surrogate pair whole. */
function codePointBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return text.slice(pair ? i - 2 : i - 1, i);
}
