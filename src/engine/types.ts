// The shape of an analysis: what the editor, the speakers tree, hovers, export and the CLI consume.
// Offsets are JavaScript string indices (UTF-16 code units) into the analysed text, end exclusive.

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'date' | 'handle' | 'hashtag' | 'url';

/** How a mention names its entity: by name, by a role descriptor, by pronoun, as a possessive … */
export type MentionForm = 'name' | 'descriptor' | 'pronoun' | 'handle' | 'other';

export interface Mention extends Span {
  /** The mention as written, e.g. "Lithuania's", "the Lithuanian leader", "@GitanasNauseda". */
  text: string;
  form: MentionForm;
}

export interface Entity {
  /**
   * Stable identity, derived from type and canonical name (e.g. "person:gitanas-nauseda"), so that a user's
   * corrections can refer to it across edits and re-analyses.
   */
  id: string;
  type: EntityType;
  /** Canonical name: the fullest name written in the article, diacritics kept. */
  name: string;
  /** Every mention, sorted by start. */
  mentions: Mention[];
  /** Set by the person's corrections (src/corrections); the engine's own results are suggestions. */
  status?: ReviewStatus;
  /** Who made the last decision that changed or accepted it, and when; absent on suggestions. */
  provenance?: Provenance;
}

export type ClaimKind = 'direct' | 'mixed' | 'indirect';

export interface Cue extends Span {
  /** The cue as written: "said", "told reporters", "according to", "—" for an embedded post … */
  text: string;
}

/**
 * How sure a speaker's resolution is: `named` (a name of the entity stands at the cue), `inferred` (a
 * pronoun or descriptor resolved to the one antecedent that fits best), `ambiguous` (several antecedents
 * fitted equally well; the best guess is given, for review).
 */
export type SpeakerResolution = 'named' | 'inferred' | 'ambiguous';

export interface Speaker extends Span {
  /** The speaker mention as written at the cue: a name, a descriptor or a pronoun. */
  text: string;
  /** The entity it resolves to, or null when it resolves to none. */
  entityId: string | null;
  /** How the entity was found; null when the speaker resolves to no entity. */
  resolution: SpeakerResolution | null;
  /**
   * The whole source as annotators draw it, when it is more than the mention: the mention with its appositive
   * ("Jo Roe, the group's president,") or coordinated names.
   */
  phrase?: Span;
  /**
   * The entities of several speakers named together ("Roe and Lee said"), in text order; the claim is then
   * tied to none of them alone (entityId null).
   */
  members?: string[];
}

export interface Claim extends Span {
  /**
   * Stable identity, derived from the claim's content text and its occurrence among identical contents, so
   * that corrections (reassigning its speaker) survive edits elsewhere in the document.
   */
  id: string;
  kind: ClaimKind;
  /**
   * The content pieces, sorted. One piece for most claims; a quote split around its attribution has two or
   * more. `start`/`end` cover all pieces.
   */
  spans: Span[];
  /** The content as written, pieces joined by a single space. */
  text: string;
  cue: Cue | null;
  /** Null when the claim is unattributed. */
  speaker: Speaker | null;
  /** Set by the person's corrections (src/corrections); the engine's own results are suggestions. */
  status?: ReviewStatus;
  /** Who made the last decision that changed, added or accepted it, and when; absent on suggestions. */
  provenance?: Provenance;
}

/** A machine result nobody reviewed, one a person accepted, or one a person made or changed. */
export type ReviewStatus = 'suggested' | 'accepted' | 'human';

/** Provenance, after the W3C Web Annotation model: who made a decision (`creator`) and when (`created`, ISO 8601). */
export interface Provenance {
  creator: string;
  created: string;
}

export interface Analysis {
  /** Length of the analysed text; every range lies within [0, textLength]. */
  textLength: number;
  /** Sorted by the start of their first mention. */
  entities: Entity[];
  /** Sorted by start. */
  claims: Claim[];
}
