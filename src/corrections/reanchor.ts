// Finds decisions' targets again after the article changed outside the editor (git checkout, another editor,
// a script), when no content changes were seen: exact quote at its offsets, else the one place where
// prefix + quote + suffix match, else the best of a bounded fuzzy search, else an orphan. Never run per
// keystroke (shift.ts keeps anchors while the article is edited in the editor).
import { anchorOf, isInPlace, type Anchor } from './anchor';
import { anchorsOf, withAnchors, type Decision } from './decisions';
import { normaliseLineEnds, normaliseQuote, type NormalisedText } from './lineEnds';
import { occurrences, similarity } from './similarity';
import type { Span } from '../engine/types';

/** Quotes shorter than this are found only with their context: "said" or "Smith" alone would match anywhere. */
export const MIN_FUZZY_LENGTH = 12;
/** Places tried for each end of a fuzzy match, nearest to the old place first; bounds the work per anchor. */
const MAX_CANDIDATES = 40;
/** Characters of the quote's head and tail that fuzzy search looks for, so an edit in the middle is tolerated. */
const PROBE = 12;
/** A candidate's text must be at least this alike the old quote … */
const MIN_QUOTE_SIMILARITY = 0.7;
/** … its suffix (when the old one had one) at least this alike the old suffix … */
const MIN_SUFFIX_SIMILARITY = 0.5;
/** … and its overall score at least this. */
const MIN_SCORE = 0.65;
/** How much each part counts in a candidate's score: quote, prefix, suffix, nearness to the old place. */
const WEIGHTS = { quote: 0.6, prefix: 0.15, suffix: 0.15, distance: 0.1 };

export type AnchorMatch = 'in place' | 'quote' | 'fuzzy';

/**
 * The anchor in the new text, with how it was found, or null: an orphan. Without `fuzzy`, only the quote
 * itself is looked for (cheap enough for an edit in the editor that removed a target: a paste, a move).
 */
export function reanchor(
  text: string,
  anchor: Anchor,
  normalised: NormalisedText = normaliseLineEnds(text),
  fuzzy = true,
): { anchor: Anchor; how: AnchorMatch } | null {
  if (anchor.end > anchor.start && isInPlace(text, anchor)) return { anchor: anchorOf(text, anchor), how: 'in place' };
  const n = normalised.text;
  const exact = normaliseQuote(anchor.exact);
  const prefix = normaliseQuote(anchor.prefix);
  const suffix = normaliseQuote(anchor.suffix);
  if (!exact) return null;
  const back = (span: Span) => anchorOf(text, { start: normalised.toOriginal(span.start), end: normalised.toOriginal(span.end) });
  const whole = occurrences(n, prefix + exact + suffix, anchor.start, 2);
  if (whole.length === 1) {
    const start = whole[0] + prefix.length;
    return { anchor: back({ start, end: start + exact.length }), how: 'quote' };
  }
  const best = bestCandidate(n, { exact, prefix, suffix, start: anchor.start, end: anchor.end }, fuzzy);
  return best ? { anchor: back(best.span), how: best.fuzzy ? 'fuzzy' : 'quote' } : null;
}

/**
 * Re-anchors decisions at once (the text is normalised once): every one, or those `which` names; those whose
 * target is lost become orphans, and orphans whose target is found again are attached.
 */
export function reanchorDecisions(
  text: string,
  decisions: readonly Decision[],
  { fuzzy = true, which = () => true }: { fuzzy?: boolean; which?: (d: Decision) => boolean } = {},
): Decision[] {
  const normalised = normaliseLineEnds(text);
  return decisions.map((d) => {
    if (!which(d)) return d;
    const found = anchorsOf(d).map((a) => reanchor(text, a, normalised, fuzzy));
    if (found.some((f) => !f)) return { ...d, orphan: true };
    const { orphan: _orphan, ...rest } = withAnchors(d, found.map((f) => f!.anchor));
    return rest as Decision;
  });
}

interface Candidate {
  span: Span;
  score: number;
  fuzzy: boolean;
}

function bestCandidate(n: string, old: Anchor, fuzzy: boolean): Candidate | undefined {
  const { exact } = old;
  const spans: Array<Span & { fuzzy: boolean }> = [];
  // The quote itself elsewhere (moved, or repeated): judged by its context and distance.
  for (const start of occurrences(n, exact, old.start, MAX_CANDIDATES)) spans.push({ start, end: start + exact.length, fuzzy: false });
  if (fuzzy && exact.length >= MIN_FUZZY_LENGTH) {
    const starts = new Set([
      ...occurrences(n, old.prefix, old.start, MAX_CANDIDATES).map((i) => i + old.prefix.length),
      ...occurrences(n, exact.slice(0, PROBE), old.start, MAX_CANDIDATES),
    ]);
    const ends = new Set([
      ...occurrences(n, old.suffix, old.end, MAX_CANDIDATES),
      ...occurrences(n, exact.slice(-PROBE), old.end, MAX_CANDIDATES).map((i) => i + PROBE),
    ]);
    const shortest = exact.length / 2;
    const longest = exact.length * 1.5 + PROBE;
    for (const start of starts) {
      for (const end of ends) {
        if (end - start >= shortest && end - start <= longest) spans.push({ start, end, fuzzy: true });
      }
    }
  }
  let best: Candidate | undefined;
  for (const span of spans) {
    const candidate = judge(n, old, span);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  return best;
}

function judge(n: string, old: Anchor, span: Span & { fuzzy: boolean }): Candidate | undefined {
  const quote = span.fuzzy ? similarity(old.exact, n.slice(span.start, span.end)) : 1;
  if (quote < MIN_QUOTE_SIMILARITY) return undefined;
  const prefix = old.prefix ? similarity(old.prefix, n.slice(Math.max(0, span.start - old.prefix.length), span.start)) : 1;
  const suffix = old.suffix ? similarity(old.suffix, n.slice(span.end, span.end + old.suffix.length)) : 1;
  // A short quote says little by itself: its context must vouch for it.
  if (old.exact.length < MIN_FUZZY_LENGTH && Math.max(prefix, suffix) < MIN_SUFFIX_SIMILARITY) return undefined;
  if (span.fuzzy && suffix < MIN_SUFFIX_SIMILARITY) return undefined;
  const distance = 1 - Math.min(1, Math.abs(span.start - old.start) / Math.max(1, n.length));
  const score = WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.distance * distance;
  return score >= MIN_SCORE ? { span, score, fuzzy: span.fuzzy } : undefined;
}
