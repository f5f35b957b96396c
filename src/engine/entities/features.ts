// Features of the entity tagger. Static features depend only on the sentence's words (computed once per
// token); label features depend on the labels already chosen to the left (greedy decoding).
import type { Token } from '../text/tokens';
import { clusterOf } from './clusters';
import { isCommonWord } from './commonWords';
import { phraseClasses, wordClass } from './gazetteer';
import { memoized } from '../memo';

/** The shape class of one character: X upper, x lower, d digit, else the character itself. */
function charShape(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return 'X';
    if (code >= 97 && code <= 122) return 'x';
    if (code >= 48 && code <= 57) return 'd';
    return ch;
  }
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
}

/** Word shape: `full` is the first six characters' classes, `short` collapses repeats ("Xx", "X.X."). */
export function shape(word: string): { full: string; short: string } {
  let full = '';
  let short = '';
  for (const ch of word) {
    const c = charShape(ch);
    if (full.length < 6) full += c;
    if (short[short.length - 1] !== c) short += c;
  }
  return { full, short };
}

/** True when a line is written in capitals (a headline or a dateline): letters present, none lower-case. */
export function isAllCapsLine(line: string): boolean {
  return !/\p{Ll}/u.test(line) && /\p{Lu}[^]*\p{Lu}[^]*\p{Lu}/u.test(line);
}

interface TokenInfo {
  lower: string;
  short: string;
  full: string;
  cls: string;
  /** 'c' for a common word (./commonWords), else ''. */
  common: string;
  /** The word's cluster (./clusters), or ''. */
  cluster: string;
  /** `short`'s number (see SHAPE_IDS), or -1 when shapes are too many to number. */
  shortId: number;
  /** Its rows in the last model asked (see wordRows). */
  rows?: WordRows;
}

/** A model's rows of weights by feature (see ./tagger): -1 for a feature the model has none for. */
export interface FeatureRows {
  rowOf(feature: string): number;
}

/**
 * The features a word gives the words around it: two to the left, one to the left (word, shape, class, common,
 * cluster), one to the right (word, shape, class, cluster), two to the right.
 */
const NEAR: ReadonlyArray<(t: TokenInfo) => string> = [
  (t) => 'w-2=' + t.lower,
  (t) => 'w-1=' + t.lower,
  (t) => 's-1=' + t.short,
  (t) => 'l-1=' + t.cls,
  (t) => 'v-1=' + t.common,
  (t) => 'k-1=' + t.cluster,
  (t) => 'w+1=' + t.lower,
  (t) => 's+1=' + t.short,
  (t) => 'l+1=' + t.cls,
  (t) => 'k+1=' + t.cluster,
  (t) => 'w+2=' + t.lower,
];

// Where each feature a word gives its neighbours stands in NEAR.
const W2 = 0;
const W1 = 1;
const S1 = 2;
const L1 = 3;
const V1 = 4;
const K1 = 5;
const W1N = 6;
const S1N = 7;
const L1N = 8;
const K1N = 9;
const W2N = 10;

/** A token's position in its sentence (first, last, or in the middle) and its line's capitals, as the "i=" feature writes them. */
const POSITIONS = ['Fa', 'La', 'Ma', 'FA', 'LA', 'MA'];

/** The "i=" feature of a word of shape `short` at POSITIONS[k]. */
const positionFeature = (k: number, short: string): string => 'i=' + POSITIONS[k] + short;

// A row not yet looked up.
const UNKNOWN = -2;

/**
 * A word's rows in one model, kept by its token info (the same object whenever the word comes) and each looked up
 * on its first use: a scored token's features then cost no string and no look-up, where building and hashing
 * sixteen strings per scored token was most of the tagger's time on a long article.
 */
interface WordRows {
  of: FeatureRows;
  /** Of NEAR's features, then of the "i=" feature at each of POSITIONS. */
  near: number[];
  /** Of "ww=" with the word after, and of "pw=" with the word before, by that word's token info. */
  before: Map<TokenInfo, number>;
  after: Map<TokenInfo, number>;
}

function wordRows(t: TokenInfo, rows: FeatureRows): WordRows {
  if (t.rows?.of !== rows) {
    t.rows = { of: rows, near: new Array<number>(NEAR.length + POSITIONS.length).fill(UNKNOWN), before: new Map(), after: new Map() };
  }
  return t.rows;
}

