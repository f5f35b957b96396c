// A decision's target in the article: the W3C Web Annotation text position (UTF-16 offsets, end exclusive)
// and text quote (the words themselves with some context on each side) selectors, flattened.
import type { Span } from '../engine/types';

export interface Anchor extends Span {
  /** The target text as written. */
  exact: string;
  /** Up to QUOTE_CONTEXT characters before the target. */
  prefix: string;
  /** Up to QUOTE_CONTEXT characters after the target. */
  suffix: string;
}

/** Characters of context kept on each side: enough to tell repeated phrases apart, short enough to survive edits. */
export const QUOTE_CONTEXT = 32;

/** The anchor of a span of a text, with its quote and context read from the text. */
export function anchorOf(text: string, span: Span): Anchor {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}

/** True when the anchor's quote is still at its offsets in the text. */
export function isInPlace(text: string, anchor: Anchor): boolean {
  return text.slice(anchor.start, anchor.end) === anchor.exact;
}

/** Whether a span lies exactly on an anchor. */
export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Characters two spans share. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
