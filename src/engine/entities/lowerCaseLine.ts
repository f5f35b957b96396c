// Names in a line written all in lower case ("where can i buy churros in san diego"): web posts and chat
// often are, and the tagger, which reads capitals, finds nothing there. Only names the lexicons know as a
// place or an organization are taken, and no word that is also a common word ("nice", "reading", "turkey").
import type { Token } from '../text/tokens';
import type { EntityType } from '../types';
import { isVocabularyWord } from './commonWords';
import { phraseClasses, startsPhrase, wordClass } from './gazetteer';
import type { LineMention } from './lineMention';

// Prose: a lower-case word of three letters or more (a line of digits and symbols is no writing style).
const PROSE_WORD = /\p{Ll}{3}/u;
// Lexicon classes (./gazetteer) of the names taken: country, city or place, US state; organization.
const PLACE_CLASS = /[CPS]/;
const ORGANIZATION_CLASS = /O/;
// Shorter single words are mostly abbreviations ("ave", "amt").
const MIN_WORD = 4;
// Classes that make a word something else too: a common word, a first or last name, a person's.
const OTHER_CLASS = /[wFLN]/;

// A writer who does not capitalise: the line opens with a word in lower case ("eBay" is written so on purpose;
// after a full stop a lower-case word may follow an abbreviation, "i.e. to"), or the pronoun "I" is written "i".
const CASUAL = /^\p{Ll}+[\s,;:]|(?:^|\s)i(?=\s|['’]\p{Ll})/u;

/** True when `line` is written without capitals: no upper-case letter, and some lower-case prose. */
export function isLowerCaseLine(line: string): boolean {
  return !/\p{Lu}/u.test(line) && PROSE_WORD.test(line);
}

/**
 * True when `line` is written by someone who does not capitalise ("i live in delaware, anyone know ..."), though it
 * has capitals: its names in lower case are no less names.
 */
export function isCasualLine(line: string): boolean {
  return CASUAL.test(line) && PROSE_WORD.test(line);
}

function typeOfClass(cls: string): EntityType | undefined {
  if (OTHER_CLASS.test(cls)) return undefined;
  if (PLACE_CLASS.test(cls)) return 'place';
  if (ORGANIZATION_CLASS.test(cls)) return 'organization';
  return undefined;
}

/**
 * The places and organizations the lexicons know in a line's tokens (offsets as the tokens'): every multi-word
 * entry, and the single words at the tokens `at` accepts (every token when it is not given).
 */
export function lexiconNames(tokens: readonly Token[], at?: (i: number) => boolean): LineMention[] {
  const lowers = tokens.map((t) => t.text.toLowerCase());
  const phrases = phraseClasses(lowers);
  const out: LineMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (phrases[i][0] === 'B') {
      // A multi-word entry ("new york", "san francisco"): its class letter follows the position mark.
      let j = i + 1;
      while (j < tokens.length && phrases[j][0] === 'I') j++;
      const type = typeOfClass(phrases[i].slice(1));
      if (type) out.push({ start: tokens[i].start, end: tokens[j - 1].end, type });
      i = j - 1;
      continue;
    }
    if (tokens[i].kind !== 'word' || lowers[i].length < MIN_WORD || (at && !at(i)) || isVocabularyWord(lowers[i])) continue;
    const type = typeOfClass(wordClass(lowers[i]));
    if (type) out.push({ start: tokens[i].start, end: tokens[i].end, type });
  }
  return out;
}

// Prepositions and verbs of place before a place the writer left in lower case ("studying in norway", "a trip to
// peru", "visiting lisbon"): there a word the lexicons know only as a place is one, however written.
const PLACE_PREPOSITION = /^(?:in|to|from|near|around|across|visit|visiting|visited)$/u;
// Parts of a town, which the lexicons list among places.
const TOWN_PARTS = /^(?:downtown|uptown|midtown)$/u;
// A line that may hold one: such a word, then a word in lower case.
const PLACE_PREPOSITION_HINT = /(?:^|\s)(?:in|to|from|near|around|across|visit|visiting|visited)\s+\p{Ll}/u;

/**
 * True when a word in lower case right after a preposition of place may start a place: a multi-word entry starts
 * there or the lexicons know the word as a place. Most lines of news have none, and are left without looking up
 * the lexicon phrases of all their words (a tenth of a huge article's per-line time for names went to that).
 */
function mayStartPlace(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    if (!PLACE_PREPOSITION.test(tokens[i - 1].text) || /\p{Lu}/u.test(tokens[i].text)) continue;
    const lower = tokens[i].text.toLowerCase();
    if (i + 1 < tokens.length && startsPhrase(lower, tokens[i + 1].text.toLowerCase())) return true;
    if (tokens[i].kind === 'word' && lower.length >= MIN_WORD && !isVocabularyWord(lower) && typeOfClass(wordClass(lower)) === 'place') return true;
  }
  return false;
}

/** The places the lexicons know written in lower case right after a preposition of place (see PLACE_PREPOSITION). */
export function lowerCasePlacesAfterPrepositions(line: string, tokens: readonly Token[]): LineMention[] {
  if (!PLACE_PREPOSITION_HINT.test(line) || !mayStartPlace(tokens)) return [];
  const out: LineMention[] = [];
  let k = 0;
  // Only a word right after one can be taken, so only those are looked up (a multi-word entry is still found where
  // it starts, which depends on the entries before it).
  for (const n of lexiconNames(tokens, (i) => i > 0 && PLACE_PREPOSITION.test(tokens[i - 1].text))) {
    if (n.type !== 'place' || /\p{Lu}/u.test(line.slice(n.start, n.end))) continue;
    while (k < tokens.length && tokens[k].start < n.start) k++;
    // A word before a name qualifies it ("in downtown Seattle"); parts of a town are no places of their own.
    const next = tokens.find((t) => t.start >= n.end);
    if (k > 0 && PLACE_PREPOSITION.test(tokens[k - 1].text) && !/^\p{Lu}/u.test(next?.text ?? '') && !TOWN_PARTS.test(line.slice(n.start, n.end))) out.push(n);
  }
  return out;
}
