// Document-level casing: a capitalised word is a name only if the article does not also write it in lower
// case. Words that open a sentence are capitalised whatever they are ("Eelgrass is back …" where the article
// speaks of "eelgrass" elsewhere); the tagger, seeing one line, cannot tell.
import { isTitle } from '../lexicon/roles';
import { LowerCaseWords } from '../text/lowerWords';
import { aroundSpan } from '../windowCache';
import type { EntityType, Span } from '../types';
import { isCommonWord } from './commonWords';
import { writtenOf, type LineMention } from './lineMention';

const NAMED: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place']);
// Before a sentence's first word: the line's start or a full stop, then opening quotes or brackets.
const OPENS_SENTENCE = /(?:^|[\n\r]|[.!?:…]\s+)[ \t]*["'“‘«([]*$/u;
// A word written in capitals for emphasis ("she did an AMAZING job"): four letters at least (shorter ones are
// mostly acronyms: "the TAB"), with a lower-case word before or after it.
const SHOUTED = /^\p{Lu}{4,}$/u;
const LOWER_WORD_BEFORE = /\p{Ll}[\p{L}'’]*[ \t]+$/u;
const LOWER_WORD_AFTER = /^[ \t]+\p{Ll}/u;
// A sentence's subject or an opening word in prose is followed by a lower-case word ("Mountains cover …");
// a common word opening a line of a table ("Reading 4 1 1 2") or a list is a team's or a person's name.
const LOWER_WORD_NEXT = /^[ \t]+\p{Ll}/u;

// The word before a full stop: an abbreviated title ("Dr. White") ends no sentence.
const WORD_BEFORE_STOP = /(\S+)\s+$/u;

function opensSentence(text: string, at: number): boolean {
  if (!OPENS_SENTENCE.test(text.slice(Math.max(0, at - 8), at))) return false;
  const before = WORD_BEFORE_STOP.exec(text.slice(Math.max(0, at - 12), at));
  return !before || !isTitle(before[1]);
}

/** True when `word` is written capitalised somewhere in `text` other than at a sentence's start. */
function capitalisedInside(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const bounded = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + word.length] ?? '');
    if (bounded && !opensSentence(text, at)) return true;
  }
  return false;
}

/** True when the mention is a common word written in capitals for emphasis in ordinary text. */
function isShouted(text: string, m: LineMention, word: string): boolean {
  if (!SHOUTED.test(word) || !isCommonWord(word.toLowerCase())) return false;
  return LOWER_WORD_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) || LOWER_WORD_AFTER.test(text.slice(m.end, m.end + 3));
}

/** What the words around a mention say of its casing; kept between the analyses of an incremental one (../windowCache). */
function casingAround(text: string, m: LineMention, word: string): { shouted: boolean; capitalised: boolean; opens: boolean; lowerNext: boolean } {
  return aroundSpan('casing', text, m, 30, 3, () => {
    const capitalised = /^\p{Lu}\p{Ll}+$/u.test(word);
    return {
      shouted: isShouted(text, m, word),
      capitalised,
      opens: capitalised && opensSentence(text, m.start),
      lowerNext: LOWER_WORD_NEXT.test(text.slice(m.end, m.end + 3)),
    };
  });
}

/**
 * Drops one-word person, organization and place mentions that are common words, not names: a word whose
 * every mention opens a sentence when the same word is written in lower case elsewhere in `text`, or when
 * it is a common word (./commonWords) that the article never capitalises inside a sentence and always
 * follows with a lower-case word ("Farmers say …"); and a common word written in capitals for emphasis in ordinary text
 * ("an AMAZING job"; a headline all in capitals is another matter). `mentions` are sorted; so is the result.
 */
export function withoutCommonWords(text: string, lines: readonly Span[], mentions: readonly LineMention[]): LineMention[] {
  const openers = new Map<string, boolean>(); // word → every mention opens a sentence
  const shouted = new Set<LineMention>();
  const prose = new Map<string, boolean>(); // word → every mention is followed by a lower-case word
  for (const m of mentions) {
    if (!NAMED.has(m.type)) continue;
    const word = writtenOf(text, m);
    const facts = casingAround(text, m, word);
    if (facts.shouted) shouted.add(m);
    if (!facts.capitalised) continue;
    openers.set(word, (openers.get(word) ?? true) && facts.opens);
    if (!facts.lowerNext) prose.set(word, false);
    else if (!prose.has(word)) prose.set(word, true);
  }
  const common = new Set<string>();
  const lowerWords = new LowerCaseWords(text, lines);
  for (const [word, opens] of openers) {
    if (!opens) continue;
    const lower = word.toLowerCase();
    if (lowerWords.has(lower) || (prose.get(word) && isCommonWord(lower) && !capitalisedInside(text, word))) common.add(word);
  }
  if (!common.size && !shouted.size) return [...mentions];
  return mentions.filter((m) => m.signOff || (!shouted.has(m) && !(NAMED.has(m.type) && common.has(writtenOf(text, m)))));
}
