import type { ClaimKind } from '../engine/types';

/** Opening and closing quotation marks of the languages news is written in (straight, curly, guillemets, low-9). */
const QUOTE_MARKS = /["“”„‟«»‹›「」『』]/;
const QUOTED_WHOLE = /^\s*["“„‟«»‹「『].*["”‟»«›」』][\s.,;:!?]*$/s;

/** A claim's kind from its quote marks: all quoted is direct, partly quoted mixed, none reported. */
export function kindOfSelection(text: string): ClaimKind {
  if (QUOTED_WHOLE.test(text)) return 'direct';
  return QUOTE_MARKS.test(text) ? 'mixed' : 'indirect';
}
