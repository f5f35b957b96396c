import { attributionOf } from '../engine/attribution';
import type { Claim, Entity } from '../engine/types';

/** How a claim's speaker is named, in the exports' three-way split: a person, an organization, or not by name. */
export type SpeakerType = 'person' | 'organization' | 'unnamed';

/**
 * The engine's attribution (engine/attribution.ts) in the exports' terms: a person is a person, any other named
 * entity an organization (places that speak are governments: "Lithuania said"), an unresolved speaker ("a
 * spokesman", "officials") unnamed. Null when the claim is unattributed.
 */
export function speakerType(claim: Claim, entities: ReadonlyMap<string, Entity>): SpeakerType | null {
  const { kind } = attributionOf(claim, entities);
  if (kind === 'unattributed') return null;
  if (kind === 'unresolved') return 'unnamed';
  return kind === 'person' ? 'person' : 'organization';
}
