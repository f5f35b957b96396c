// Greedy left-to-right BIO tagger over perceptron scores. Shared by the shipped model and by the training
// script (scripts/train-ner.mjs), so the two decode identically.
import { labelPairFeatures, labelWordFeatures, type SentenceFeatures } from './features';

/** Feature → one weight per label. */
export type Weights = { get(feature: string): ArrayLike<number> | undefined };

/** Labels: "O", then "B-X" / "I-X" for each entity class X. */
export function labelSet(classes: readonly string[]): string[] {
  return ['O', ...classes.flatMap((c) => ['B-' + c, 'I-' + c])];
}

/** Adds the weights of `features` into `scores`. */
export function score(weights: Weights, features: readonly string[], scores: number[] | Float64Array): void {
  for (const f of features) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < scores.length; k++) scores[k] += w[k];
  }
}

/** True when `label` may follow `prev` in BIO: an I-X continues a B-X or I-X. */
export function allowed(prev: string, label: string): boolean {
  return label[0] !== 'I' || (prev !== 'O' && prev.slice(2) === label.slice(2));
}

/**
 * Summed weights kept per model: of each word's own features, by the word (SentenceFeatures.wordKey) and the line's
 * capitals (words repeat, so most scored tokens cost one look-up), and of each pair of labels before a token. The
 * weights are whole numbers, so a sum does not depend on the order its parts were added in. Sums and scores are
 * plain arrays: a Float64Array of nine labels lives outside V8's heap, and allocating one per kept word and per
 * scored token cost a long article's collector dearly.
 */
interface Kept {
  words: Map<unknown, number[]>;
  wordsInCaps: Map<unknown, number[]>;
  /** By the indices of the two labels before (labels.length for none): their features' sum. */
  pairs: Array<number[] | undefined>;
}

const kept = new WeakMap<Weights, Kept>();
// Words kept before their sums are forgotten all at once (memory stays bounded on huge inputs).
const WORDS_LIMIT = 100_000;

function keptFor(weights: Weights): Kept {
  let k = kept.get(weights);
  if (!k) kept.set(weights, (k = { words: new Map(), wordsInCaps: new Map(), pairs: [] }));
  return k;
}

/** The summed weights of `features`. */
function sumOf(weights: Weights, size: number, features: readonly string[]): number[] {
  const sum = new Array<number>(size).fill(0);
  score(weights, features, sum);
  return sum;
}

/**
 * Tags a sentence of `length` tokens; returns one label per token. `margins`, when given, receives for each
 * token the lead of its label's score over the score of "O" (0 for a token tagged "O"): how sure the tagger is
 * that a name is there at all. `scores`, when given, receives each scored token's score per label (undefined for
 * a token taken as outside unscored): what the document stage weighs a name's type by (./typeLeads).
 */
export function tagSentence(
  weights: Weights,
  labels: readonly string[],
  length: number,
  features: SentenceFeatures,
  margins?: number[],
  scoresOut?: Array<readonly number[] | undefined>,
): string[] {
  const out: string[] = [];
  const size = labels.length;
  const { words: byCaps, wordsInCaps, pairs } = keptFor(weights);
  const words = features.allCaps ? wordsInCaps : byCaps;
  const scores = new Array<number>(size).fill(0);
  // The index in `labels` of each label chosen.
  const chosen: number[] = [];
  for (let i = 0; i < length; i++) {
    const p = i > 0 ? chosen[i - 1] : size;
    const p2 = i > 1 ? chosen[i - 2] : size;
    const prev = p < size ? labels[p] : '<s>';
    // Outside a name, a lower-case word or a punctuation mark is taken as outside too, unscored: most
    // tokens are, and they cost the most look-ups (checked on held-out data: the scores do not change).
    if (prev[0] !== 'B' && prev[0] !== 'I' && features.plain(i)) {
      out.push('O');
      chosen.push(0);
      margins?.push(0);
      scoresOut?.push(undefined);
      continue;
    }
    const key = features.wordKey(i);
    let own = words.get(key);
    if (!own) {
      if (words.size >= WORDS_LIMIT) words.clear();
      words.set(key, (own = sumOf(weights, size, features.word(i))));
    }
    const pair = (pairs[p * (size + 1) + p2] ??= sumOf(weights, size, labelPairFeatures(prev, p2 < size ? labels[p2] : '<s>')));
    for (let k = 0; k < size; k++) scores[k] = own[k] + pair[k];
    score(weights, features.context(i), scores);
    score(weights, labelWordFeatures(prev, features.lower(i), features.short(i)), scores);
    let best = 0; // "O" is always allowed
    for (let k = 1; k < size; k++) {
      if (scores[k] > scores[best] && allowed(prev, labels[k])) best = k;
    }
    out.push(labels[best]);
    chosen.push(best);
    margins?.push(scores[best] - scores[0]);
    scoresOut?.push(scores.slice());
  }
  return out;
}
