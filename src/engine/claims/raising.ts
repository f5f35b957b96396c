import { lowerAt, type Token } from '../text/tokens';
import { BETWEEN, phraseWithOf } from './speakers';
import { BE_CONTRACTIONS, BE_FORMS } from '../lexicon/closedClass';
import { words } from '../lexicon/words';

/**
 * A claim with no named source, carried by a raising verb: "The bank is expected to act in December",
 * "Voters appear to be moving behind Trump", "It seems that …", or a passive of reputation ("The mayor is known
 * for her temper"). Its content is the subject and the clause or object after the verb; the verb (with its
 * auxiliary and preposition) is the cue. Token indices, inclusive.
 */
export interface Raising {
  cueFirst: number;
  cueLast: number;
  /** The subject phrase, or null for an impersonal "it" ("It appears that …"). */
  subject: [number, number] | null;
  /** The first token of the content after the cue: "to" or "that". */
  contentStart: number;
}

const SEEM = words('seem seems seemed appear appears appeared');
// Passive verbs of expectation and report that raise their subject: "is expected to", "was said to".
const RAISED = words('expected believed thought said reported rumored rumoured predicted projected');
// "is expected", "it's thought", "they're said".
const BE = words(BE_FORMS, BE_CONTRACTIONS);
const DEGREE = words(`
  widely generally not also still now largely broadly increasingly initially originally only n't never best well
  perhaps probably most`);
const RELATIVES = words('who which that');
// Passive verbs of reputation and judgement with their complement: "is known for", "is widely regarded as", "has
// been criticized for" (on PolNeAR train, annotators draw a claim at 9 in 10 "known as/for", 2 in 3 "regarded
// as", 3 in 5 "criticized for"; "seen as", "viewed as", "considered" fall below one in two and are left out).
const JUDGED = words('known regarded criticized criticised');
const JUDGED_COMPLEMENT = /^(as|for)$/;

/**
 * Where the subject ending at token j starts: the noun phrase with its "of" complements ("a broader swath of
 * Republican voters"), or, when a relative clause set off by commas ends there ("The bank, which …, is"),
 * the phrase before that clause, taken with it. -1 when there is none.
 */
function subjectStart(tokens: Token[], quoted: boolean[], j: number, a: number): number {
  if (tokens[j].text === ',') {
    for (let k = j - 1; k > a; k--) {
      if (quoted[k]) return -1;
      if (tokens[k].text !== ',' || !RELATIVES.has(lowerAt(tokens, k + 1))) continue;
      return subjectStart(tokens, quoted, k - 1, a);
    }
    return -1;
  }
  const p = phraseWithOf(tokens, j, a);
  return p ? p.first : -1;
}

/** True for a lower-case word that may be the verb of a raising construction (raisingAt is null for any other). */
export function isRaisingVerb(w: string): boolean {
  return SEEM.has(w) || RAISED.has(w) || JUDGED.has(w);
}

/** The raising construction whose verb is token i, within the sentence [a, b); null when i is none. */
export function raisingAt(tokens: Token[], quoted: boolean[], i: number, a: number, b: number): Raising | null {
  const w = lowerAt(tokens, i);
  if (!isRaisingVerb(w)) return null;
  // "It appears, though, that …": a parenthetical adverb between the verb and its clause.
  let n = i + 1;
  if (lowerAt(tokens, n) === ',' && lowerAt(tokens, n + 2) === ',' && tokens[n + 1]?.kind === 'word') n += 3;
  const next = n < b && !quoted[n] ? lowerAt(tokens, n) : '';
  let cueFirst = i;
  let cueLast = i;
  if (SEEM.has(w)) {
    if (next !== 'to' && next !== 'that') return null;
  } else {
    if (RAISED.has(w) ? next !== 'to' : !JUDGED_COMPLEMENT.test(next)) return null;
    let k = i - 1;
    while (k >= a && DEGREE.has(lowerAt(tokens, k))) k--;
    if (k < a || !BE.has(lowerAt(tokens, k))) return null;
    cueFirst = k;
    // "is known for": the preposition is the cue's, its object the content.
    if (!RAISED.has(w)) cueLast = n++;
  }
  let j = cueFirst - 1;
  while (j >= a && (BETWEEN.has(lowerAt(tokens, j)) || DEGREE.has(lowerAt(tokens, j))) && !quoted[j]) j--;
  if (j < a || quoted[j]) return null;
  const sw = lowerAt(tokens, j);
  if (sw === 'it' || sw === 'there') return next === 'that' ? { cueFirst, cueLast, subject: null, contentStart: n } : null;
  if (RELATIVES.has(sw)) return { cueFirst, cueLast, subject: [j, j], contentStart: n };
  const first = subjectStart(tokens, quoted, j, a);
  const last = tokens[j].text === ',' ? j - 1 : j;
  return first < 0 ? null : { cueFirst, cueLast, subject: [first, last], contentStart: n };
}
