// A title-case headline writes its verb with a capital ("Kari Holm Endorses Jo Lund"): the tagger, reading capitals,
// may take the line for one name, which then becomes the speaker's. Per sentence, on the tagger's BIO labels.
import { cueVerb, isNounish, readsInHeadline } from '../lexicon/speech';
import type { Token } from '../text/tokens';
import { wordClass } from './gazetteer';

// A headline's verb in the present ("Speaks", "Visits", "Wins"): a capitalised word in -s.
const PRESENT_FORM = /^\p{Lu}\p{Ll}+s$/u;
// How many words of a person's name stand before such a verb: a given name and a surname, perhaps a middle
// name; a longer run is rather a signature's name and employer ("Jo Roe Harbour Freight Services").
const NAME_WORDS_BEFORE_VERB = { min: 2, max: 3 };

/**
 * Token i goes on a person's name of two or three words with a verb of the headline that is no cue ("Jo Roe
 * Visits Oslo", "Ann Lee Speaks Out"): a word in -s that the lexicons know only as a common word. The name's
 * second word is never taken for one ("Larry Summers Warns"): a surname can be a common word too.
 */
function continuesWithVerb(tokens: readonly Token[], labels: readonly string[], i: number): boolean {
  if (labels[i] !== 'I-PER' || !PRESENT_FORM.test(tokens[i].text) || wordClass(tokens[i].text.toLowerCase()) !== 'w') return false;
  let first = i - 1;
  while (first > 0 && labels[first] === 'I-PER') first--;
  return labels[first] === 'B-PER' && i - first >= NAME_WORDS_BEFORE_VERB.min && i - first <= NAME_WORDS_BEFORE_VERB.max;
}

/**
 * Ends a name before a word of a title-case headline's sentence (the caller tells one) that reads as a cue there,
 * or as another verb after a person's name (see continuesWithVerb). Words that are nouns as well end only a
 * person's name ("Jo Roe Slams …"), not a place's or an organization's ("United States", "Consumer Reports"). The
 * rest of the run is dropped: the names it holds spread from the article's body.
 */
export function cutNamesAtHeadlineCues(tokens: readonly Token[], labels: string[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (labels[i][0] !== 'I') continue;
    const verb = cueVerb(tokens[i].text);
    const cue = !!verb && readsInHeadline(verb, tokens[i].text) && !(isNounish(tokens[i].text) && labels[i] !== 'I-PER');
    if (!cue && !continuesWithVerb(tokens, labels, i)) continue;
    for (let k = i; k < tokens.length && labels[k][0] === 'I'; k++) labels[k] = 'O';
  }
}
