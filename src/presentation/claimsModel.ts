// Claim helpers shared by navigation, the Speakers view and copying: plain data, no `vscode`.
import { oneLine, wordedCue } from '../formats/report';
import type { Claim } from '../engine/types';
import type { SpeakerGroup } from './speakersModel';

export type Direction = 'next' | 'previous';

/**
 * The claim after (or before) an offset, wrapping around at the ends of the document. `wrapped` tells the
 * caller the search went past an end. Claims are sorted by start.
 */
export function adjacentClaim(
  claims: readonly Claim[],
  offset: number,
  direction: Direction,
): { claim: Claim; wrapped: boolean } | undefined {
  if (!claims.length) return undefined;
  if (direction === 'next') {
    const claim = claims.find((c) => c.start > offset);
    return claim ? { claim, wrapped: false } : { claim: claims[0], wrapped: true };
  }
  for (let i = claims.length - 1; i >= 0; i--) if (claims[i].start < offset) return { claim: claims[i], wrapped: false };
  return { claim: claims[claims.length - 1], wrapped: true };
}

/** The claim whose range holds the offset (a cursor right after its last character counts), if any. */
export function claimAt(claims: readonly Claim[], offset: number): Claim | undefined {
  return claims.find((c) => c.start <= offset && offset <= c.end);
}

/** A claim's text as written (quote marks and all), on one line, cut to `max` characters. */
export function claimLabel(claim: Claim, max: number): string {
  return oneLine(claim.text, max);
}

export interface ClaimRow {
  /** "5 · said: “We will finish…”": line and cue first, so a narrow side bar still shows them. */
  label: string;
  /** Where the cue is in `label`, end exclusive, if it has one. */
  cue?: [number, number];
}

/**
 * A claim's row under its speaker: its line, its cue (none for a signature's dash or an unattributed claim),
 * then the claim as written, the whole cut to `max` characters.
 */
export function claimRow(claim: Claim, line: number, max: number): ClaimRow {
  const prefix = `${line} · `;
  const cue = wordedCue(claim);
  const cueText = cue ? oneLine(cue.text, 40) : '';
  const head = cue ? `${prefix}${cueText}: ` : prefix;
  const label = head + claimLabel(claim, Math.max(max - head.length, 10));
  return cue ? { label, cue: [prefix.length, prefix.length + cueText.length] } : { label };
}

/**
 * Claims as a Markdown list, one line each in document order: `- **Speaker** — *said* — claim — line N`, the
 * claim as written, so quotes keep their marks and reported speech has none; the cue is left out where there is
 * none (or it is only a signature's dash).
 */
export function claimsMarkdown(groups: readonly SpeakerGroup[], lineOf: (offset: number) => number): string {
  const rows = groups
    .flatMap((g) => g.claims.map((claim) => ({ claim, speaker: g.kind === 'unattributed' ? '_Unattributed_' : `**${escapeMarkdown(g.name)}**` })))
    .sort((a, b) => a.claim.start - b.claim.start);
  return rows
    .map(({ claim, speaker }) => {
      const cue = claim.cue && /\p{L}/u.test(claim.cue.text) ? ` — *${escapeMarkdown(claim.cue.text.replace(/\s+/g, ' ').trim())}*` : '';
      return `- ${speaker}${cue} — ${escapeMarkdown(claimLabel(claim, Infinity))} — line ${lineOf(claim.start)}`;
    })
    .join('\n');
}

/** Backslash-escapes the characters that would turn plain text into Markdown formatting, links or HTML. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}
