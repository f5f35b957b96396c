// The one-line summary of an analysis shown in the status bar. Pure: no `vscode` import.
import { attributionOf, entitiesById, isNamedAttribution } from '../engine/attribution';
import type { Analysis } from '../engine/types';
import { counted } from '../formats/counted';

export interface Summary {
  claims: number;
  /** Distinct speakers, grouped as the Speakers view groups them (src/engine/attribution.ts). */
  speakers: number;
  /** Of those, the speakers not tied to a named entity ("officials"). */
  unresolved: number;
  /** Claims without a speaker. */
  unattributed: number;
}

export function summarize(analysis: Analysis): Summary {
  const entities = entitiesById(analysis);
  const named = new Set<string>();
  const unresolved = new Set<string>();
  let unattributed = 0;
  for (const claim of analysis.claims) {
    const { kind, key } = attributionOf(claim, entities);
    if (kind === 'unattributed') unattributed++;
    else (isNamedAttribution(kind) ? named : unresolved).add(key);
  }
  return { claims: analysis.claims.length, speakers: named.size + unresolved.size, unresolved: unresolved.size, unattributed };
}

/** "8 claims · 3 speakers". */
export function summaryText(summary: Summary): string {
  return `${counted(summary.claims, 'claim')} · ${counted(summary.speakers, 'speaker')}`;
}

/** The status bar's tooltip: the summary with its unresolved speakers and unattributed claims spelled out. */
export function summaryDetail(summary: Summary): string {
  const parts = [summaryText(summary)];
  if (summary.unresolved) parts.push(`${counted(summary.unresolved, 'speaker')} not tied to a named entity`);
  if (summary.unattributed) parts.push(`${counted(summary.unattributed, 'claim')} unattributed (no speaker)`);
  return parts.join(' · ');
}
