// Titles of works in quotation marks ("A Beautiful Lie", "The Crying Game", "Time to Wake Up"): songs, films,
// books and episodes are named in title case between quotes, and the tagger, reading capitals, takes their
// words for people, organizations or places. The engine has no type for a work, so such names are dropped.
import type { LineMention } from './lineMention';
import { namedWorkTitles } from './namedWorks';

// A quoted passage: an opening mark, up to the closing one, on one line.
const QUOTED = /["“]([^"“”\n]+)["”]/gu;
// A title: two words or more (a single quoted word is often a nickname: "Oscar"), at most this many.
const MAX_TITLE_WORDS = 8;
// Every word capitalised or a digit, save the small words that title case leaves in lower case.
const TITLE_WORD = /^(?:[\p{Lu}\p{N}].*|of|the|a|an|to|in|on|and|for|with|at|by|from)$/u;
// "the "Dream Team"" or "the "Altamira" farm": a name or nickname of something, not a work's title.
const AFTER_THE = /\bthe\s*$/iu;
// '"Ryan Reynolds" <ryan@example.com>': the name an e-mail header gives its address, a person's or a company's.
const BEFORE_ADDRESS = /^\s*</u;

/** The spans [start, end) of the quoted passages of `line` that read as titles of works. */
export function quotedTitles(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(line); m; m = QUOTED.exec(line)) {
    // A title holds no comma inside ("Townsend, George" is a name as an address book writes it).
    const inner = m[1].trim().replace(/[.,!?]$/u, '');
    const words = inner.split(/\s+/u);
    if (words.length < 2 || words.length > MAX_TITLE_WORDS || inner.includes(',')) continue;
    if (!words.every((w) => TITLE_WORD.test(w)) || AFTER_THE.test(line.slice(Math.max(0, m.index - 5), m.index))) continue;
    if (BEFORE_ADDRESS.test(line.slice(m.index + m[0].length))) continue;
    out.push([m.index + 1, m.index + m[0].length - 1]);
  }
  return out;
}

/** The names (sorted) that lie inside none of the line's titles of works: quoted, or named after a work noun. */
export function withoutQuotedTitles(line: string, names: LineMention[]): LineMention[] {
  const titles = line.includes('"') || line.includes('“') ? quotedTitles(line).concat(namedWorkTitles(line)) : namedWorkTitles(line);
  if (!titles.length) return names;
  return names.filter((n) => !titles.some(([a, b]) => n.start >= a && n.end <= b));
}
