// The corrected analysis: the person's decisions applied, in the order they were made, over the machine's
// latest analysis. Run after every analysis, so corrections last while the engine re-reads the article.
import type { Analysis, Claim, Entity, Speaker } from '../engine/types';
import { isClaimDecision, provenanceOf, type ClaimAction, type Decision, type SpeakerChoice } from './decisions';
import { applyEntityDecision, currentId, tidyEntities, type EntityState } from './applyEntities';
import { findTarget } from './find';

/**
 * Every claim and entity carries a status: `suggested` (the machine's, untouched), `accepted` or `human`; a
 * reviewed one also carries the provenance (who, when) of the last decision that touched it.
 * Orphaned decisions are skipped (they have no place in this text). The input analysis is not changed.
 */
export function applyDecisions(analysis: Analysis, decisions: readonly Decision[]): Analysis {
  const state: EntityState = {
    entities: analysis.entities.map((e) => ({ ...e, mentions: [...e.mentions], status: e.status ?? 'suggested' })),
    renamed: new Map(),
  };
  let claims: Claim[] = analysis.claims.map((c) => ({ ...c, status: c.status ?? 'suggested' }));
  const live = decisions.filter((d) => !d.orphan);
  for (const d of live) if (!isClaimDecision(d)) applyEntityDecision(state, d);
  const entities = tidyEntities(state.entities);
  claims = claims.map((c) => followRenames(c, state.renamed));
  for (const d of live) if (isClaimDecision(d)) claims = applyClaimDecision(claims, d, entities);
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...analysis, entities, claims };
}

function applyClaimDecision(claims: Claim[], d: Decision & ClaimAction, entities: readonly Entity[]): Claim[] {
  if (d.action === 'addClaim') {
    const { start, end, exact } = d.target;
    const claim: Claim = { id: `claim:human-${d.id}`, kind: d.kind, start, end, spans: [{ start, end }], text: exact, cue: null, speaker: null, status: 'human', provenance: provenanceOf(d) };
    if (d.speaker) claim.speaker = speakerFor(claim, d.speaker, entities);
    return [...claims, claim];
  }
  const claim = findTarget(claims, d.target);
  if (!claim) return claims;
  if (d.action !== 'rejectClaim') claim.provenance = provenanceOf(d);
  switch (d.action) {
    case 'rejectClaim':
      return claims.filter((c) => c !== claim);
    case 'acceptClaim':
      if (claim.status === 'suggested') claim.status = 'accepted';
      return claims;
    case 'reassignSpeaker':
      claim.speaker = speakerFor(claim, d.speaker, entities);
      break;
    case 'setClaimKind':
      claim.kind = d.kind;
      break;
    case 'setClaimSpan':
      Object.assign(claim, { start: d.span.start, end: d.span.end, spans: [{ start: d.span.start, end: d.span.end }], text: d.span.exact });
      break;
  }
  claim.status = 'human';
  return claims;
}

/**
 * The speaker after a reassignment. To an entity of the article (by id, else by name): the mention written at
 * the cue stays marked, now resolved to it. To a new named speaker or an unnamed source: unresolved, under the
 * name given, marked nowhere in the text.
 */
function speakerFor(claim: Claim, choice: SpeakerChoice, entities: readonly Entity[]): Speaker {
  const entity = (choice.entityId !== null && entities.find((e) => e.id === choice.entityId))
    || entities.find((e) => e.name.toLowerCase() === choice.name.toLowerCase());
  const at = claim.speaker ?? { start: claim.start, end: claim.start, text: '' };
  // A person's reassignment names the speaker outright.
  if (entity) return { start: at.start, end: at.end, text: at.text || entity.name, entityId: entity.id, resolution: 'named' };
  return { start: at.start, end: at.start, text: choice.name, entityId: null, resolution: null };
}

function followRenames(claim: Claim, renamed: ReadonlyMap<string, string | null>): Claim {
  const id = claim.speaker?.entityId;
  const members = claim.speaker?.members;
  // Speakers named together ("Roe and Lee said") follow their entities' renames; a removed one drops out.
  if (members?.some((m) => renamed.has(m))) {
    const current = [...new Set(members.map((m) => currentId(renamed, m)).filter((m): m is string => m !== null))];
    const { members: _dropped, ...rest } = claim.speaker!;
    return { ...claim, speaker: current.length > 1 ? { ...rest, members: current } : rest };
  }
  if (!id || !renamed.has(id)) return claim;
  return { ...claim, speaker: { ...claim.speaker!, entityId: currentId(renamed, id) } };
}
