import type { Claim, Entity } from '../engine/types';

/** How a claim's speaker is named: by a person's or an organization's name, or not by name at all. */
export type SpeakerType = 'person' | 'organization' | 'unnamed';

/**
 * A speaker resolved to a named entity is a person, or else an organization (places that speak are
 * governments: "Lithuania said"); one that resolves to none ("a spokesman", "officials") is unnamed. Null when
 * the claim is unattributed.
 */
export function speakerType(claim: Claim, entities: ReadonlyMap<string, Entity>): SpeakerType | null {
  if (!claim.speaker) return null;
  const entity = claim.speaker.entityId === null ? undefined : entities.get(claim.speaker.entityId);
  if (!entity) return 'unnamed';
  return entity.type === 'person' ? 'person' : 'organization';
}
