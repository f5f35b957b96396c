// Sports clubs' names with their form ("FC Barcelona", "Sunderland A.F.C."): the tagger reads the form as a name
// of its own and the club's town as a place, or leaves the form out.
import { CLUB_FORMS_AFTER, CLUB_FORMS_BEFORE } from '../lexicon/organizations';
import type { Token } from '../text/tokens';
import { relabel } from './bioLabels';
import { CAPITALISED } from './nameShapes';

const isCapitalised = (token: Token | undefined): boolean => token !== undefined && token.kind !== 'punct' && CAPITALISED.test(token.text);

/** Relabels as one organization (BIO `labels`, in place) a club's form and the capitalised words it is written with. */
export function joinClubForms(tokens: Token[], labels: string[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k].text;
    let first = k;
    let end = k + 1;
    if (CLUB_FORMS_BEFORE.has(word) && isCapitalised(tokens[k + 1])) {
      while (isCapitalised(tokens[end])) end++;
    } else if (CLUB_FORMS_AFTER.has(word) && k > 0 && isCapitalised(tokens[k - 1])) {
      // Back over the club's name, not over a sentence's capitalised first word the tagger left out.
      while (first > 0 && isCapitalised(tokens[first - 1]) && (first - 1 > 0 || labels[0] !== 'O')) first--;
    } else continue;
    if (first === k && end === k + 1) continue;
    relabel(labels, first, end, 'ORG');
    // A name the tagger ran on past the club's ("Barcelona in") ends with it.
    for (let m = end; m < tokens.length && labels[m][0] === 'I'; m++) labels[m] = 'O';
    k = end - 1;
  }
}
