import type { Span } from '../types';

/**
 * A set of spans answering "is this range inside one of them?" by binary search: resolution asks it of every
 * mention, so a scan of all spans per mention would make it quadratic.
 */
export class SpanSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: readonly Span[]) {
    // Merged into disjoint, sorted spans: containment in the union is then containment in one of them.
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    for (const s of sorted) {
      const last = this.ends.length - 1;
      if (last >= 0 && s.start <= this.ends[last]) this.ends[last] = Math.max(this.ends[last], s.end);
      else {
        this.starts.push(s.start);
        this.ends.push(s.end);
      }
    }
  }

  /** True when [x.start, x.end) lies inside one span. */
  contains(x: Span): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= x.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && x.end <= this.ends[lo - 1];
  }
}

/** The index of the last element of a list sorted by `at` whose `at` is below `pos` (-1 when none). */
export function lastBefore(list: ReadonlyArray<{ at: number }>, pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The index of the first span ending after `pos` in a list sorted by start whose spans do not nest (so that their ends
 * are sorted too), found by binary search; the list's length when none is.
 */
export function firstEndingAfter(list: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Such a list (see firstEndingAfter) without the spans that overlap `span`: they are one run of it, cut out. */
export function withoutOverlapping<T extends Span>(list: readonly T[], span: Span): T[] {
  const from = firstEndingAfter(list, span.start);
  let to = from;
  while (to < list.length && list[to].start < span.end) to++;
  return list.slice(0, from).concat(list.slice(to));
}

/**
 * The items by start, ties in their given order: what a stable sort by start gives. Sorted as numbers (start ×
 * count + position) in a typed array, natively, where a comparator was called some twenty times per item of the
 * several hundred thousand mentions speaker resolution indexes; by the comparator only where such a number could
 * pass 2^53.
 */
export function sortedByStart<T extends { start: number }>(items: readonly T[]): T[] {
  const n = items.length;
  let last = 0;
  for (const x of items) last = Math.max(last, x.start);
  if (!Number.isSafeInteger((last + 1) * n)) return [...items].sort((a, b) => a.start - b.start);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = items[i].start * n + i;
  keys.sort();
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(items[keys[i] % n]);
  return out;
}
