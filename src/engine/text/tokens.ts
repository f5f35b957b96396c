import type { Span } from '../types';
import { compiledNow } from './compiledNow';

export interface Token extends Span {
  text: string;
  /** Word (letters, digits, inner apostrophes/hyphens/periods), or a single punctuation/symbol character. */
  kind: 'word' | 'number' | 'punct';
}

/** US states' and Canadian provinces' abbreviations as news style writes them, before their period ("Calif.", "Ont."). */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va',
  'vt', 'wash', 'wis', 'wyo', 'ont', 'alta', 'sask', 'nfld',
]);

// Abbreviations that keep their trailing period, so that "Mr. Smith" and "Sept. 11" stay one sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'insp', 'messrs', 'mme', 'mlle',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'mt', 'ft',
  'no', 'vs', 'v', 'etc', 'approx', 'est', 'fig', 'vol', 'p', 'pp', 'ca',
  ...STATE_ABBREVIATIONS,
]);

// Abbreviations that number what follows ("No. 5", "p. 12"): before anything else the period ends a sentence
// ("Roe said no."). And those that are words as well, an abbreviation only when capitalised ("Sat. Jan. 5", not
// "he sat.").
const NUMBERING = new Set(['no', 'vol', 'fig', 'p', 'pp']);
const ALSO_WORDS = new Set(['sat', 'sun', 'wed']);
const DIGIT_NEXT = /^\s*\d/;

/** The word before a period at `after - 1` is an abbreviation that keeps the period. */
function isAbbreviation(word: string, text: string, after: number): boolean {
  const w = word.toLowerCase();
  if (!ABBREVIATIONS.has(w)) return false;
  if (NUMBERING.has(w)) return DIGIT_NEXT.test(text.slice(after, after + 4));
  return !ALSO_WORDS.has(w) || word[0] !== w[0];
}

// A word: letters/marks/digits, joined by inner apostrophes, hyphens, periods, ampersands or slashes;
// initialisms such as "U.S." keep their final period, and so does a capital initial before a capitalized
// word ("M. Waugh", "George W. Bush"). Anything else is one punctuation code point. Sticky, and tried only where
// a token starts (after the white space tokenize skips), so that test() finds it: exec() made a match array per
// token, a good part of what the tokenizer allocated.
// A possessive "'s" written apart from its word, as some web text and treebanks split it ("Grady 's"), is the
// one token it is when written on ("Grady's"), not a quotation mark and an "s".
const TOKEN = compiledNow(/(?:\p{L}\.){2,}|\p{Lu}\.(?=[ \t]+\p{Lu})|['’][sS](?![\p{L}\p{M}\p{N}_'’])|[\p{L}\p{M}\p{N}_]+(?:['’\-.&/][\p{L}\p{M}\p{N}_]+)*|\S/uy);
// A character of white space as \s reads it (TOKEN's \S never matches one, and every other character starts a token).
const SPACE = /\s/u;

/** The first index from `at` on that is not white space. */
function skipSpace(text: string, at: number): number {
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x80 ? code !== 0x20 && (code < 0x09 || code > 0x0d) : !SPACE.test(text[at])) break;
  }
  return at;
}

/** The lower-cased text of token k, or '' outside the list. */
export const lowerAt = (tokens: readonly Token[], k: number): string => tokens[k]?.text.toLowerCase() ?? '';

// A letter, digit or underscore anywhere in a token: it is a word (or a number), not punctuation.
const WORD_CHARACTER = compiledNow(/[\p{L}\p{N}_]/u);
// A word made of digits and number punctuation only.
const NUMBER = compiledNow(/^[\p{N}.,/-]+$/u);

/** Whether a character code is an ASCII letter. */
function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Whether TOKEN's match `token` holds a letter, a digit or an underscore. A match opening with an ASCII character
 * is decided by it (a word opens with one of them, and a match opening with other ASCII is one punctuation mark):
 * no regular expression runs for most tokens.
 */
function isWordToken(token: string): boolean {
  const code = token.charCodeAt(0);
  if (code < 0x80) return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
  return WORD_CHARACTER.test(token);
}

