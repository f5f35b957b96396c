import { lineResult, lineTexts } from '../lineCache';
import type { Claim, ClaimKind, Entity, Span } from '../types';
import { assemble, type DraftClaim } from './assemble';
import { claimIds } from './ids';
import { analyzeLine, type LineAnalysis } from './line';
import { resolveSpeakers } from './resolve';

export interface ClaimsResult {
  claims: Claim[];
  /** The entities, with the speaker mentions that resolved to them (descriptors, pronouns, handles) added. */
  entities: Entity[];
}

// Line analyses depend on the line's text alone, so an incremental analysis (see ../lineCache) redoes only the
// lines that an edit changed.
function lineAnalysis(s: string): LineAnalysis {
  return lineResult('claims', s, analyzeLine);
}

const OPENING = /^["“„«”'‘]/;
const CLOSING = /["”“»'’]$/;

/** The gold convention: direct when the content opens and closes with a quotation mark, mixed when marks are only inside. */
function kindOf(text: string, d: DraftClaim): ClaimKind {
  if (d.post || d.transcript) return 'direct';
  const first = text.slice(d.spans[0].start, d.spans[0].end);
  const last = text.slice(d.spans[d.spans.length - 1].start, d.spans[d.spans.length - 1].end);
  if (OPENING.test(first) && (CLOSING.test(last) || /[.,!?…]$/.test(last))) return 'direct';
  return d.spans.some((s) => /["“”„«»]/.test(text.slice(s.start, s.end))) ? 'mixed' : 'indirect';
}

/** Keeps spans sorted, inside the text and non-empty. */
function cleanSpans(spans: Span[], n: number): Span[] {
  return spans
    .map((s) => ({ start: Math.max(0, Math.min(n, s.start)), end: Math.max(0, Math.min(n, s.end)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A store of per-line results shared across analyses (see LineCache); results must not be mutated. */
export interface LineResultCache {
  get<T>(stage: string, line: string, compute: (line: string) => T): T;
}

/**
 * Finds quotes and reported claims, their cues and speakers, and resolves each speaker to an entity.
 * `cache`, when given, replaces the module's own cache of line analyses.
 */
export function findClaims(text: string, lines: Span[], entities: Entity[], cache?: LineResultCache): ClaimsResult {
  const perLine = cache ? (s: string): LineAnalysis => cache.get('claims', s, analyzeLine) : lineAnalysis;
  const analyses = lineTexts(text, lines).map(perLine);
  const drafts = assemble(text, lines, analyses)
    .map((d) => ({ ...d, spans: cleanSpans(d.spans, text.length) }))
    .filter((d) => d.spans.length > 0)
    .sort((a, b) => a.spans[0].start - b.spans[0].start);
  const { entityIds, resolutions, members, entities: resolved } = resolveSpeakers(text, lines, drafts, entities);
  const texts = drafts.map((d) => d.spans.map((s) => text.slice(s.start, s.end)).join(' '));
  const ids = claimIds(texts);
  const claims: Claim[] = drafts.map((d, i) => ({
    id: ids[i],
    kind: kindOf(text, d),
    start: d.spans[0].start,
    end: d.spans.reduce((m, s) => Math.max(m, s.end), 0),
    spans: d.spans,
    text: texts[i],
    cue: d.cue && { start: d.cue.start, end: d.cue.end, text: d.cue.text },
    speaker: d.speaker && { start: d.speaker.start, end: d.speaker.end, text: d.speaker.text, entityId: entityIds[i], resolution: resolutions[i], ...(d.speaker.phrase ? { phrase: d.speaker.phrase } : {}), ...(members[i] ? { members: members[i]! } : {}) },
  }));
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return { claims, entities: resolved };
}
