// Keeps anchors on their text while the article is edited in the editor: cheap offset arithmetic per
// change, run on every keystroke (no searching here; see reanchor.ts for changes made outside the editor).
import { anchorOf, type Anchor } from './anchor';
import type { Decision } from './decisions';
import { anchorsOf, withAnchors } from './decisions';
import type { Span } from '../engine/types';

/** One replacement, `start`/`end` in the text before it (as VS Code's rangeOffset/rangeLength give them). */
export interface TextChange extends Span {
  text: string;
}

/**
 * A span moved through one replacement, or null when the replacement removed all of it. Text inserted right
 * before or right after the span stays outside it; text inserted or replaced inside it grows or shrinks it.
 */
export function shiftSpan(span: Span, change: TextChange): Span | null {
  const delta = change.text.length - (change.end - change.start);
  if (change.start >= span.end) return span;
  if (change.end <= span.start) return { start: span.start + delta, end: span.end + delta };
  if (change.start <= span.start && change.end >= span.end) return null;
  if (change.start >= span.start && change.end <= span.end) return { start: span.start, end: span.end + delta };
  // Partly overlapping: what is left of the span after the replaced part.
  if (change.start < span.start) return { start: change.start + change.text.length, end: span.end + delta };
  return { start: span.start, end: change.start };
}

/**
 * Moves every decision's anchors through a batch of changes (formatters and multi-cursor edits send several
 * at once; VS Code applies them in the order given), then reads their quotes from the new text. A decision
 * whose target was deleted becomes an orphan, kept with its last known quote, never dropped; one already
 * orphaned is left alone.
 */
export function shiftDecisions(decisions: readonly Decision[], changes: readonly TextChange[], newText: string): Decision[] {
  return decisions.map((d) => {
    if (d.orphan) return d;
    const anchors = anchorsOf(d);
    const moved = anchors.map((a) => shiftThrough(a, changes));
    if (moved.some((s) => !s || s.end <= s.start)) return { ...d, orphan: true };
    const fresh = moved.map((s) => anchorOf(newText, s!));
    return withAnchors(d, fresh);
  });
}

function shiftThrough(anchor: Anchor, changes: readonly TextChange[]): Span | null {
  let span: Span | null = anchor;
  for (const change of changes) {
    if (!span) return null;
    span = shiftSpan(span, change);
  }
  return span;
}
