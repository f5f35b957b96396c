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
}

const PAD: TokenInfo = { lower: '<s>', short: '<s>', full: '<s>', cls: '', common: '', cluster: '<s>' };

/** The static features of a sentence's tokens, computed on demand by token index (memory stays small). */
export interface SentenceFeatures {
  /** Key of the token's word features, which depend only on the word as written and the line's capitals. */
  wordKey(i: number): string;
  /** Features of the word itself: form, shape, affixes, lexicon class, whether a common word. */
  word(i: number): string[];
  /** Features of the word in its sentence: neighbours, phrase lexicon class, position. */
  context(i: number): string[];
  lower(i: number): string;
  short(i: number): string;
  /** True for an all-lower-case word or a punctuation mark: such a token practically never starts a name. */
  plain(i: number): boolean;
}

// Token infos by the word as written, shared (never mutated): words repeat, and working them out again for each
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
    wordKey: (i) => caps + tokens[i].text,
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
      return [
        'g=' + phrases[i],
        'w-1=' + p1.lower,
        'w+1=' + n1.lower,
        'w-2=' + at(i - 2).lower,
        'w+2=' + at(i + 2).lower,
        's-1=' + p1.short,
        's+1=' + n1.short,
        'ss=' + p1.short + '|' + w.short + '|' + n1.short,
        'l-1=' + p1.cls,
        'l+1=' + n1.cls,
        'v-1=' + p1.common,
        'k-1=' + p1.cluster,
        'k+1=' + n1.cluster,
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
  return ['t=' + prev, 'tt=' + prev2 + '|' + prev, 'ts=' + prev + '|s=' + short, 'tw=' + prev + '|w=' + lower];
}
