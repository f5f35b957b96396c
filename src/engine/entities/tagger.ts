// Greedy left-to-right BIO tagger over perceptron scores. Shared by the shipped model and by the training
// script (scripts/train-ner.mjs), so the two decode identically.
import { CONTEXT_FEATURES, labelPairFeatures, labelWordFeatures, type FeatureRows, type SentenceFeatures } from './features';

/** Feature → one weight per label. */
export type Weights = { get(feature: string): ArrayLike<number> | undefined };

/**
 * A model's weights as rows of one table, found by feature: what tagSentence reads. A row number stands for a
 * feature in whatever keeps it (see SentenceFeatures.contextRows), so a word's features are looked up once, not
 * built as strings and hashed for every token scored.
 */
export interface WeightRows extends FeatureRows {
  /** Row r's weight for label k, of `size` labels, is table[r * size + k]. */
  readonly table: ArrayLike<number>;
}

function hasRows(weights: Weights): weights is Weights & WeightRows {
  return 'rowOf' in weights && 'table' in weights;
}

/** Rows for weights that only look features up (training's, a test's): each feature's row made on its first use. */
function rowsOfLookUps(weights: Weights, size: number): WeightRows {
  const found = new Map<string, number>();
  const table: number[] = [];
  return {
    table,
    rowOf(feature) {
      let row = found.get(feature);
      if (row === undefined) {
        const w = weights.get(feature);
        row = w ? table.length / size : -1;
        if (w) for (let k = 0; k < size; k++) table.push(w[k]);
        found.set(feature, row);
      }
      return row;
    },
  };
}

/** Adds the weights of the rows ≥ 0 among `rows` of `table` into `scores`. */
function addRows(table: ArrayLike<number>, rows: readonly number[], scores: number[]): void {
  const size = scores.length;
  for (const row of rows) {
    if (row < 0) continue;
    const at = row * size;
    for (let k = 0; k < size; k++) scores[k] += table[at + k];
  }
}

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
 * capitals (words repeat, so most scored tokens cost one look-up), and of each pair of labels before a token; and
 * the rows of each word's label-word features. The weights are whole numbers, so a sum does not depend on the order
 * its parts were added in. Sums and scores are plain arrays: a Float64Array of nine labels lives outside V8's heap,
 * and allocating one per kept word and per scored token cost a long article's collector dearly.
 */
interface Kept {
  rows: WeightRows;
  words: Map<unknown, KeptWord>;
  wordsInCaps: Map<unknown, KeptWord>;
  /** By the indices of the two labels before (labels.length for none): their features' sum. */
  pairs: Array<number[] | undefined>;
}

interface KeptWord {
  /** The sum of the word's own features. */
  own: number[];
  /**
   * The rows of its two label-word features after each label before (labels.length for none) at 2p and 2p + 1,
   * each looked up on its first use (UNKNOWN until then).
   */
  after: number[];
}

// A label-word row not yet looked up.
const UNKNOWN = -2;

const kept = new WeakMap<Weights, Kept>();
// Words kept before their sums are forgotten all at once (memory stays bounded on huge inputs).
const WORDS_LIMIT = 100_000;

function keptFor(weights: Weights, size: number): Kept {
  let k = kept.get(weights);
  if (!k) {
    const rows = hasRows(weights) ? weights : rowsOfLookUps(weights, size);
    kept.set(weights, (k = { rows, words: new Map(), wordsInCaps: new Map(), pairs: [] }));
  }
  return k;
}

/** The summed weights of `features`. */
function sumOf(rows: WeightRows, size: number, features: readonly string[]): number[] {
  const sum = new Array<number>(size).fill(0);
  addRows(rows.table, features.map((f) => rows.rowOf(f)), sum);
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
  const { rows, words: byCaps, wordsInCaps, pairs } = keptFor(weights, size);
  const words = features.allCaps ? wordsInCaps : byCaps;
  const scores = new Array<number>(size).fill(0);
  // The rows of one token's context features, then of its two label-word features.
  const found = new Array<number>(CONTEXT_FEATURES + 2).fill(-1);
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
    let word = words.get(key);
    if (!word) {
      if (words.size >= WORDS_LIMIT) words.clear();
      words.set(key, (word = { own: sumOf(rows, size, features.word(i)), after: new Array<number>(2 * (size + 1)).fill(UNKNOWN) }));
    }
    const { own, after } = word;
    const pair = (pairs[p * (size + 1) + p2] ??= sumOf(rows, size, labelPairFeatures(prev, p2 < size ? labels[p2] : '<s>')));
    for (let k = 0; k < size; k++) scores[k] = own[k] + pair[k];
    features.contextRows(i, rows, found);
    if (after[2 * p] === UNKNOWN) {
      const [byShape, byWord] = labelWordFeatures(prev, features.lower(i), features.short(i));
      after[2 * p] = rows.rowOf(byShape);
      after[2 * p + 1] = rows.rowOf(byWord);
    }
    found[CONTEXT_FEATURES] = after[2 * p];
    found[CONTEXT_FEATURES + 1] = after[2 * p + 1];
    addRows(rows.table, found, scores);
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
