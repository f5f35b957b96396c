import { lineResult, lineTexts } from '../lineCache';
import type { Span } from '../types';
import { compiledNow } from './compiledNow';

// A letter, a mark or a number: what a word is made of, and what may not stand right before a lower-case word.
const WORD_CHARACTER = compiledNow(/^[\p{L}\p{M}\p{N}]$/u);
// A lower-case letter: what a lower-case word opens with.
const LOWER_CASE = compiledNow(/^\p{Ll}$/u);

const isWordCode = (code: number): boolean => code < 0x80
  ? (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
  : WORD_CHARACTER.test(String.fromCodePoint(code));
const isLowerCode = (code: number): boolean => code < 0x80 ? code >= 0x61 && code <= 0x7a : LOWER_CASE.test(String.fromCodePoint(code));

/**
 * The line's lower-case words in order: what /(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}\p{N}]*\/gu matches, read
 * code point by code point (ASCII without a regular expression). The look-behind made the pattern try every
 * character of every line, about twice as slow.
 */
export function lowerCaseWordsOf(line: string): string[] {
  const out: string[] = [];
  // Whether the code point before `i` is a word character.
  let after = false;
  for (let i = 0; i < line.length;) {
    const code = line.codePointAt(i)!;
    const next = i + (code > 0xffff ? 2 : 1);
    if (after || !isLowerCode(code)) {
      after = isWordCode(code);
      i = next;
      continue;
    }
    let end = next;
    while (end < line.length) {
      const c = line.codePointAt(end)!;
      if (!isWordCode(c)) break;
      end += c > 0xffff ? 2 : 1;
    }
    out.push(line.slice(i, end));
    after = true;
    i = end;
  }
  return out;
}

// An e-mail or web address: its parts are no words of the text ("Julie" <julie.roe@example.com> writes the name
// in lower case only as an address must).
const ADDRESS = compiledNow(/[^\s<>"'(),;]+@[^\s<>"'(),;]+|\b(?:https?:\/\/|www\.)\S+/gu);

/**
 * The line's distinct lower-case words, joined by spaces (a word holds none): one string, which crosses from a
 * helper thread (../../cli/split) as a copy of its characters, where a set of strings took the analysing thread a
 * structured clone of every word to receive.
 */
function wordsOfLine(line: string): string {
  const prose = line.includes('@') || line.includes('http') || line.includes('www.') ? line.replace(ADDRESS, ' ') : line;
  return [...new Set(lowerCaseWordsOf(prose))].join(' ');
}

// Each line's words (see wordsOfLine), by how many lines have them.
type LineSets = Map<string, number>;

// The article's word counts from the last analysis, with the lines' words they were counted from. In an
// incremental analysis unchanged lines give the same words, so an edit only recounts its own lines.
let counted: { sets: LineSets; counts: Map<string, number> } | null = null;

function add(counts: Map<string, number>, words: string, times: number): void {
  if (!words) return;
  for (const w of words.split(' ')) {
    const n = (counts.get(w) ?? 0) + times;
    if (n > 0) counts.set(w, n);
    else counts.delete(w);
  }
}

/** How many lines write each word in lower case, updated from the previous count when most lines are the same. */
function articleCounts(lines: readonly string[]): Map<string, number> {
  const sets: LineSets = new Map();
  for (const s of lines) sets.set(s, (sets.get(s) ?? 0) + 1);
  let changed = 0;
  if (counted) for (const [s, n] of sets) if (counted.sets.get(s) !== n) changed++;
  if (!counted || changed > lines.length / 2) {
    const counts = new Map<string, number>();
    for (const [s, n] of sets) add(counts, s, n);
    counted = { sets, counts };
    return counts;
  }
  const { counts } = counted;
  for (const [s, n] of counted.sets) if (sets.get(s) !== n) add(counts, s, (sets.get(s) ?? 0) - n);
  for (const [s, n] of sets) if (!counted.sets.has(s)) add(counts, s, n);
  counted = { sets, counts };
  return counts;
}

/**
 * Whether an article writes a word in lower case somewhere ("the eelgrass", "analysts"), which tells a common
 * noun from a name that only opens sentences. Each line's words are collected once and, in an incremental
 * analysis, kept for unchanged lines, so the article's count costs little more than its changed lines.
 */
export class LowerCaseWords {
  private counts: Map<string, number> | null = null;

  constructor(
    private readonly text: string,
    private readonly lines: readonly Span[],
  ) {}

  has(word: string): boolean {
    this.counts ??= countsOf(this.text, this.lines);
    return this.counts.has(word);
  }
}

// The counts of the last article asked about: one analysis asks twice (the entities' casing pass, then the
// speakers'), and outside an incremental analysis each ask collected every line's words again.
let last: { text: string; lines: readonly Span[]; counts: Map<string, number> } | null = null;

function countsOf(text: string, lines: readonly Span[]): Map<string, number> {
  if (last?.lines === lines && last.text === text) return last.counts;
  const counts = articleCounts(lineTexts(text, lines).map((l) => lineResult('lower-case-words', l, wordsOfLine)));
  last = { text, lines, counts };
  return counts;
}
