// Word classes from general lexicons, used as tagger features: compromise's lexicon (first and last names,
// cities, countries, regions, organizations, sports teams, demonyms, honorifics, months and weekdays; a
// snapshot in model/lexicon.ts, so that the engine does not load compromise) and our own place and role
// lexicons. Only dictionary look-ups: compromise's parser is far too slow for 1 MB texts.
import { COUNTRIES, REGIONS, US_STATES } from '../lexicon/places';
import { TITLES } from '../lexicon/roles';
import { LEXICON } from './model/lexicon';

function buildClasses(): Map<string, string> {
  const classes = new Map<string, string>();
  let cls = '';
  for (const line of LEXICON.split('\n')) {
    if (line[0] === '#') cls = line.slice(1);
    else classes.set(line, cls);
  }
  const add = (key: string, cls: string): void => {
    const have = classes.get(key) ?? '';
    if (!have.includes(cls)) classes.set(key, have + cls);
  };
  for (const c of COUNTRIES) {
    for (const n of [c.name, ...c.aliases]) add(n.toLowerCase(), 'C');
    for (const d of c.demonyms) add(d.toLowerCase(), 'D');
    add(c.capital.toLowerCase(), 'P');
  }
  for (const s of US_STATES) add(s.toLowerCase(), 'S');
  for (const r of REGIONS) add(r.toLowerCase(), 'P');
  for (const t of TITLES) add(t.toLowerCase(), 'R');
  return classes;
}

let classes: Map<string, string> | undefined;
// First words and first two words of the multi-word entries, so that most words skip the phrase look-ups
// (a first word alone lets through every "the" and "new").
const phraseStarts = new Set<string>();
const phrasePairs = new Set<string>();
let longest = 1;

function lexicon(): Map<string, string> {
  if (!classes) {
    classes = buildClasses();
    for (const k of classes.keys()) {
      // Most entries are one word: only the few others are split (a fresh worker's start-up reads them all).
      if (!k.includes(' ')) continue;
      const parts = k.split(' ');
      phraseStarts.add(parts[0]);
      phrasePairs.add(`${parts[0]} ${parts[1]}`);
      longest = Math.max(longest, Math.min(4, parts.length));
    }
  }
  return classes;
}

/** The lexicon classes of one lower-cased word ('' when unknown). */
export function wordClass(lower: string): string {
  return lexicon().get(lower) ?? '';
}

/**
 * For each word, the class of the longest multi-word lexicon entry covering it, prefixed with its position
 * ('B' first, 'I' inside), or '' when none; e.g. "New York" → ["BP", "IP"].
 */
export function phraseClasses(lowers: readonly string[]): string[] {
  const lex = lexicon();
  const out = new Array<string>(lowers.length).fill('');
  for (let i = 0; i < lowers.length;) {
    let matched = 0;
    if (!phraseStarts.has(lowers[i]) || i + 1 >= lowers.length || !phrasePairs.has(`${lowers[i]} ${lowers[i + 1]}`)) {
      i++;
      continue;
    }
    for (let n = Math.min(longest, lowers.length - i); n >= 2 && !matched; n--) {
      const cls = lex.get(lowers.slice(i, i + n).join(' '));
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
