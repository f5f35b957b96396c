// Word classes from general lexicons, used as tagger features: compromise's lexicon (first and last names,
// cities, countries, regions, organizations, sports teams, demonyms, honorifics, months and weekdays; a
// snapshot in model/lexicon.ts, so that the engine does not load compromise) and our own place and role
// lexicons. Only dictionary look-ups: compromise's parser is far too slow for 1 MB texts.
import { COUNTRIES, REGIONS, US_STATES } from '../lexicon/places';
import { TITLES } from '../lexicon/roles';
import { TextLines } from '../text/textLines';
import { LEXICON } from './model/lexicon';
import { memoized } from '../memo';

/** One class's words in the snapshot: lines start…end - 1, sorted (the generator sorts each class's words). */
interface Section {
  cls: string;
  start: number;
  end: number;
}

/**
 * The snapshot is searched where it lies, a binary search in each class's sorted lines, and the classes of the
 * words looked up are kept: splitting it and mapping its 25,000 words was a large part of a fresh worker's first
 * analysis, which looks up a few thousand. `extra` holds the class letters our own lexicons add.
 */
interface Lexicon {
  lines: TextLines;
  sections: Section[];
  extra: Map<string, string>;
  /** Words searched for so far, until `index` is built (see SEARCHES_BEFORE_INDEX). */
  searches: number;
  /** Every snapshot word's class, built after SEARCHES_BEFORE_INDEX searches. */
  index?: Map<string, string>;
}

/**
 * Words searched for before the snapshot's words are read into a map of their classes: a fresh worker's first
 * articles never get there, while a huge article searches for tens of thousands of words, each a binary search in
 * every class's section, and those searches were about 2 % of its per-line time (the map costs a few milliseconds).
 */
const SEARCHES_BEFORE_INDEX = 5_000;

// Distinct words looked up before the kept classes are dropped (memory stays bounded on huge inputs).
const KNOWN_LIMIT = 100_000;

let lexiconData: Lexicon | undefined;
// The first two words of the multi-word entries, the second by the first, so that most words skip the phrase
// look-ups (a first word alone lets through every "the" and "new") without a string made for each pair of words.
const phraseSeconds = new Map<string, Set<string>>();
let longest = 1;

function notePhrase(key: string): void {
  // Most entries are one word: only the few others are split.
  if (!key.includes(' ')) return;
  const parts = key.split(' ');
  let seconds = phraseSeconds.get(parts[0]);
  if (!seconds) phraseSeconds.set(parts[0], (seconds = new Set()));
  seconds.add(parts[1]);
  longest = Math.max(longest, Math.min(4, parts.length));
}

/** Gives `add` each lower-cased word of our own place and role lexicons with the class letter it adds. */
export function addOwnClasses(add: (key: string, cls: string) => void): void {
  for (const c of COUNTRIES) {
    for (const n of [c.name, ...c.aliases]) add(n.toLowerCase(), 'C');
    for (const d of c.demonyms) add(d.toLowerCase(), 'D');
    add(c.capital.toLowerCase(), 'P');
  }
  for (const s of US_STATES) add(s.toLowerCase(), 'S');
  for (const r of REGIONS) add(r.toLowerCase(), 'P');
  for (const t of TITLES) add(t.toLowerCase(), 'R');
}

function lexicon(): Lexicon {
  if (lexiconData) return lexiconData;
  const lines = new TextLines(LEXICON);
  const headers = lines.startingWith('#');
  const sections = headers.map((h, k): Section => ({ cls: lines.line(h).slice(1), start: h + 1, end: headers[k + 1] ?? lines.count }));
  const isHeader = new Set(headers);
  for (const i of lines.holding(' ')) if (!isHeader.has(i)) notePhrase(lines.line(i));
  const data: Lexicon = { lines, sections, extra: new Map(), searches: 0 };
  // Only the letters to add are kept here; a word's snapshot class is searched for when the word is looked up.
  const add = (key: string, cls: string): void => {
    const have = data.extra.get(key) ?? '';
    if (!have.includes(cls)) data.extra.set(key, have + cls);
  };
  addOwnClasses(add);
  for (const key of data.extra.keys()) notePhrase(key);
  return (lexiconData = data);
}

/** The snapshot's class of a word ('' when it lists none); a word is listed under one class at most. */
function listed(lex: Lexicon, word: string): string {
  if (!lex.index && ++lex.searches >= SEARCHES_BEFORE_INDEX) lex.index = indexOf(lex);
  if (lex.index) return lex.index.get(word) ?? '';
  for (const { cls, start, end } of lex.sections) if (lex.lines.find(word, start, end) >= 0) return cls;
  return '';
}

/** Each snapshot word's class, the first section's as the search finds it. */
function indexOf({ lines, sections }: Lexicon): Map<string, string> {
  const index = new Map<string, string>();
  for (const { cls, start, end } of sections) {
    for (let i = start; i < end; i++) {
      const word = lines.line(i);
      if (!index.has(word)) index.set(word, cls);
    }
  }
  return index;
}

/** The lexicon classes of one lower-cased word ('' when unknown); the classes of the words looked up are kept. */
export const wordClass = memoized((lower: string): string => {
  const lex = lexicon();
  let cls = listed(lex, lower);
  for (const c of lex.extra.get(lower) ?? '') if (!cls.includes(c)) cls += c;
  return cls;
}, KNOWN_LIMIT);

/** True when the lexicons list a lower-cased word or phrase as a place (country, city, region) and not as an organization. */
export function listedAsPlaceOnly(lower: string): boolean {
  const cls = wordClass(lower);
  return /[CPS]/.test(cls) && !cls.includes('O');
}

/** True when a multi-word lexicon entry starts with these two lower-cased words (phraseClasses looks no further). */
export function startsPhrase(first: string, second: string): boolean {
  lexicon();
  return phraseSeconds.get(first)?.has(second) ?? false;
}

/**
 * For each word, the class of the longest multi-word lexicon entry covering it, prefixed with its position
 * ('B' first, 'I' inside), or '' when none; e.g. "New York" → ["BP", "IP"].
 */
export function phraseClasses(lowers: readonly string[]): string[] {
  lexicon();
  const out = new Array<string>(lowers.length).fill('');
  for (let i = 0; i < lowers.length;) {
    let matched = 0;
    if (i + 1 >= lowers.length || !phraseSeconds.get(lowers[i])?.has(lowers[i + 1])) {
      i++;
      continue;
    }
    for (let n = Math.min(longest, lowers.length - i); n >= 2 && !matched; n--) {
      const cls = wordClass(lowers.slice(i, i + n).join(' '));
      if (cls && cls !== 'w') {
        const c = cls.replace('w', '').charAt(0);
        out[i] = 'B' + c;
        for (let k = 1; k < n; k++) out[i + k] = 'I' + c;
        matched = n;
      }
    }
    i += matched || 1;
  }
  return out;
}
