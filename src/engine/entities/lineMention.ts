// The unit every entity stage passes on: a typed name found in one line, before mentions become entities.
import type { EntityType } from '../types';

/** A mention found in one line; offsets are relative to the line's start. */
export interface LineMention {
  start: number;
  end: number;
  type: EntityType;
  /** For a handle written as "Name (@handle)", the start of the person mention it belongs to. */
  ownerStart?: number;
  /** The type comes from the name's form or preposition, not the tagger's guess: it outweighs guesses. */
  sure?: boolean;
}
