// The Speakers tree as plain data, built from an Analysis without `vscode`, so it is unit-tested in Node.
import { claimsBySpeaker } from '../formats/report';
import type { Analysis, Claim, EntityType } from '../engine/types';

/**
 * What a group of claims is attributed to: an entity (by its type), a speaker mention that resolves to no
 * entity ("officials"), or nobody.
 */
export type SpeakerKind = EntityType | 'unresolved' | 'unattributed';

export type SpeakerSort = 'position' | 'count';

export interface SpeakerGroup {
  /** Unique among the groups of one analysis: the entity id, `unresolved:<text>` or `unattributed`. */
  key: string;
  /** The entity the claims resolve to, if any. */
  entityId: string | null;
  /** Canonical name, the speaker as written when unresolved, or "Unattributed". */
  name: string;
  kind: SpeakerKind;
  /** In document order. */
  claims: Claim[];
}

export const UNATTRIBUTED_KEY = 'unattributed';

/**
 * One group per speaker. Claims whose speaker resolves to no entity are grouped by the speaker as written
 * (case-insensitively), claims without a speaker under "Unattributed", which always comes last.
 */
export function speakerGroups(analysis: Analysis, sort: SpeakerSort = 'position'): SpeakerGroup[] {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const groups: SpeakerGroup[] = [];
  const unresolved = new Map<string, SpeakerGroup>();
  let unattributed: SpeakerGroup | undefined;
  for (const [entityId, claims] of claimsBySpeaker(analysis)) {
    if (entityId !== null) {
      const entity = entities.get(entityId);
      groups.push({
        key: entityId,
        entityId,
        name: entity?.name ?? claims[0].speaker?.text ?? entityId,
        kind: entity?.type ?? 'unresolved',
        claims,
      });
      continue;
    }
    for (const claim of claims) {
      if (!claim.speaker) {
        unattributed ??= { key: UNATTRIBUTED_KEY, entityId: null, name: 'Unattributed', kind: 'unattributed', claims: [] };
        unattributed.claims.push(claim);
        continue;
      }
      const written = claim.speaker.text.replace(/\s+/g, ' ').trim();
      const key = `unresolved:${written.toLowerCase()}`;
      let group = unresolved.get(key);
      if (!group) {
        group = { key, entityId: null, name: written, kind: 'unresolved', claims: [] };
        unresolved.set(key, group);
        groups.push(group);
      }
      group.claims.push(claim);
    }
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