/** The row of the word's feature NEAR[k]. */
function nearRow(t: TokenInfo, rows: FeatureRows, k: number): number {
  const { near } = wordRows(t, rows);
  let row = near[k];
  if (row === UNKNOWN) row = near[k] = rows.rowOf(NEAR[k](t));
  return row;
}

/** The row of the word's "i=" feature at POSITIONS[k]. */
function positionRow(t: TokenInfo, rows: FeatureRows, k: number): number {
  const { near } = wordRows(t, rows);
  let row = near[NEAR.length + k];
  if (row === UNKNOWN) row = near[NEAR.length + k] = rows.rowOf(positionFeature(k, t.short));
  return row;
}

/** The row of the feature `feature(i)`, kept in `kept` by `key`. */
function keptRow<K>(kept: Map<K, number>, key: K, rows: FeatureRows, feature: (i: number) => string, i: number): number {
  let row = kept.get(key);
  if (row === undefined) kept.set(key, (row = rows.rowOf(feature(i))));
  return row;
}

/**
 * Word shapes by number, so that the "ss=" feature of three shapes is kept by one small number. Shapes are few
 * (a word's letters, digits and marks with repeats collapsed); past SHAPES_LIMIT a shape gets no number and its
 * features are looked up as strings.
 */
const SHAPE_IDS = new Map<string, number>();
const SHAPES_LIMIT = 1 << 10;
function shapeId(short: string): number {
  let id = SHAPE_IDS.get(short);
  if (id === undefined && SHAPE_IDS.size < SHAPES_LIMIT) SHAPE_IDS.set(short, (id = SHAPE_IDS.size));
  return id ?? -1;
}

/** What a model's rows keep of the features not kept by a word: "g=" by phrase class, "ss=" by its shapes' numbers. */
interface ModelRows {
  phrases: Map<string, number>;
  shapes: Map<number, number>;
}
const modelRows = new WeakMap<FeatureRows, ModelRows>();
function modelRowsOf(rows: FeatureRows): ModelRows {
  let kept = modelRows.get(rows);
  if (!kept) modelRows.set(rows, (kept = { phrases: new Map(), shapes: new Map() }));
  return kept;
}

const PAD: TokenInfo = { lower: '<s>', short: '<s>', full: '<s>', cls: '', common: '', cluster: '<s>', shortId: shapeId('<s>') };

/** How many features context(i) gives. */
export const CONTEXT_FEATURES = 16;

/** The static features of a sentence's tokens, computed on demand by token index (memory stays small). */
export interface SentenceFeatures {
  /** Whether the line is written in capitals: a word's own features depend on that besides the word. */
  allCaps: boolean;
  /**
   * What stands for the word at i as written, to keep what its own features give by: the same value whenever the
   * same word comes (while kept), and found without building or hashing a string.
   */
  wordKey(i: number): unknown;
  /** Features of the word itself: form, shape, affixes, lexicon class, whether a common word. */
  word(i: number): string[];
  /** Features of the word in its sentence: neighbours, phrase lexicon class, position. */
  context(i: number): string[];
  /**
   * The rows in `rows` of context(i)'s features, written to out[0] … out[CONTEXT_FEATURES - 1] (-1 for one the
   * model has none for): the caller's array is reused, not grown, token after token.
   */
  contextRows(i: number, rows: FeatureRows, out: number[]): void;
  lower(i: number): string;
  short(i: number): string;
  /** True for an all-lower-case word or a punctuation mark: such a token practically never starts a name. */
  plain(i: number): boolean;
}

// Token infos by the word as written, shared (never mutated but for the rows they keep): words repeat, and working them out again for each
// token was a fifth of the tagger's time on a long article. Forgotten when INFO_LIMIT words are kept.
const INFO_LIMIT = 100_000;
const tokenInfo = memoized((word: string): TokenInfo => {
  const lower = word.toLowerCase();
  const { full, short } = shape(word);
  return { lower, full, short, cls: wordClass(lower), common: isCommonWord(lower) ? 'c' : '', cluster: clusterOf(lower), shortId: shapeId(short) };
}, INFO_LIMIT);

