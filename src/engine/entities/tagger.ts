// Greedy left-to-right BIO tagger over perceptron scores. Shared by the shipped model and by the training
// script (scripts/train-ner.mjs), so the two decode identically.
import { labelFeatures, type SentenceFeatures } from './features';

/** Feature → one weight per label. */
export type Weights = { get(feature: string): ArrayLike<number> | undefined };

/** Labels: "O", then "B-X" / "I-X" for each entity class X. */
export function labelSet(classes: readonly string[]): string[] {
  return ['O', ...classes.flatMap((c) => ['B-' + c, 'I-' + c])];
}

/** Adds the weights of `features` into `scores`. */
export function score(weights: Weights, features: readonly string[], scores: Float64Array): void {
  for (const f of features) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < scores.length; k++) scores[k] += w[k];
  }
}

/** True when `label` may follow `prev` in BIO: an I-X continues a B-X or I-X. */
export function allowed(prev: string, label: string): boolean {
  return label[0] !== 'I' || (prev !== 'O' && prev.slice(2) === label.slice(2));
}

// Summed weights of each word's own features, per model: words repeat, so most tokens cost one look-up.
const wordScoreCache = new WeakMap<Weights, Map<string, Float64Array>>();
const CACHE_LIMIT = 100_000;

function wordScores(weights: Weights, size: number, features: SentenceFeatures, i: number): Float64Array {
  let cache = wordScoreCache.get(weights);
  if (!cache) wordScoreCache.set(weights, (cache = new Map()));
  const key = features.wordKey(i);
  let scores = cache.get(key);
  if (!scores) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    scores = new Float64Array(size);
    score(weights, features.word(i), scores);
    cache.set(key, scores);
  }
  return scores;
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
  scoresOut?: Array<Float64Array | undefined>,
): string[] {
  const out: string[] = [];
  const scores = new Float64Array(labels.length);
  for (let i = 0; i < length; i++) {
    const prev = i > 0 ? out[i - 1] : '<s>';
    const prev2 = i > 1 ? out[i - 2] : '<s>';
    // Outside a name, a lower-case word or a punctuation mark is taken as outside too, unscored: most
    // tokens are, and they cost the most look-ups (checked on held-out data: the scores do not change).
    if (prev[0] !== 'B' && prev[0] !== 'I' && features.plain(i)) {
      out.push('O');
      margins?.push(0);
      scoresOut?.push(undefined);
      continue;
    }
    scores.set(wordScores(weights, labels.length, features, i));
    score(weights, features.context(i), scores);
    score(weights, labelFeatures(prev, prev2, features.lower(i), features.short(i)), scores);
    let best = 0; // "O" is always allowed
    for (let k = 1; k < labels.length; k++) {
      if (scores[k] > scores[best] && allowed(prev, labels[k])) best = k;
    }
    out.push(labels[best]);
    margins?.push(scores[best] - scores[0]);
    scoresOut?.push(scores.slice());
  }
  return out;
}