/** Whether a word ends in the possessive "'s" (or "’s", "'S"). */
function endsPossessive(word: string): boolean {
  const s = word[word.length - 1];
  const apostrophe = word[word.length - 2];
  return (s === 's' || s === 'S') && (apostrophe === '\'' || apostrophe === '’');
}

/** Whether a character code is an ASCII letter, digit or underscore: one of TOKEN's word characters. */
function isAsciiWordCode(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

// The ASCII characters TOKEN may go on with after a run of word characters: the joiners ' - . & / (a period
// also makes an initialism or a capital initial).
const ASCII_JOINERS = new Set([0x27, 0x2d, 0x2e, 0x26, 0x2f]);

/**
 * Where TOKEN's match at `start` ends when it is a plain ASCII word ("said", "2024"): a run of ASCII word characters
 * followed by the end or by ASCII that is no joiner. Else -1, and TOKEN decides. Most tokens are such words, and
 * this loop is about a third faster than the regular expression.
 */
function plainWordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isAsciiWordCode(text.charCodeAt(end))) end++;
  if (end === start) return -1;
  if (end === text.length) return end;
  const next = text.charCodeAt(end);
  return next < 0x80 && !ASCII_JOINERS.has(next) ? end : -1;
}

/** Tokenizes `text`; offsets are relative to `text` plus `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  for (let start = skipSpace(text, 0); start < text.length; start = skipSpace(text, TOKEN.lastIndex)) {
    TOKEN.lastIndex = start;
    let end = plainWordEnd(text, start);
    if (end < 0) {
      TOKEN.test(text);
      end = TOKEN.lastIndex;
    } else {
      TOKEN.lastIndex = end;
    }
    let word = text.slice(start, end);
    const isWord = isWordToken(word);
    if (isWord && text[end] === '.' && isAbbreviation(word, text, end + 1)) {
      word += '.';
      end++;
      TOKEN.lastIndex = end;
    }
    // A word opening with an ASCII letter is no number; a possessive written apart is a word, as when split off.
    const apart = word.length === 2 && endsPossessive(word);
    const kind = !isWord && !apart ? 'punct' : !isAsciiLetter(word.charCodeAt(0)) && NUMBER.test(word) ? 'number' : 'word';
    // The possessive "'s" is a token of its own, so that "Lithuania's" yields the name "Lithuania".
    const possessive = kind === 'word' && word.length > 2 && endsPossessive(word) ? 2 : 0;
    if (possessive) {
      tokens.push({ start: base + start, end: base + end - 2, text: word.slice(0, -2), kind });
      tokens.push({ start: base + end - 2, end: base + end, text: word.slice(-2), kind: 'word' });
    } else {
      tokens.push({ start: base + start, end: base + end, text: word, kind });
    }
  }
  return tokens;
}

// A mark that ends a sentence when a likely sentence start follows.
const TERMINAL = /^[.!?…]$/;

/** True for a token that ends a sentence when followed by a likely sentence start. */
function isTerminal(t: Token): boolean {
  return t.kind === 'punct' && TERMINAL.test(t.text);
}

const CLOSERS = /^["'”’»)\]]$/;
// What a sentence may open with: a capital, a digit, an opening quotation mark or bracket.
const SENTENCE_OPENING = /^[\p{Lu}\p{N}"“‘«„'([]/u;

/**
 * Groups tokens into sentences (token index ranges [start, end)). A sentence ends at . ! ? … (with any closing
 * quotes or brackets that follow) when the next token starts with an upper-case letter, a digit or an opening
 * quote; a line is never crossed since lines are analysed one at a time.
 */
export function sentenceRanges(tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let begin = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!isTerminal(tokens[i])) continue;
    let j = i + 1;
    while (j < tokens.length && (isTerminal(tokens[j]) || CLOSERS.test(tokens[j].text))) j++;
    const next = tokens[j];
    if (next && !SENTENCE_OPENING.test(next.text)) continue;
    out.push([begin, j]);
    begin = j;
    i = j - 1;
  }
  if (begin < tokens.length) out.push([begin, tokens.length]);
  return out;
}

/** The words of a phrase as written, split at spaces and no-break spaces. */
export const spaceSeparated = (s: string): string[] => s.split(/[\s\u00a0]+/).filter(Boolean);
