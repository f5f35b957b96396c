// The Speakers tree as plain data, built from an Analysis without `vscode`, so it is unit-tested in Node.
import { claimsByAttribution, type AttributionKind } from '../engine/attribution';
import type { Analysis, Claim } from '../engine/types';

// The corpus views group speakers the same way; they take these names from here.
export { UNATTRIBUTED_KEY } from '../engine/attribution';
/** What a group of claims is attributed to (see src/engine/attribution.ts). */
export type SpeakerKind = AttributionKind;

export type SpeakerSort = 'position' | 'count';

export interface SpeakerGroup {
  /** Unique among the groups of one analysis: the attribution key (entity id, `together:<names>`, `unresolved:<text>`, `unattributed`). */
  key: string;
  /** The entity the claims resolve to, if any. */
  entityId: string | null;
  /** Canonical name, the speaker as written when unresolved, or "Unattributed". */
  name: string;
  /** What the claims are attributed to (see src/engine/attribution.ts). */
  kind: SpeakerKind;
  /** In document order. */
  claims: Claim[];
}

/**
 * One group per attribution: claims whose speaker resolves to no entity are grouped by the speaker as written
 * (case-insensitively), claims without a speaker under "Unattributed", which always comes last.
 */
export function speakerGroups(analysis: Analysis, sort: SpeakerSort = 'position'): SpeakerGroup[] {
  let unattributed: SpeakerGroup | undefined;
  const groups: SpeakerGroup[] = [];
  for (const { attribution: { key, entityId, name, kind }, claims } of claimsByAttribution(analysis)) {
    const group = { key, entityId, name, kind, claims };
    if (kind === 'unattributed') unattributed = group;
    else groups.push(group);
  }
  groups.sort(sort === 'count' ? byCountThenPosition : byPosition);
  if (unattributed) groups.push(unattributed);
  return groups;
}

function byPosition(a: SpeakerGroup, b: SpeakerGroup): number {
  return a.claims[0].start - b.claims[0].start;
}

function byCountThenPosition(a: SpeakerGroup, b: SpeakerGroup): number {
  return b.claims.length - a.claims.length || byPosition(a, b);
}

/** The group holding a claim, by claim id. */
export function groupOfClaim(groups: readonly SpeakerGroup[], claimId: string): SpeakerGroup | undefined {
  return groups.find((g) => g.claims.some((c) => c.id === claimId));
}

/** "1 claim", "3 claims". */
export function countLabel(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
