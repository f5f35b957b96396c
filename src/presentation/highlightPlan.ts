// Which ranges each highlight category covers in an analysis. Pure: no `vscode` import, unit-tested in Node.
import type { Analysis, ClaimKind, EntityType, Span } from '../engine/types';

export const HIGHLIGHT_CATEGORIES = [
  'person',
  'organization',
  'place',
  'date',
  'handle',
  'quoteDirect',
  'quoteMixed',
  'quoteReported',
  'speaker',
] as const;

export type HighlightCategory = (typeof HIGHLIGHT_CATEGORIES)[number];

/** The boolean setting `newsAnnotator.highlight.<name>` that switches each category on or off. */
export const HIGHLIGHT_SETTING: Record<HighlightCategory, string> = {
  person: 'people',
  organization: 'organizations',
  place: 'places',
  date: 'dates',
  handle: 'handles',
  quoteDirect: 'directQuotes',
  quoteMixed: 'mixedQuotes',
  quoteReported: 'reportedSpeech',
  speaker: 'speakers',
};

/** URLs are left to the grammar's link colouring; hashtags share the handle colour. */
const ENTITY_CATEGORY: Record<EntityType, HighlightCategory | undefined> = {
  person: 'person',
  organization: 'organization',
  place: 'place',
  date: 'date',
  handle: 'handle',
  hashtag: 'handle',
  url: undefined,
};

export const CLAIM_CATEGORY: Record<ClaimKind, HighlightCategory> = {
  direct: 'quoteDirect',
  mixed: 'quoteMixed',
  indirect: 'quoteReported',
};

/**
 * The spans to draw per category, every category present (disabled ones empty, so drawing them clears old
 * highlights). Pronoun mentions are not coloured (every "he" would be noise); the speaker mark covers the
 * speaker as written at each cue, pronouns included. Spans are clipped to the text and sorted.
 */
export function planHighlights(
  analysis: Analysis,
  enabled: ReadonlySet<HighlightCategory>,
): Map<HighlightCategory, Span[]> {
  const plan = new Map<HighlightCategory, Span[]>(HIGHLIGHT_CATEGORIES.map((c) => [c, []]));
  const add = (category: HighlightCategory | undefined, span: Span) => {
    if (!category || !enabled.has(category)) return;
    const start = Math.max(0, Math.min(span.start, analysis.textLength));
    const end = Math.max(start, Math.min(span.end, analysis.textLength));
    if (end > start) plan.get(category)!.push({ start, end });
  };
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) {
      if (mention.form !== 'pronoun') add(ENTITY_CATEGORY[entity.type], mention);
    }
  }
  for (const claim of analysis.claims) {
    for (const piece of claim.spans) add(CLAIM_CATEGORY[claim.kind], piece);
    if (claim.speaker) add('speaker', claim.speaker);
  }
  for (const spans of plan.values()) spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return plan;
}

/**
 * A category with more spans than this is drawn only around the visible lines: tens of thousands of
 * decorations (a 1 MB article) take the extension host most of a second to draw.
 */
export const WHOLE_CATEGORY_LIMIT = 2000;

/** The spans of a start-sorted list that overlap [start, end). */
export function spansInWindow(spans: readonly Span[], start: number, end: number): Span[] {
  // Spans are sorted by start, so everything from the first span starting at or after `end` is outside.
  let hi = spans.length;
  for (let lo = 0; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  const inside: Span[] = [];
  for (let i = 0; i < hi; i++) if (spans[i].end > start) inside.push(spans[i]);
  return inside;
}
