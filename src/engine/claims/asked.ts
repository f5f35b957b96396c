import { lowerAt, type Token } from '../text/tokens';
import { words } from '../lexicon/words';

/**
 * A question put to someone and reported without its asker: "Asked whether he would run, Smith said …",
 * "… when asked about the loan", "She was asked if …". The question is a claim of its own (the asker is
 * rarely named), and the answer's attribution starts after it. Token indices, inclusive.
 */
export interface AskedClause {
  cueFirst: number;
  cueLast: number;
  /** The first token of the question: the wh-word or "whether"/"if", or the topic after "about". */
  contentStart: number;
}

const QUESTION_WORDS = words('whether if what how why who whom when where which');
const ADVERBS = words(`
  specifically directly later again repeatedly recently also previously once then pointedly bluntly twice`);
// What may stand before "asked" when no one asking is named: the sentence start, a subordinator, a passive auxiliary.
const PASSIVE_AUXILIARIES = words('is are was were been being be');
const LEADS = words(PASSIVE_AUXILIARIES, 'when after if once as while before until , — –');

// The verb of an asked clause, lower-cased (askedAt is null for any other word).
export const ASKED = 'asked';

/** The asked clause whose verb is token i of the sentence [a, b), or null. */
export function askedAt(tokens: Token[], quoted: boolean[], i: number, a: number, b: number): AskedClause | null {
  if (quoted[i] || lowerAt(tokens, i) !== ASKED) return null;
  let k = i - 1;
  while (k >= a && ADVERBS.has(lowerAt(tokens, k))) k--;
  if (k >= a && !LEADS.has(lowerAt(tokens, k))) return null;
  let j = i + 1;
  while (j < b && !quoted[j] && ADVERBS.has(lowerAt(tokens, j))) j++;
  if (j >= b || quoted[j]) return null;
  const w = lowerAt(tokens, j);
  // "She was asked about …": annotators draw the passive auxiliary (and an adverb after it) in the cue.
  const first = k >= a && PASSIVE_AUXILIARIES.has(lowerAt(tokens, k)) ? k : i;
  if (QUESTION_WORDS.has(w)) return { cueFirst: first, cueLast: i, contentStart: j };
  if (w === 'about' && j + 1 < b) return { cueFirst: first, cueLast: j, contentStart: j + 1 };
  return null;
}

/**
 * "Asked whether …, Smith said …": an asked clause opening the sentence, ending at its first comma outside
 * quotations. Returns the clause and the token after the comma, or null.
 */
export function leadingAsked(tokens: Token[], quoted: boolean[], a: number, b: number): { clause: AskedClause; end: number } | null {
  let i = a;
  if (i < b && /^(when|after|once|if)$/.test(lowerAt(tokens, i))) i++;
  const clause = askedAt(tokens, quoted, i, a, b);
  if (!clause) return null;
  for (let k = clause.contentStart + 1; k < b - 1; k++) {
    if (tokens[k].text !== ',') continue;
    if (!quoted[k]) return { clause, end: k + 1 };
    // “…,” closing the question's quotation: the clause ends with the mark.
    if (/^["”’'»]$/.test(tokens[k + 1].text) && k + 2 < b && !quoted[k + 2]) return { clause, end: k + 2 };
  }
  return null;
}
