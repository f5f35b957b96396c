// Which machine result a decision's target names: the one exactly on it, else the one it mostly overlaps (the
// engine may have moved a boundary by a word since the decision was made).
import { overlap, sameSpan } from './anchor';
import type { Span } from '../engine/types';

/** Share of both the target and the result that must overlap for a result that is not exactly on it. */
const MIN_SHARED = 0.5;

export function findTarget<T extends Span>(items: readonly T[], target: Span): T | undefined {
  const exact = items.find((item) => sameSpan(item, target));
  if (exact) return exact;
  let best: T | undefined;
  let bestShared = 0;
  for (const item of items) {
    const shared = overlap(item, target);
    const enough = shared >= MIN_SHARED * (target.end - target.start) && shared >= MIN_SHARED * (item.end - item.start);
    if (enough && shared > bestShared) {
      best = item;
      bestShared = shared;
    }
  }
  return best;
}
