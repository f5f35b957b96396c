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
  /** Its features as a neighbour (see neighbourOf), made on first use. */
  neighbour?: Neighbour;
}

/**
 * The features a word gives the words around it, made once per word rather than per scored token: the same
 * strings each time, so the weights' map finds them by the hash each string keeps (a string built anew is
 * hashed anew), and the tagger's hot loop allocates a fifth as many strings.
 */
interface Neighbour {
  /** Two to the left, one to the left (word, shape, class, common, cluster), one to the right, two to the right. */
  w2: string;
  w1: string;
  s1: string;
  l1: string;
  v1: string;
  k1: string;
  w1n: string;
  s1n: string;
  l1n: string;
  k1n: string;
  w2n: string;
}

function neighbourOf(t: TokenInfo): Neighbour {
  return (t.neighbour ??= {
    w2: 'w-2=' + t.lower,
    w1: 'w-1=' + t.lower,
    s1: 's-1=' + t.short,
    l1: 'l-1=' + t.cls,
    v1: 'v-1=' + t.common,
    k1: 'k-1=' + t.cluster,
    w1n: 'w+1=' + t.lower,
    s1n: 's+1=' + t.short,
    l1n: 'l+1=' + t.cls,
    k1n: 'k+1=' + t.cluster,
    w2n: 'w+2=' + t.lower,
  });
}

const PAD: TokenInfo = { lower: '<s>', short: '<s>', full: '<s>', cls: '', common: '', cluster: '<s>' };

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
  lower(i: number): string;
  short(i: number): string;
  /** True for an all-lower-case word or a punctuation mark: such a token practically never starts a name. */
  plain(i: number): boolean;
}

// Token infos by the word as written, shared (never mutated but for the neighbour features they cache): words repeat, and working them out again for each
// token was a fifth of the tagger's time on a long article. Forgotten when INFO_LIMIT words are kept.
const INFO_LIMIT = 100_000;
const tokenInfo = memoized((word: string): TokenInfo => {
  const lower = word.toLowerCase();
  return { lower, ...shape(word), cls: wordClass(lower), common: isCommonWord(lower) ? 'c' : '', cluster: clusterOf(lower) };
}, INFO_LIMIT);

export function sentenceFeaturizer(tokens: readonly Token[], allCaps: boolean): SentenceFeatures {
  const infos = tokens.map((t) => tokenInfo(t.text));
  const phrases = phraseClasses(infos.map((t) => t.lower));
  const at = (i: number): TokenInfo => (i >= 0 && i < infos.length ? infos[i] : PAD);
  const caps = allCaps ? 'A' : 'a';
  return {
    allCaps,
    wordKey: (i) => infos[i],
    word(i) {
      const w = infos[i];
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
      const w = infos[i];
      const p1 = at(i - 1);
      const n1 = at(i + 1);
      const p = neighbourOf(p1);
      const n = neighbourOf(n1);
      return [
        'g=' + phrases[i],
        p.w1,
        n.w1n,
        neighbourOf(at(i - 2)).w2,
        neighbourOf(at(i + 2)).w2n,
        p.s1,
        n.s1n,
        'ss=' + p1.short + '|' + w.short + '|' + n1.short,
        p.l1,
        n.l1n,
        p.v1,
        p.k1,
        n.k1n,
        'ww=' + w.lower + '|' + n1.lower,
        'pw=' + p1.lower + '|' + w.lower,
        'i=' + (i === 0 ? 'F' : i === tokens.length - 1 ? 'L' : 'M') + caps + w.short,
      ];
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
