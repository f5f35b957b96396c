import { findClaims } from './claims';
import { findEntities } from './entities';
import { splitLines } from './text/paragraphs';
import type { Analysis, Entity, Span } from './types';

/**
 * Analyses an article: who is named, what is quoted or reported, and who said it. Synchronous and
 * deterministic; every range is sorted and lies within the text.
 */
export function analyze(text: string): Analysis {
  const lines = splitLines(text);
  return analyzeClaims(text, lines, findEntities(text, lines));
}

/**
 * analyze's second step, once the entities are found (`entities` is findEntities(text, lines)): the claims and
 * their speakers. A step of its own so that a huge article's entities can be merged while another thread still
 * runs the claims' per-line passes (see ../cli/split).
 */
export function analyzeClaims(text: string, lines: Span[], entities: Entity[]): Analysis {
  const { claims, entities: resolved } = findClaims(text, lines, entities);
  return { textLength: text.length, entities: resolved, claims };
}
