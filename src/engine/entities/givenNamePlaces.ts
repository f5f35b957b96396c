// A given name that is a place's name too ("Chad", "Charlotte", "Adelaide") opening a person's name: the tagger reads
// the place and then the person ("Chad" | "Edward Gaudin"), where English writes no two names with only a space
// between them.
import { genderOfGivenName } from '../lexicon/gender';
import { isRoleNoun, isTitle } from '../lexicon/roles';
import type { Token } from '../text/tokens';

/**
 * Relabels (BIO `labels`, in place) a one-word place that the given-name lexicon knows, right before a person's name
 * that opens with no title or role, as that name's first word.
 */
export function joinGivenNamePlaces(tokens: Token[], labels: string[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (labels[k] !== 'B-LOC' || labels[k + 1] !== 'B-PER' || tokens[k].end + 1 !== tokens[k + 1].start) continue;
    const next = tokens[k + 1].text;
    if (genderOfGivenName(tokens[k].text) === null || isTitle(next) || isRoleNoun(next)) continue;
    labels[k] = 'B-PER';
    labels[k + 1] = 'I-PER';
  }
}
