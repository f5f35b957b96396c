// A body's name made of common words that opens a line as the subject of a speech verb ("Truth Watch asked, …",
// "Open Roads said"): the tagger, reading common words, may leave it out, yet a run of capitalised common words
// that speaks is a name. Per line, after the tagger's pass (./local).
import { isPartOfCamp } from '../lexicon/roles';
import { cueVerb } from '../lexicon/speech';
import { isCommonWord } from './commonWords';
import type { LineMention } from './lineMention';

// Two to four capitalised words opening the line, then a lower-case word (the verb).
const OPENING_RUN = /^((?:\p{Lu}\p{Ll}+ ){1,3}\p{Lu}\p{Ll}+) (\p{Ll}+)/u;
// An article opens no name of this kind ("The Committee said" is the tagger's to read).
const ARTICLE = /^(?:The|A|An)$/u;

/** The line's mentions with the speaking name that opens it, where the tagger found none there. */
export function withSpeakingName(line: string, mentions: LineMention[]): LineMention[] {
  const run = OPENING_RUN.exec(line);
  if (!run || !cueVerb(run[2])?.strong || mentions.some((m) => m.start < run[1].length)) return mentions;
  const words = run[1].split(' ');
  if (ARTICLE.test(words[0]) || isPartOfCamp(words) || !words.every((w) => isCommonWord(w.toLowerCase()))) return mentions;
  return [{ start: 0, end: run[1].length, type: 'organization' }, ...mentions];
}
