// A title-case headline writes its verb with a capital ("Kari Holm Endorses Jo Lund"): the tagger, reading capitals,
// may take the line for one name, which then becomes the speaker's. Per sentence, on the tagger's BIO labels.
import { isLyAdverb } from '../lexicon/adverbs';
import { FINITE_AUXILIARIES, IRREGULAR_PAST } from '../lexicon/closedClass';
import { cueVerb, isNounish, readsInHeadline } from '../lexicon/speech';
import { words } from '../lexicon/words';
import type { Token } from '../text/tokens';
import { wordClass } from './gazetteer';
import { PERSON_NAME_WORDS } from './nameShapes';

// A headline's verb: a capitalised word in -s ("Speaks", "Visits"), -ed ("Questioned") or -ing ("Playing").
const PRESENT_FORM = /^\p{Lu}\p{Ll}+s$/u;
const PAST_OR_ING_FORM = /^\p{Lu}\p{Ll}+(?:ed|ing)$/u;
// Words that go on a headline after its subject's name and are never a word of it: auxiliaries, past forms,
// adverbs, prepositions, "To" of an infinitive, "And" of a second subject, a relative ("Jo Roe Is Right", "Jo
// Roe Just Got …", "Jo Roe On Taxes", "Jo Roe To Run", "Jo Roe That Will …").
const AFTER_NAME = words(FINITE_AUXILIARIES, IRREGULAR_PAST, `
  to on in at of for from with by about after under over into against and or as than
  that who which what when where why how just now still also again never always even only`);
// Classes of the lexicons' names: a word known as a given name or surname ("Drew", "Rose") stays in the name.
const NAME_CLASS = /[FLN]/;

/**
 * Whether a capitalised word after a person's name in a headline goes on with the headline: a word of AFTER_NAME
 * or an adverb in -ly, or a verb form that the lexicons know as a common word only (one in -ed or -ing also when
 * they know it not); never a word they know as a name.
 */
function headlineWord(text: string): boolean {
  const lower = text.toLowerCase();
  const cls = wordClass(lower);
  if (NAME_CLASS.test(cls)) return false;
  return AFTER_NAME.has(lower) || isLyAdverb(text) || (PRESENT_FORM.test(text) && cls === 'w') || (PAST_OR_ING_FORM.test(text) && (cls === 'w' || cls === ''));
}

/**
 * Token i goes on a person's name of two or three words with the rest of the headline ("Jo Roe Visits Oslo",
 * "Jo Roe Is Right", "Jo Roe Questioned Over Fees"). The name's second word is never taken for that ("Larry
 * Summers Warns", "Jack Reed"): a surname can be a common word too.
 */
function continuesHeadline(tokens: readonly Token[], labels: readonly string[], i: number): boolean {
  if (labels[i] !== 'I-PER' || !headlineWord(tokens[i].text)) return false;
  // The name before it is a person's full name (PERSON_NAME_WORDS); a longer run is rather a signature's name and
  // employer ("Jo Roe Harbour Freight Services"). Read back no further than that, once per word of the run.
  let first = i - 1;
  while (first > 0 && labels[first] === 'I-PER' && i - first <= PERSON_NAME_WORDS.max) first--;
  return labels[first] === 'B-PER' && i - first >= PERSON_NAME_WORDS.min && i - first <= PERSON_NAME_WORDS.max;
}

/**
 * Ends a name before a word of a title-case headline's sentence (the caller tells one) that reads as a cue there,
 * or as the rest of the headline after a person's name (see continuesHeadline). Words that are nouns as well end only a
 * person's name ("Jo Roe Slams …"), not a place's or an organization's ("United States", "Consumer Reports"). The
 * rest of the run is dropped: the names it holds spread from the article's body.
 */
export function cutNamesAtHeadlineCues(tokens: readonly Token[], labels: string[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (labels[i][0] !== 'I') continue;
    const verb = cueVerb(tokens[i].text);
    const cue = !!verb && readsInHeadline(verb, tokens[i].text) && !(isNounish(tokens[i].text) && labels[i] !== 'I-PER');
    if (!cue && !continuesHeadline(tokens, labels, i)) continue;
    for (let k = i; k < tokens.length && labels[k][0] === 'I'; k++) labels[k] = 'O';
  }
}
