// The sidecar file beside an article (`story.txt` → `story.txt.annotations.json`): the person's decisions as
// human-readable JSON, each target as W3C Web Annotation selectors. Versioned by `schema`; see README
// "Corrections file".
import type { ClaimKind, EntityType } from '../engine/types';
import type { Anchor } from './anchor';
import { CLAIM_ACTIONS, type Decision, type DecisionAction } from './decisions';

export const SCHEMA = 1;
export const SIDECAR_SUFFIX = '.annotations.json';

/** The sidecar's name for an article's file name. */
export function sidecarName(articleName: string): string {
  return articleName + SIDECAR_SUFFIX;
}

interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** A W3C Web Annotation target: where (UTF-16 offsets) and what (the text and its context). */
export interface Target {
  selector: [TextPositionSelector, TextQuoteSelector];
}

export interface Corrections {
  /** The hash (textHash) of the article's text the anchors were last placed in. */
  textHash: string;
  decisions: Decision[];
}

export type ParseResult
  = | { ok: true; corrections: Corrections }
  /** `newer`: written by a later version of the extension; read-only here rather than rewritten and lost. */
    | { ok: false; reason: 'invalid' | 'newer'; message: string };

const ANCHOR_KEYS = new Set(['target', 'span', 'other']);
const ACTIONS: ReadonlySet<DecisionAction> = new Set([...CLAIM_ACTIONS, 'addEntity', 'retypeEntity', 'notEntity', 'mergeEntities', 'splitMention', 'acceptEntity']);
/** Fields an action cannot do without, beyond its targets. */
const REQUIRED: Partial<Record<DecisionAction, string[]>> = {
  reassignSpeaker: ['speaker'],
  addClaim: ['kind'],
  setClaimKind: ['kind'],
  addEntity: ['type'],
  retypeEntity: ['type'],
  notEntity: ['every'],
};
const KINDS: ReadonlySet<ClaimKind> = new Set(['direct', 'mixed', 'indirect']);
const TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place', 'date', 'handle', 'hashtag', 'url']);

export function toTarget(a: Anchor): Target {
  return {
    selector: [
      { type: 'TextPositionSelector', start: a.start, end: a.end },
      { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
    ],
  };
}

/** The sidecar's text: stable key order, two-space indentation, a final newline. */
export function serializeSidecar(corrections: Corrections, article: string): string {
  const decisions = corrections.decisions.map((d) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(d)) out[key] = ANCHOR_KEYS.has(key) ? toTarget(value as Anchor) : value;
    return out;
  });
  return JSON.stringify({ schema: SCHEMA, generator: 'News Annotator', article, textHash: corrections.textHash, decisions }, null, 2) + '\n';
}

/** Reads a sidecar's text; anything malformed is reported with where it is, never half-read. */
export function parseSidecar(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, reason: 'invalid', message: `not valid JSON (${(e as Error).message})` };
  }
  if (!isObject(data)) return { ok: false, reason: 'invalid', message: 'not a JSON object' };
  if (typeof data.schema !== 'number') return { ok: false, reason: 'invalid', message: 'no "schema" number' };
  if (data.schema > SCHEMA) {
    return { ok: false, reason: 'newer', message: `schema ${data.schema} is newer than this version of News Annotator reads (${SCHEMA})` };
  }
  if (!Array.isArray(data.decisions)) return { ok: false, reason: 'invalid', message: 'no "decisions" list' };
  const decisions: Decision[] = [];
  for (const [i, raw] of data.decisions.entries()) {
    const decision = readDecision(raw);
    if (typeof decision === 'string') return { ok: false, reason: 'invalid', message: `decision ${i + 1}: ${decision}` };
    decisions.push(decision);
  }
  return { ok: true, corrections: { textHash: typeof data.textHash === 'string' ? data.textHash : '', decisions } };
}

function readDecision(raw: unknown): Decision | string {
  if (!isObject(raw)) return 'not an object';
  if (typeof raw.action !== 'string' || !ACTIONS.has(raw.action as DecisionAction)) return `unknown action ${JSON.stringify(raw.action)}`;
  if (typeof raw.id !== 'string') return 'no "id"';
  const out: Record<string, unknown> = { ...raw };
  for (const key of ANCHOR_KEYS) {
    if (!(key in raw)) continue;
    const anchor = readTarget(raw[key]);
    if (!anchor) return `"${key}" is not a target with a TextPositionSelector and a TextQuoteSelector`;
    out[key] = anchor;
  }
  if (!out.target) return 'no "target"';
  if ((raw.action === 'setClaimSpan' && !out.span) || (raw.action === 'mergeEntities' && !out.other)) return `"${raw.action}" without its second target`;
  if ('kind' in raw && !KINDS.has(raw.kind as ClaimKind)) return `unknown claim kind ${JSON.stringify(raw.kind)}`;
  if ('type' in raw && !TYPES.has(raw.type as EntityType)) return `unknown entity type ${JSON.stringify(raw.type)}`;
  out.creator = typeof raw.creator === 'string' ? raw.creator : '';
  out.created = typeof raw.created === 'string' ? raw.created : '';
  const missing = REQUIRED[raw.action as DecisionAction]?.find((key) => !(key in raw));
  if (missing) return `"${raw.action}" without "${missing}"`;
  if (raw.action === 'reassignSpeaker' && !isSpeakerChoice(raw.speaker)) return '"speaker" needs "entityId" (a string or null) and "name"';
  return out as unknown as Decision;
}

function readTarget(raw: unknown): Anchor | undefined {
  if (!isObject(raw) || !Array.isArray(raw.selector)) return undefined;
  const position = raw.selector.find((s): s is Record<string, unknown> => isObject(s) && s.type === 'TextPositionSelector');
  const quote = raw.selector.find((s): s is Record<string, unknown> => isObject(s) && s.type === 'TextQuoteSelector');
  if (!position || !quote) return undefined;
  const { start, end } = position;
  const { exact, prefix = '', suffix = '' } = quote;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) return undefined;
  if (typeof exact !== 'string' || typeof prefix !== 'string' || typeof suffix !== 'string') return undefined;
  return { start: start as number, end: end as number, exact, prefix, suffix };
}

function isSpeakerChoice(v: unknown): boolean {
  return isObject(v) && typeof v.name === 'string' && (v.entityId === null || typeof v.entityId === 'string');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
