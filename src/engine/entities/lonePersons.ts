// Document-level doubt on lone one-word persons: the tagger types an unknown capitalised word as a person's surname
// more often than anything else, and a word the article writes once, that no fuller name ends and that no lexicon
// knows as a given name or surname, is a person's far less often than not (a band, a venue, a people, a crop).
import { genderOfGivenName } from '../lexicon/gender';
import { isTitle } from '../lexicon/roles';
import { wordClass } from './gazetteer';
import { nameKeyOf, type LineMention } from './lineMention';

// Gazetteer classes of people's names: first names, last names, and names the lexicon lists as people's.
const PERSON_CLASS = /[FLN]/;
// Between two names of one list ("Irwin, McAteer, Harte", "Rachel and Lucy").
const LIST_GAP = /^[ \t]*(?:,|and|&|,[ \t]*and)[ \t]*$/u;
// The word before a name: a title names a person ("Dr. Joseph", "General Kutuzov").
const WORD_BEFORE = /(\S+)[ \t]+$/u;
// A number after a name: a table's or a match report's ("Bobic 61st", "Decker 3-0-17-0", "Jonzon 67 67").
const NUMBER_AFTER = /^\s+\p{N}/u;

/** True when the mention at `i` stands in a list beside a person's name. */
function listedWithPerson(text: string, mentions: readonly LineMention[], i: number): boolean {
  const prev = mentions[i - 1];
  const next = mentions[i + 1];
  const m = mentions[i];
  return (prev?.type === 'person' && LIST_GAP.test(text.slice(prev.end, m.start)))
    || (next?.type === 'person' && LIST_GAP.test(text.slice(m.end, next.start)));
}

/**
 * `mentions` (sorted) less each one-word person the article names once, that is no word of another person's name
 * it writes, that the lexicons know as no given name or surname, that no title precedes and that stands in no list
 * of people.
 */
export function withoutLonePersons(text: string, mentions: LineMention[]): LineMention[] {
  const count = new Map<string, number>();
  const nameWords = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const key = nameKeyOf(text, m);
    count.set(key, (count.get(key) ?? 0) + 1);
    if (key.includes(' ')) for (const w of key.split(' ')) nameWords.add(w);
  }
  const lone = (m: LineMention, i: number): boolean => {
    if (m.type !== 'person' || m.signOff) return false;
    const key = nameKeyOf(text, m);
    if (key.includes(' ') || count.get(key) !== 1 || nameWords.has(key)) return false;
    if (PERSON_CLASS.test(wordClass(key)) || genderOfGivenName(key) !== null) return false;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (before && isTitle(before[1])) return false;
    if (NUMBER_AFTER.test(text.slice(m.end, m.end + 3))) return false;
    return !listedWithPerson(text, mentions, i);
  };
  const out = mentions.filter((m, i) => !lone(m, i));
  return out.length === mentions.length ? mentions : out;
}
