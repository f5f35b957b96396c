// A title-case headline: a line or sentence whose words are nearly all capitalised, whatever they are ("Roe Wins
// Harbour Vote As Lee Concedes"). There a capital marks no name, and a capitalised verb may still be a verb.
import type { Token } from '../text/tokens';
import { APOSTROPHE_S, TITLE_SMALL_WORDS } from '../lexicon/closedClass';
import { words } from '../lexicon/words';
import { CAPITALISED } from './nameShapes';

// The share of capitalised words from which three words or more are a headline.
const HEADLINE_SHARE = 0.8;
// The fewest words a headline has.
const HEADLINE_WORDS = 3;

// The short words a title may write in lower case ("Roe Blasts Lee for Mocking His Plan", "… after Report …").
const SMALL_WORDS = words(TITLE_SMALL_WORDS, 'with from or but nor as via vs vs. after over into about amid against before than per');
// A letter anywhere in a word.
const LETTER = /\p{L}/u;

/**
 * Whether a word has a letter, and whether it opens with a capital: a word opening with an ASCII letter is decided
 * by it, so that most words of every sentence run no regular expression.
 */
function hasLetter(word: string): boolean {
  const lower = word.charCodeAt(0) | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || LETTER.test(word);
}
function opensWithCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : CAPITALISED.test(word);
}

/** The tokens (a line or a sentence) are a title-case headline. */
export function isTitleCaseHeadline(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitalised = 0;
  let small = 0;
  for (const t of tokens) {
    if (t.kind === 'punct' || !hasLetter(t.text)) continue;
    words++;
    if (opensWithCapital(t.text)) capitalised++;
    else if (SMALL_WORDS.has(t.text) || APOSTROPHE_S.test(t.text)) small++;
  }
  // Nearly every word capitalised, or every one but the short words a title keeps in lower case.
  return words >= HEADLINE_WORDS && (capitalised >= HEADLINE_SHARE * words || (small > 0 && capitalised + small === words));
}
