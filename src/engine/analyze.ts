import { findClaims } from './claims';
import { findEntities } from './entities';
import { splitLines } from './text/paragraphs';
import type { Analysis } from './types';

/**
 * Analyses an article: who is named, what is quoted or reported, and who said it. Synchronous and
 * deterministic; every range is sorted and lies within the text.
 */
export function analyze(text: string): Analysis {
  const lines = splitLines(text);
  const { claims, entities } = findClaims(text, lines, findEntities(text, lines));
  return { textLength: text.length, entities, claims };
}
