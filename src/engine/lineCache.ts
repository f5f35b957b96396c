import { Scoped } from './scoped';
import { commonEnds } from './text/commonEnds';
import type { Span } from './types';

/**
 * The per-line local passes of the engine ask `lineResult` for a line's result; while an incremental
 * analysis runs (`withLineCache`), results are looked up in its cache, otherwise they are simply computed.
 * This keeps `analyze(text)` a plain function and the engine's stage interfaces unchanged.
 */
const active = new Scoped<LineCache>();

// The lines' texts of the last analysis asked about (see lineTexts).
let sliced: { text: string; lines: readonly Span[]; texts: string[] } | undefined;

/**
 * The text of each line, sliced once per analysis for all the per-line passes: looking a line up in the cache
 * hashes its string, and a string computes its hash once. A line the edit since the last analysis left as it
 * was (before it, or after it and moved) keeps the last analysis's string, which the caches' maps hold as their
 * key: found without hashing or comparing its characters again.
 */
export function lineTexts(text: string, lines: readonly Span[]): string[] {
  if (sliced?.lines === lines && sliced.text === text) return sliced.texts;
  const last = sliced;
  const { prefix, suffix } = last ? commonEnds(last.text, text) : { prefix: 0, suffix: 0 };
  const delta = last ? text.length - last.text.length : 0;
  let k = 0; // the last analysis's line at (or after) the current one's place
  const texts = lines.map((l) => {
    const shift = l.end <= prefix ? 0 : l.start >= text.length - suffix ? delta : undefined;
    if (last && shift !== undefined) {
      while (k < last.lines.length && last.lines[k].start < l.start - shift) k++;
      const old = last.lines[k];
      if (old && old.start === l.start - shift && old.end === l.end - shift) return last.texts[k];
    }
    return text.slice(l.start, l.end);
  });
  sliced = { text, lines, texts };
  return texts;
}

/** `compute(line)`, or the result an earlier analysis of the active cache computed for the same line. */
export function lineResult<T>(stage: string, line: string, compute: (line: string) => T): T {
  return active.current ? active.current.get(stage, line, compute) : compute(line);
}

/** Runs `run` (an analysis) with `cache` active. */
export function withLineCache<T>(cache: LineCache, run: () => T): T {
  return active.run(cache, run);
}

/**
 * Results of the per-line local passes, keyed by stage and by the line's text. A local pass is a pure
 * function of the line's text with offsets relative to the line, so its result can be reused wherever
 * that line appears, in this analysis or the next. Results are shared: callers must not mutate them.
 *
 * `sweep()` ends an analysis: what it used is kept for the next one and everything else is dropped, so
 * memory follows the document rather than its edit history.
 */
export class LineCache {
  private current = new Map<string, Map<string, unknown>>();
  private previous = new Map<string, Map<string, unknown>>();
  private computed = 0;
  // Each stage's pass as the engine last asked with it: what `fill` runs. Learnt rather than listed, so the
  // passes stay private to their stages and a new one is found the same way.
  private readonly passes = new Map<string, (line: string) => unknown>();

  /** The stage's result for a line, computed by `compute` only if the previous analysis has none. */
  get<T>(stage: string, line: string, compute: (line: string) => T): T {
    const now = this.current.get(stage) ?? this.open(stage, compute);
    // Each look-up hashes and compares the line, so one per map (an undefined result would only be computed again).
    let result = now.get(line) as T | undefined;
    if (result !== undefined) return result;
    result = this.previous.get(stage)?.get(line) as T | undefined;
    if (result === undefined) {
      result = compute(line);
      this.computed++;
    }
    now.set(line, result);
    return result;
  }

  /** The stages this cache has met (in an analysis run with it), by name. */
  stages(): string[] {
    return [...this.passes.keys()];
  }

  /**
   * Computes `stages` (by default every stage this cache has met) for `lines`, kept for the current analysis: the
   * per-line part of an analysis done ahead of it, for the share of a huge article's lines that one thread takes
   * (see ../cli/split).
   */
  fill(lines: readonly string[], stages: Iterable<string> = this.passes.keys()): void {
    for (const stage of stages) {
      const pass = this.passes.get(stage);
      if (pass) for (const line of lines) this.get(stage, line, pass);
    }
  }

  /** The stage's results for `lines`, computed and not kept: for another thread's cache (see `seed`). */
  compute(stage: string, lines: readonly string[]): unknown[] {
    const pass = this.passes.get(stage);
    return pass ? lines.map((line) => pass(line)) : [];
  }

  /** Keeps results computed elsewhere for the current analysis: `results[i]` is the stage's result for `lines[i]`. */
  seed(stage: string, lines: readonly string[], results: readonly unknown[]): void {
    const now = this.current.get(stage) ?? this.open(stage);
    for (let i = 0; i < lines.length; i++) if (results[i] !== undefined) now.set(lines[i], results[i]);
  }

  /** Starts the stage's results for the current analysis; `pass`, when given, is what `fill` runs for it. */
  private open(stage: string, pass?: (line: string) => unknown): Map<string, unknown> {
    const now = new Map<string, unknown>();
    this.current.set(stage, now);
    if (pass) this.passes.set(stage, pass);
    return now;
  }

  /**
   * Drops the stages' results kept for the current analysis, for a single analysis that will not ask for them
   * again (a later ask computes them anew): a huge article's thread frees its entities' line results once the
   * entities are merged (see ../cli/split), so that the collector no longer marks them during speaker resolution.
   */
  release(stages: Iterable<string>): void {
    for (const stage of stages) this.current.delete(stage);
  }

  /** Ends an analysis and returns how many line results it had to compute. */
  sweep(): number {
    this.previous = this.current;
    this.current = new Map();
    const computed = this.computed;
    this.computed = 0;
    return computed;
  }
}
