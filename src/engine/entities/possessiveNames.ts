// A name, a possessive and a person's name that the tagger read as one ("Juventus's Zinedine Zidane", "NFL Network's
// Rich Eisen", "the Harbour Board's Lind said"): news writes a person after the team, firm or outlet they belong to,
// and names such as "Moody's Investors Service" or "Queen's Park Rangers" go on with no given name after their
// possessive.
import { genderOfGivenName } from '../lexicon/gender';
import { isLegalFormKey } from '../lexicon/organizations';
import { cueVerb } from '../lexicon/speech';
import type { Token } from '../text/tokens';
import { relabel } from './bioLabels';
import { isCommonWord } from './commonWords';
import { NAME_WORD } from './nameShapes';

const POSSESSIVE = /^['’][sS]$/u;
// The most words of a person's name after the possessive.
const PERSON_WORDS = 3;

/**
 * Relabels (BIO `labels`, in place) as a person's the two or three words after a possessive inside a tagged name, when
 * they read as a person's name.
 */
export function splitPossessiveNames(tokens: Token[], labels: string[]): void {
  for (let p = 1; p + 1 < tokens.length; p++) {
    if (!POSSESSIVE.test(tokens[p].text) || labels[p][0] !== 'I' || labels[p + 1][0] !== 'I') continue;
    let end = p + 1;
    while (end < tokens.length && labels[end] === labels[p]) end++;
    const after = tokens.slice(p + 1, end);
    if (after.length > PERSON_WORDS || !after.every((t) => NAME_WORD.test(t.text))) continue;
    // A given name the lexicon knows opens it, or two words no common one ("Zinedine Zidane", not "Investors Service");
    // or a surname alone that speaks ("the Harbour Board's Lind said", not "McDonald's Corp said").
    const plain = (t: Token): boolean => !isCommonWord(t.text.toLowerCase()) && !isLegalFormKey(t.text.toLowerCase());
    const named = after.length === 1
      ? plain(after[0]) && cueVerb(tokens[end]?.text ?? '') !== undefined
      : genderOfGivenName(after[0].text) !== null || after.every(plain);
    if (!named) continue;
    labels[p] = 'O';
    relabel(labels, p + 1, end, 'PER');
  }
}
