// Moving drawn highlights with the text while a new analysis is computed. Pure: no `vscode` import.
import type { Span } from '../engine/types';

/** One edit of a document as offsets into the text before it: `removed` characters at `offset` replaced by `inserted`. */
export interface TextChange {
  offset: number;
  removed: number;
  inserted: number;
}

/**
 * Spans moved through edits applied in order (as VS Code reports a document change), dropping every span an edit
 * touches, overlapping or adjacent: its text may no longer be what the analysis found there. `touched` tells
 * whether any span was dropped, i.e. whether the editor must be told; untouched spans move with the text by
 * themselves in VS Code.
 */
export function carrySpans(spans: readonly Span[], changes: readonly TextChange[]): { spans: Span[]; touched: boolean } {
  let out = spans as Span[];
  let touched = false;
  for (const { offset, removed, inserted } of changes) {
    const editEnd = offset + removed;
    const shift = inserted - removed;
    const next: Span[] = [];
    for (const span of out) {
      if (span.end < offset) next.push(span);
      else if (span.start > editEnd) next.push({ start: span.start + shift, end: span.end + shift });
      else touched = true;
    }
    out = next;
  }
  return { spans: out, touched };
}
