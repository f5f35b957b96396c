import { Scoped } from './scoped';
import { commonEnds } from './text/commonEnds';
import type { Span } from './types';

/**
 * The cross-line stages ask many things of the few words around each name ("Russian President …", ", a village
 * near …"). Outside an incremental analysis `aroundSpan` simply computes them; while one runs
 * (`withWindowCache`), a result is kept by stage and position, and the next analysis reuses it wherever the
 * edit left its window of text as it was: before the edit at the same place, after it moved by the edit's
 * length. A look-up by position costs far less than hashing the window's text (which ../memo does).
 */
const active = new Scoped<WindowCache>();

/**
 * `compute()`, a pure function of the text from `before` characters before `span` to `after` characters after
 * it (and of where the span lies in that window), or the result an earlier analysis computed for the same window.
 */
export function aroundSpan<T>(stage: string, text: string, span: Span, before: number, after: number, compute: () => T): T {
  return active.current ? active.current.get(stage, text.length, span, before, after, compute) : compute();
}

/** Runs `run` (an analysis) with `cache` active. */
export function withWindowCache<T>(cache: WindowCache, run: () => T): T {
  return active.run(cache, run);
}

interface Kept extends Span {
  from: number;
  to: number;
  result: unknown;
  /** The analysis that last asked for it: once moved into the current one, the previous one's entry is spent. */
  analysis: number;
}

/** Window results by stage and span start, for one analysis (current) and the one before it (previous). */
export class WindowCache {
  private current = new Map<string, Map<number, Kept>>();
  private previous = new Map<string, Map<number, Kept>>();
  // What the text has in common with the previous one: its first `prefix` characters, and its last `suffix`
  // ones, `delta` characters further on than before.
  private prefix = 0;
  private suffix = 0;
  private delta = 0;
  private analysis = 0;

  /** Starts the analysis of `text`, which follows one of `before` (if any): what it did not ask for is dropped. */
  begin(before: string | undefined, text: string): void {
    this.previous = this.current;
    this.current = new Map();
    this.analysis++;
    const { prefix, suffix } = before === undefined ? { prefix: 0, suffix: 0 } : commonEnds(before, text);
    this.prefix = prefix;
    this.suffix = suffix;
    this.delta = before === undefined ? 0 : text.length - before.length;
  }

  get<T>(stage: string, length: number, span: Span, before: number, after: number, compute: () => T): T {
    const from = Math.max(0, span.start - before);
    const to = Math.min(length, span.end + after);
    let now = this.current.get(stage);
    if (!now) this.current.set(stage, (now = new Map()));
    const here = now.get(span.start);
    if (here && here.end === span.end && here.from === from && here.to === to) return here.result as T;
    // Where the window was in the previous text, if the edit left all of it as it was.
    const shift = to <= this.prefix ? 0 : from >= length - this.suffix ? this.delta : undefined;
    const old = shift === undefined ? undefined : this.previous.get(stage);
    const kept = old?.get(span.start - shift!);
    // A kept result moved into this analysis is marked rather than deleted from the previous one's map (a Map
    // that shrinks reallocates its table).
    if (kept && kept.analysis !== this.analysis && kept.end === span.end - shift! && kept.from === from - shift! && kept.to === to - shift!) {
      kept.analysis = this.analysis;
      kept.start = span.start;
      kept.end = span.end;
      kept.from = from;
      kept.to = to;
      now.set(span.start, kept);
      return kept.result as T;
    }
    const result = compute();
    now.set(span.start, { start: span.start, end: span.end, from, to, result, analysis: this.analysis });
    return result;
  }
}
