// The person's decisions about an article: what they corrected, accepted or added over the machine's reading.
// Each decision names its target by anchor (see anchor.ts), not by id, so it survives re-analysis and edits.
import type { ClaimKind, EntityType, Provenance } from '../engine/types';
import type { Anchor } from './anchor';

/** Who a claim is attributed to after a reassignment. */
export interface SpeakerChoice {
  /** An entity of the article; null for a new named speaker or an unnamed source ("a campaign aide"). */
  entityId: string | null;
  /** The entity's name, the new speaker's name, or the source as written. */
  name: string;
}

export type ClaimAction
  /** Attribute the claim to another speaker. */
  = | { action: 'reassignSpeaker'; speaker: SpeakerChoice }
  /** The machine's claim is not a claim: suppressed from later analyses. */
    | { action: 'rejectClaim' }
  /** A claim the machine missed, at the target; its speaker, if chosen, by a later reassignment. */
    | { action: 'addClaim'; kind: ClaimKind; speaker?: SpeakerChoice }
    | { action: 'setClaimKind'; kind: ClaimKind }
  /** The claim's content is `span` instead of the target. */
    | { action: 'setClaimSpan'; span: Anchor }
  /** Reviewed: the machine's reading is right. */
    | { action: 'acceptClaim' };

export type EntityAction
  /** A name the machine missed, at the target (joins an entity of the same type and name if there is one). */
  = | { action: 'addEntity'; type: EntityType; name?: string }
  /** The entity holding the target mention is of another type. */
    | { action: 'retypeEntity'; type: EntityType }
  /** The target mention is no entity; with `every`, no mention with the same text is. */
    | { action: 'notEntity'; every: boolean }
  /** The entity holding the mention at `other` is the same as the one holding the target (an alias). */
    | { action: 'mergeEntities'; other: Anchor }
  /** The target mention names an entity of its own, not the one it was filed under. */
    | { action: 'splitMention' }
  /** Reviewed: the machine's entity holding the target mention is right. */
    | { action: 'acceptEntity' };

export type DecisionBody = ClaimAction | EntityAction;
export type DecisionAction = DecisionBody['action'];

export type Decision = DecisionBody
  & Provenance & {
    /** Unique within a sidecar. */
    id: string;
    target: Anchor;
    /** The target could not be found in the article after it changed: kept, listed for the person to re-attach or drop. */
    orphan?: boolean;
  };

/** A decision's provenance alone, as the results it changed carry it. */
export function provenanceOf(d: Provenance): Provenance {
  return { creator: d.creator, created: d.created };
}

export const CLAIM_ACTIONS: ReadonlySet<DecisionAction> = new Set([
  'reassignSpeaker', 'rejectClaim', 'addClaim', 'setClaimKind', 'setClaimSpan', 'acceptClaim',
]);

export function isClaimDecision(d: Decision): d is Decision & ClaimAction {
  return CLAIM_ACTIONS.has(d.action);
}

/** Every anchor a decision holds: its target, and the other span some actions name. */
export function anchorsOf(d: Decision): Anchor[] {
  if (d.action === 'setClaimSpan') return [d.target, d.span];
  if (d.action === 'mergeEntities') return [d.target, d.other];
  return [d.target];
}

/** The same decision with its anchors replaced (in the order `anchorsOf` lists them). */
export function withAnchors(d: Decision, anchors: readonly Anchor[]): Decision {
  if (d.action === 'setClaimSpan') return { ...d, target: anchors[0], span: anchors[1] };
  if (d.action === 'mergeEntities') return { ...d, target: anchors[0], other: anchors[1] };
  return { ...d, target: anchors[0] };
}
