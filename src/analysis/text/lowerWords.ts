import { lineResult } from '../lineCache';
import type { Span } from '../types';

const LOWER_WORD = /(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}\p{N}]*/gu;
/** Questions answered line by line before one set for the whole article pays off. */
const SCANS = 16;

function wordsOfLine(line: string): ReadonlySet<string> {
  return new Set(line.match(LOWER_WORD) ?? []);
}

/**
 * Whether an article writes a word in lower case somewhere ("the eelgrass", "analysts"), which tells a common
 * noun from a name that only opens sentences. Each line's words are collected once and, in an incremental
 * analysis, kept for unchanged lines; a few questions look through the lines' sets, many build one set.
 */
export class LowerCaseWords {
  private lineSets: ReadonlyArray<ReadonlySet<string>> | null = null;
  private all: Set<string> | null = null;
  private asked = 0;

  constructor(
    private readonly text: string,
    private readonly lines: readonly Span[],
  ) {}

  has(word: string): boolean {
    this.lineSets ??= this.lines.map((l) => lineResult('lower-case-words', this.text.slice(l.start, l.end), wordsOfLine));
    if (this.all) return this.all.has(word);
    if (++this.asked <= SCANS) return this.lineSets.some((s) => s.has(word));
    this.all = new Set();
    for (const s of this.lineSets) for (const w of s) this.all.add(w);
    return this.all.has(word);
  }
}
