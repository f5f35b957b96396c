import { isRoleNoun } from '../lexicon/roles';
import { CAPITALISED } from '../entities/nameShapes';
import type { Span } from '../types';
import { NAME_JOINERS } from './speakers';
import { words } from '../lexicon/words';
import { isCommonWord } from '../entities/commonWords';
import { compiledNow } from '../text/compiledNow';

/** A headline of the form "Speaker: what they said"; offsets relative to the line. */
export interface HeadlineClaim {
  speaker: Span;
  colon: number;
  content: Span;
}

// "Graham: Trump’s rhetoric is destroying the party", "Clinton camp: …": one to four capitalised words (with
// joiners) before the colon, then the content. Names of news sections and labels are not speakers.
// The speaker may be followed by whom it addresses, its topic or its place ("Roe to Voters: …", "Roe on Taxes: …",
// "Roe at the Summit: …"), which are no part of it.
const HEADLINE = compiledNow(/^\s*(\p{Lu}[\p{L}\p{M}.’'&-]*(?: (?!(?:[Tt]o|[Oo]n|[Aa]t) )[\p{L}\p{M}.’'&-]+){0,3})(?: (?:[Tt]o|[Oo]n|[Aa]t) \p{Lu}[^:]{0,80})?:\s+(\S.*?)\s*$/u);
// Lower-case words a headline speaker may hold besides name joiners and roles: "Clinton camp", "Trump aides".
const SPEAKER_WORDS = words('the camp aide aides official officials campaign team allies');
const isNameWord = (w: string): boolean => CAPITALISED.test(w) || NAME_JOINERS.has(w) || SPEAKER_WORDS.has(w) || isRoleNoun(w);
const LABELS = words(`
  latest update note excerpt exclusive watch video breaking analysis opinion review editorial live recap
  timeline factbox explainer daily podcast photos listen read related source sources update correction
  clarification name age city job pay total pledged superdelegates delegates results here now also see via
  credit photo image warning disclaimer summary bottom line question answer q a tl;dr ps p.s. edit fact check
  reality contributing revealed notice paid reporting additional written edited produced graphic map chart
  email e-mail phone tel fax mobile address location website`);
// A label that opens with a preposition ("At Portsmouth:", "In brief:") or a common word's -ed or -ing form
// ("Postponed:", "Playing Sunday:", "Continued from page 1:") sets a scene or a status; a speaker is a noun
// phrase. The -ed/-ing word must be a common word, not a name that ends so ("Ted", "Manning").
const LABEL_PREPOSITIONS = words('at in on from for by with of to');
const VERB_FORM = /(?:ed|ing)$/;
const isLabelOpener = (word: string): boolean => {
  const w = word.toLowerCase();
  return LABEL_PREPOSITIONS.has(w) || (VERB_FORM.test(w) && isCommonWord(w) && !isRoleNoun(w));
};
const MAX_WORDS = 25;
const MAX_LENGTH = 300;

/**
 * The headline claim of a short line that is "Speaker: content", or null. The content must read as a
 * statement: at least three words, not a number or a list, and no second sentence after it.
 */
export function headlineClaim(s: string): HeadlineClaim | null {
  // A headline is short; the bound also keeps the pattern linear on a huge line.
  if (s.length > MAX_LENGTH) return null;
  const m = HEADLINE.exec(s);
  if (!m) return null;
  const [, name, line] = m;
  // "Roe: The toll is unfair; Lee: …": a headline of several parts says the first up to its semicolon.
  const rest = line.replace(/\s*;.*$/, '');
  if (!name.split(' ').every(isNameWord)) return null;
  // A label opens the line's words ("Watch:", "Breaking News:", "The Latest:"); inside a name a label word is a
  // name's ("Judicial Watch:", "Harbour Daily News:").
  const opening = name.split(' ').find((w) => w !== 'The') ?? '';
  if (LABELS.has(opening.toLowerCase().replace(/[’'].*$/, ''))) return null;
  if (isLabelOpener(name.split(' ')[0])) return null;
  // A single word in capitals ("BOOM:", "HUFFPOLLSTER:") is a kicker, not a speaker; an acronym ("FBI:") speaks.
  if (!name.includes(' ') && name.length > 4 && name === name.toUpperCase()) return null;
  const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (words.length < 3 || words.length > MAX_WORDS || /^[\p{N}$#@]/u.test(rest)) return null;
  // Scores, tables and lists ("Sussex 363 (W. Athey 111; …)") are data, not a statement.
  if (/[(;]/.test(rest) || (rest.match(/\p{N}+/gu) ?? []).length >= 2) return null;
  // A second sentence ("Trump: He won. Now what?") makes this a paragraph, not a headline.
  if (/[.!?]["”’']?\s+\p{Lu}/u.test(rest)) return null;
  const start = s.indexOf(name);
  const colon = s.indexOf(':', start + name.length);
  const contentStart = s.indexOf(rest, colon);
  let contentEnd = contentStart + rest.length;
  // The final period of a headline is not part of what was said.
  if (s[contentEnd - 1] === '.' && !/["”’']\.$/.test(rest)) contentEnd--;
  return { speaker: { start, end: start + name.length }, colon, content: { start: contentStart, end: contentEnd } };
}

// A turn of a transcript quoted in the article: a paragraph opening with a quotation mark and the speaker's
// label in capitals ("“WALLACE: Let’s start …", "\"SEN. KAINE: Well …"). Such paragraphs run long and a kicker
// ("BOOM: …") is in capitals too, so the quotation mark before the label is what tells a transcript; a turn
// opens a sentence (a capital, a figure, a quotation or a bracketed stage note), which a shout inside a quote
// ("“NO: that is wrong,” she said") does not. Only the label is matched: the content runs to the line's end,
// whatever its length.
const TRANSCRIPT_LABEL = compiledNow(/^\s*["“„«]\s*(\p{Lu}[\p{Lu}.’'-]*(?: \p{Lu}[\p{Lu}.’'-]*){0,2}):\s+(?=[\p{Lu}\p{N}"“‘'([…])/u);

/** The claim of a quoted transcript turn ("“NAME: what they said"), or null; offsets relative to the line. */
export function transcriptTurn(s: string): HeadlineClaim | null {
  const m = TRANSCRIPT_LABEL.exec(s);
  if (!m) return null;
  const name = m[1];
  if (!/\p{Lu}{2}/u.test(name) || name.split(' ').some((w) => LABELS.has(w.toLowerCase().replace(/[’'].*$/, '')))) return null;
  // The label is the first run of capitals after the opening mark.
  const start = m[0].indexOf(name);
  const colon = start + name.length;
  const end = s.trimEnd().length;
  return { speaker: { start, end: colon }, colon, content: { start: m[0].length, end } };
}
