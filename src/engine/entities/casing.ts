// Document-level casing: a capitalised word is a name only if the article does not also write it in lower
// case. Words that open a sentence are capitalised whatever they are ("Eelgrass is back …" where the article
// speaks of "eelgrass" elsewhere); the tagger, seeing one line, cannot tell.
import { LowerCaseWords } from '../text/lowerWords';
import type { EntityType, Span } from '../types';
import type { LineMention } from './lineMention';

const NAMED: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place']);
// Before a sentence's first word: the line's start or a full stop, then opening quotes or brackets.
const OPENS_SENTENCE = /(?:^|[\n\r]|[.!?:…]\s+)[ \t]*["'“‘«([]*$/u;

/**
 * Drops one-word person, organization and place mentions whose every mention opens a sentence when the
 * same word is written in lower case elsewhere in `text`. `mentions` are sorted; so is the result.
 */
export function withoutCommonWords(text: string, lines: readonly Span[], mentions: readonly LineMention[]): LineMention[] {
  const openers = new Map<string, boolean>(); // word → every mention opens a sentence
  for (const m of mentions) {
    if (!NAMED.has(m.type)) continue;
    const word = text.slice(m.start, m.end);
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
    const opens = OPENS_SENTENCE.test(text.slice(Math.max(0, m.start - 8), m.start));
    openers.set(word, (openers.get(word) ?? true) && opens);
  }
  const common = new Set<string>();
  const lowerWords = new LowerCaseWords(text, lines);
  for (const [word, opens] of openers) if (opens && lowerWords.has(word.toLowerCase())) common.add(word);
  if (!common.size) return [...mentions];
  return mentions.filter((m) => !(NAMED.has(m.type) && common.has(text.slice(m.start, m.end))));
}
