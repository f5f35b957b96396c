// The one-line summary of an analysis shown in the status bar. Pure: no `vscode` import.
import type { Analysis } from '../engine/types';

export interface Summary {
  claims: number;
  /**
   * Distinct speakers, grouped as the Speakers view groups them: by entity, else by the speaker as written.
   */
  speakers: number;
  /** Claims without a speaker. */
  unattributed: number;
}

export function summarize(analysis: Analysis): Summary {
  const speakers = new Set<string>();
  let unattributed = 0;
  for (const claim of analysis.claims) {
    const speaker = claim.speaker;
    if (!speaker) unattributed++;
    else speakers.add(speaker.entityId ?? `unresolved:${speaker.text.replace(/\s+/g, ' ').trim().toLowerCase()}`);
  }
  return { claims: analysis.claims.length, speakers: speakers.size, unattributed };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "8 claims · 3 speakers". */
export function summaryText(summary: Summary): string {
  return `${plural(summary.claims, 'claim')} · ${plural(summary.speakers, 'speaker')}`;
}
