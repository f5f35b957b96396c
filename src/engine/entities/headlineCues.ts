// A title-case headline writes its verb with a capital ("Kari Holm Endorses Jo Lund"): the tagger, reading capitals,
// may take the line for one name, which then becomes the speaker's. Per sentence, on the tagger's BIO labels.
import { cueVerb, isNounish, readsInHeadline } from '../lexicon/speech';
import type { Token } from '../text/tokens';

/**
 * Ends a name before a word of a title-case headline's sentence (the caller tells one) that reads as a cue there. Words that are nouns as well end only a
 * person's name ("Jo Roe Slams …"), not a place's or an organization's ("United States", "Consumer Reports"). The
 * rest of the run is dropped: the names it holds spread from the article's body.
 */
export function cutNamesAtHeadlineCues(tokens: readonly Token[], labels: string[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (labels[i][0] !== 'I') continue;
    const verb = cueVerb(tokens[i].text);
    if (!verb || !readsInHeadline(verb, tokens[i].text) || (isNounish(tokens[i].text) && labels[i] !== 'I-PER')) continue;
    for (let k = i; k < tokens.length && labels[k][0] === 'I'; k++) labels[k] = 'O';
  }
}
