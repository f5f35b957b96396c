// A program's or an app's name after "in" ("a bug in Firefox", "open the photo in Photoshop", "in Pages format"):
// the tagger reads a capitalised word after "in" as a place, and the locative rule (./local typeByForm) makes it
// sure. The words around the name show the program; a place after "in" ("grew up in Lyon", "opened a shop
// in Lyon") has none of them.
import { FILE_NOUNS, OPENING_VERBS, SOFTWARE_NOUNS, SOFTWARE_NOUNS_AFTER, SOFTWARE_VERBS } from '../lexicon/software';
import type { LineMention } from './lineMention';
import { endsInSpace } from '../text/wordsBefore';

// The characters read around a name: enough for a verb, its object of a few words and "in".
const AROUND_CHARS = 48;
// "in" right before the name, and the word before it.
const IN_BEFORE = /(?:^|[^\p{L}])(\p{L}[\p{L}-]*)\s+in\s+$/u;
// A clause's words before "in", back to its last punctuation: where a verb of working in a program is looked for.
const CLAUSE_BEFORE_IN = /([^,.;:!?()"“”]*)\s+in\s+$/u;
// The most words between a verb of working in a program and "in" ("edited the old photo in …").
const WORDS_TO_IN = 4;
// A pronoun object of an opening verb ("open it in …").
const PRONOUN_OBJECT = /^(?:it|them|this|that)$/u;
// The word after the name, possessive or not ("in Pages format", "in Chrome's settings").
const WORD_AFTER = /^(?:['’]s)?\s+(\p{Ll}[\p{Ll}-]*)/u;

/** True when the clause's words before "in" open with a verb of opening and its object is a file or a pronoun. */
function opensFile(clause: string[]): boolean {
  for (let k = Math.max(0, clause.length - 1 - WORDS_TO_IN); k + 1 < clause.length; k++) {
    if (!OPENING_VERBS.has(clause[k].toLowerCase())) continue;
    const object = clause.slice(k + 1);
    return PRONOUN_OBJECT.test(object[0]) ? object.length === 1 : FILE_NOUNS.has(object[object.length - 1]);
  }
  return false;
}

/** True when the one-word name `m` of `line`, right after "in", stands where the words around it show a program. */
export function isProgramAfterIn(line: string, m: LineMention): boolean {
  const before = line.slice(Math.max(0, m.start - AROUND_CHARS), m.start);
  // IN_BEFORE, tried at every start of `before`, only where "in" and white space end it.
  if (!endsInSpace(before) || !before.trimEnd().endsWith('in')) return false;
  const word = IN_BEFORE.exec(before)?.[1];
  if (word === undefined || /\s/u.test(line.slice(m.start, m.end))) return false;
  if (SOFTWARE_NOUNS.has(word.toLowerCase())) return true;
  const after = WORD_AFTER.exec(line.slice(m.end, m.end + AROUND_CHARS))?.[1];
  if (after !== undefined && SOFTWARE_NOUNS_AFTER.has(after)) return true;
  const clause = (CLAUSE_BEFORE_IN.exec(before)?.[1] ?? '').split(/\s+/u).filter(Boolean);
  return clause.slice(-1 - WORDS_TO_IN).some((w) => SOFTWARE_VERBS.has(w.toLowerCase())) || opensFile(clause);
}
