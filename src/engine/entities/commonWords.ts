// Common words: what the lexicons know as a word but never as a name (compromise's "w" class, see
// ./gazetteer) and the common words of the training text (./model/vocabulary, see build-vocabulary.mjs).
import { countryByName } from '../lexicon/places';
import { wordClass } from './gazetteer';
import { VOCABULARY } from './model/vocabulary';

let vocabulary: ReadonlySet<string> | undefined;

/** True when the training text writes `lower` in lower case far more often than capitalised (./model/vocabulary). */
export function isVocabularyWord(lower: string): boolean {
  vocabulary ??= new Set(VOCABULARY.split('\n'));
  return vocabulary.has(lower);
}

/** True when the lower-cased `lower` is a common word and no known name (a country's "us" is one). */
export function isCommonWord(lower: string): boolean {
  const cls = wordClass(lower);
  if (cls !== '' && cls !== 'w') return false;
  return (cls === 'w' || isVocabularyWord(lower)) && !countryByName(lower);
}
