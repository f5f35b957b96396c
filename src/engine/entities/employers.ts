// The employer after "at": a name written after a job or a word of employment and "at" ("an economist at
// Harlow Brandt", "five years at Vestra / Corvane", "a job at Norvik Energy") is where someone works, an
// organization, where the tagger, reading "at", took it for a place. A name the lexicons know as a place ("a
// professor at Oxford", "a spokesman at Heathrow") is left as the tagger typed it.
import { isJobTitle } from '../lexicon/roles';
import { words } from '../lexicon/words';
import type { Token } from '../text/tokens';
import { wordClass } from './gazetteer';
import type { LineMention } from './lineMention';

// Words of employment before "at", besides jobs and titles (../lexicon/roles isJobTitle).
const EMPLOYMENT = words('job jobs work works worked working career years months internship tenure stint employee employees staff colleagues group team department division desk position post');
// Words that join a second employer to the first ("at Vestra / Corvane", "at Vestra and later Corvane").
const JOINER = /^(?:\/|and|or|,)$/u;

/** True when the lexicons know the name (lower case) as a place: a country, a city or place, a US state. */
const knownPlace = (name: string): boolean => /[CPS]/.test(wordClass(name.toLowerCase()));

/**
 * Retypes as organizations the places right after a job or a word of employment and "at" (and "the"), and the
 * places joined to such an employer by "/", "and" or a comma. Offsets as the tokens'; `names` (sorted) are changed in place.
 */
export function typeEmployersAfterAt(tokens: readonly Token[], names: LineMention[], line: string): void {
  let k = 0;
  let employerEnd = -1;
  for (const n of names) {
    while (k < tokens.length && tokens[k].start < n.start) k++;
    if (tokens[k]?.start !== n.start) continue;
    const name = line.slice(n.start, n.end);
    const atIndex = tokens[k - 1]?.text.toLowerCase() === 'the' ? k - 2 : k - 1;
    const before = tokens[atIndex - 1]?.text ?? '';
    const afterAt = tokens[atIndex]?.text === 'at' && (EMPLOYMENT.has(before.toLowerCase()) || (/^\p{L}/u.test(before) && isJobTitle(before)));
    const joined = employerEnd >= 0 && k >= 1 && JOINER.test(tokens[k - 1].text) && tokens[k - 1].start >= employerEnd && (k < 2 || tokens[k - 2].end === employerEnd);
    if (n.type === 'place' && (afterAt || joined) && !knownPlace(name)) {
      n.type = 'organization';
      n.sure = true;
    }
    employerEnd = n.type === 'organization' && (afterAt || joined) ? n.end : -1;
  }
}
