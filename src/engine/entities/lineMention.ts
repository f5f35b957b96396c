// The unit every entity stage passes on: a typed name found in one line, before mentions become entities.
import { memoized } from '../memo';
import type { EntityType } from '../types';

/** A mention found in one line; offsets are relative to the line's start. */
export interface LineMention {
  start: number;
  end: number;
  type: EntityType;
  /**
   * The start of the mention whose entity this one joins: for a handle written as "Name (@handle)", the person's;
   * for an organization's head noun written alone ("the League", ./headReferences), its full name's.
   */
  ownerStart?: number;
  /** The type comes from the name's form or preposition, not the tagger's guess: it outweighs guesses. */
  sure?: boolean;
  /** How far the tagger preferred this type to the next class at the name's first word (./typeLeads); none when a rule typed it. */
  typeLead?: number;
  /** An organization the tagger doubted (./unsureOrganizations): found only where the article confirms it. */
  doubted?: boolean;
  /** The name signing a letter, alone on its line after a closing formula (./signOffs): a person whatever the word. */
  signOff?: boolean;
  /**
   * The mention as written, kept with the line's result (see ./index) while its offsets are those it was found
   * with: the document stages look names up by it in maps and memos, and a string kept from one analysis to the
   * next is hashed once, where a newly sliced one is hashed at each look-up.
   */
  text?: string;
}

/** The mention as written: its kept text, else sliced from the document. */
export const writtenOf = (text: string, m: LineMention): string => m.text ?? text.slice(m.start, m.end);

// Memoised (see ../memo): every analysis asks it of every name, as it asks what is written around them (kept
// between the analyses of an incremental one, see ../windowCache).
const keyOfWritten = memoized((s: string): string => s.normalize('NFC').toLowerCase().split(/\s+/u).filter(Boolean).join(' '));

/** The key the mentions of one name share: as written, in NFC, lower case, with single spaces. */
export const nameKeyOf = (text: string, m: LineMention): string => keyOfWritten(writtenOf(text, m));