export function sentenceFeaturizer(tokens: readonly Token[], allCaps: boolean): SentenceFeatures {
  const infos = tokens.map((t) => tokenInfo(t.text));
  const phrases = phraseClasses(infos.map((t) => t.lower));
  const at = (i: number): TokenInfo => (i >= 0 && i < infos.length ? infos[i] : PAD);
  // The features of context(i) that are not one neighbour's.
  const phrase = (i: number): string => 'g=' + phrases[i];
  const shapes = (i: number): string => 'ss=' + at(i - 1).short + '|' + infos[i].short + '|' + at(i + 1).short;
  const wordPair = (i: number): string => 'ww=' + infos[i].lower + '|' + at(i + 1).lower;
  const pairWord = (i: number): string => 'pw=' + at(i - 1).lower + '|' + infos[i].lower;
  // Its index in POSITIONS.
  const positionOf = (i: number): number => (i === 0 ? 0 : i === tokens.length - 1 ? 1 : 2) + (allCaps ? 3 : 0);
  // The three shapes' numbers in one, or -1.
  const shapesKey = (i: number): number => {
    const [a, b, c] = [at(i - 1).shortId, infos[i].shortId, at(i + 1).shortId];
    return a < 0 || b < 0 || c < 0 ? -1 : (a * SHAPES_LIMIT + b) * SHAPES_LIMIT + c;
  };
  return {
    allCaps,
    wordKey: (i) => infos[i],
    word(i) {
      const w = infos[i];
      const caps = allCaps ? 'A' : 'a';
      const f = [
        'b=1',
        'w=' + w.lower,
        's=' + w.short,
        'S=' + w.full,
        'c=' + caps + w.short,
        'x2=' + w.lower.slice(-2),
        'x3=' + w.lower.slice(-3),
        'p3=' + w.lower.slice(0, 3),
        'l=' + w.cls,
        'v=' + w.common + w.short,
        'k=' + w.cluster,
        'kc=' + w.cluster + w.short,
      ];
      if (w.lower.length > 4) f.push('x4=' + w.lower.slice(-4));
      return f;
    },
    context(i) {
      const p = at(i - 1);
      const n = at(i + 1);
      return [
        phrase(i),
        NEAR[W1](p),
        NEAR[W1N](n),
        NEAR[W2](at(i - 2)),
        NEAR[W2N](at(i + 2)),
        NEAR[S1](p),
        NEAR[S1N](n),
        shapes(i),
        NEAR[L1](p),
        NEAR[L1N](n),
        NEAR[V1](p),
        NEAR[K1](p),
        NEAR[K1N](n),
        wordPair(i),
        pairWord(i),
        positionFeature(positionOf(i), infos[i].short),
      ];
    },
    contextRows(i, rows, out) {
      const w = infos[i];
      const p = at(i - 1);
      const n = at(i + 1);
      const kept = modelRowsOf(rows);
      const own = wordRows(w, rows);
      const ss = shapesKey(i);
      out[0] = keptRow(kept.phrases, phrases[i], rows, phrase, i);
      out[1] = nearRow(p, rows, W1);
      out[2] = nearRow(n, rows, W1N);
      out[3] = nearRow(at(i - 2), rows, W2);
      out[4] = nearRow(at(i + 2), rows, W2N);
      out[5] = nearRow(p, rows, S1);
      out[6] = nearRow(n, rows, S1N);
      out[7] = ss < 0 ? rows.rowOf(shapes(i)) : keptRow(kept.shapes, ss, rows, shapes, i);
      out[8] = nearRow(p, rows, L1);
      out[9] = nearRow(n, rows, L1N);
      out[10] = nearRow(p, rows, V1);
      out[11] = nearRow(p, rows, K1);
      out[12] = nearRow(n, rows, K1N);
      out[13] = keptRow(own.after, n, rows, wordPair, i);
      out[14] = keptRow(own.before, p, rows, pairWord, i);
      out[15] = positionRow(w, rows, positionOf(i));
    },
    lower: (i) => infos[i].lower,
    short: (i) => infos[i].short,
    plain: (i) => infos[i].short === 'x' || tokens[i].kind === 'punct',
  };
}

/** Label features: the labels of the two tokens to the left, alone and with the current word and shape. */
export function labelFeatures(prev: string, prev2: string, lower: string, short: string): string[] {
  return [...labelPairFeatures(prev, prev2), ...labelWordFeatures(prev, lower, short)];
}

/** The label features of the two labels to the left alone. */
export function labelPairFeatures(prev: string, prev2: string): string[] {
  return ['t=' + prev, 'tt=' + prev2 + '|' + prev];
}

/** The label features of the label to the left with the current word and shape. */
export function labelWordFeatures(prev: string, lower: string, short: string): string[] {
  return ['ts=' + prev + '|s=' + short, 'tw=' + prev + '|w=' + lower];
}
