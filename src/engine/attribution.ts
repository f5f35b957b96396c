// Who a claim is attributed to, with one meaning for every consumer (CLI report, Speakers view, status bar,
// hovers, exports): a claim is *unattributed* when it has no speaker at all; *unresolved* when it has a
// speaker mention that is not tied to a named entity ("officials", "the candidate"); otherwise it belongs to
// the entity its speaker resolves to, and its kind is that entity's type.
import type { Analysis, Claim, Entity, EntityType } from './types';

export type AttributionKind = EntityType | 'unresolved' | 'unattributed';

export interface Attribution {
  kind: AttributionKind;
  /**
   * Groups claims by who said them, unique within an analysis: the entity id, `together:` and the names of
   * speakers named together, `unresolved:` and the speaker as written (lower case, white space collapsed), or
   * `unattributed`.
   */
  key: string;
  /** The entity's canonical name, "A and B" for speakers named together, the speaker as written (white space collapsed), or "Unattributed". */
  name: string;
  /** The named entity, for the entity kinds only; null for speakers named together (`Speaker.members`). */
  entityId: string | null;
}

export const UNATTRIBUTED_KEY = 'unattributed';

const UNATTRIBUTED: Attribution = { kind: 'unattributed', key: UNATTRIBUTED_KEY, name: 'Unattributed', entityId: null };

/** True for the kinds that name an entity (a person, an organization …), false for unresolved and unattributed. */
export function isNamedAttribution(kind: AttributionKind): kind is EntityType {
  return kind !== 'unresolved' && kind !== 'unattributed';
}

/**
 * The attribution of a claim. A speaker whose entity id is not among `entities` counts as unresolved: it is
 * tied to no entity of this analysis.
 */
export function attributionOf(claim: Claim, entities: ReadonlyMap<string, Entity>): Attribution {
  const speaker = claim.speaker;
  if (!speaker) return UNATTRIBUTED;
  const entity = speaker.entityId === null ? undefined : entities.get(speaker.entityId);
  if (entity) return { kind: entity.type, key: entity.id, name: entity.name, entityId: entity.id };
  // "Mr. Roe and Ms. Lee said": one group listing both by their canonical names, not the one written at the cue,
  // of the first one's type, so that a named pair is filed with the named speakers, not with unnamed sources.
  const together = (speaker.members ?? []).map((id) => entities.get(id)).filter((e): e is Entity => !!e);
  if (together.length > 1) {
    const name = listed(together.map((e) => e.name));
    return { kind: together[0].type, key: `together:${name.toLowerCase()}`, name, entityId: null };
  }
  const written = speaker.text.replace(/\s+/g, ' ').trim();
  return { kind: 'unresolved', key: `unresolved:${written.toLowerCase()}`, name: written, entityId: null };
}

/** "A and B", "A, B and C". */
function listed(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Entities by id, the lookup `attributionOf` takes. */
export function entitiesById(analysis: Analysis): Map<string, Entity> {
  return new Map(analysis.entities.map((e) => [e.id, e]));
}

export interface AttributedClaims {
  attribution: Attribution;
  /** In document order. */
  claims: Claim[];
}

/**
 * The claims of an analysis grouped by attribution key, groups in the order of their first claim and the
 * unattributed group (if any) last.
 */
export function claimsByAttribution(analysis: Analysis): AttributedClaims[] {
  const entities = entitiesById(analysis);
  const groups = new Map<string, AttributedClaims>();
  for (const claim of analysis.claims) {
    const attribution = attributionOf(claim, entities);
    const group = groups.get(attribution.key);
    if (group) group.claims.push(claim);
    else groups.set(attribution.key, { attribution, claims: [claim] });
  }
  const unattributed = groups.get(UNATTRIBUTED_KEY);
  groups.delete(UNATTRIBUTED_KEY);
  return unattributed ? [...groups.values(), unattributed] : [...groups.values()];
}
