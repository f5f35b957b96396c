// The last few words of a text that ends in white space, found by walking back from its end: what the pattern
// /(?:[\p{L}.’'-]+\s+){1,N}$/u matches, without a regular expression that a `$` anchor makes try every start in
// the text (the pattern was the slowest of a 10 MB article's, at every person's name mention).

// A word character: a letter (astral ones too), a full stop, an apostrophe or a hyphen.
const WORD_CHARACTER = /^[\p{L}.’'-]$/u;
// White space as `\s` and String.prototype.trim have it.
const SPACE = /^\s$/;

function isWordCharacter(text: string, from: number, to: number): boolean {
  const code = text.charCodeAt(from);
  if (to - from === 1 && code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x2e || code === 0x27 || code === 0x2d;
  return WORD_CHARACTER.test(text.slice(from, to));
}

function isSpace(code: number): boolean {
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(String.fromCharCode(code));
}

/**
 * Whether the text ends in white space (/\s$/u), read from its last character: a pattern that ends in `\s+$`
 * can match only then, and asking it costs a regular expression tried at every start in the text.
 */
export function endsInSpace(text: string): boolean {
  return text.length > 0 && isSpace(text.charCodeAt(text.length - 1));
}

/** Where the code point that ends at `end` starts: a surrogate pair is one character. */
function characterStart(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  if (end >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return end - 2;
  }
  return end - 1;
}

/**
 * The text's last `max` (or fewer) runs of word characters, each followed by white space, that reach its end —
 * what /(?:[\p{L}.’'-]+\s+){1,max}$/u matches — or '' when it does not end in such a run.
 */
export function wordsBefore(text: string, max: number): string {
  let start = -1;
  let at = text.length;
  for (let words = 0; words < max; words++) {
    let wordEnd = at;
    while (wordEnd > 0 && isSpace(text.charCodeAt(wordEnd - 1))) wordEnd--;
    if (wordEnd === at) break;
    let wordStart = wordEnd;
    for (let from = wordEnd; from > 0;) {
      const before = characterStart(text, from);
      if (!isWordCharacter(text, before, from)) break;
      wordStart = from = before;
    }
    if (wordStart === wordEnd) break;
    start = at = wordStart;
  }
  return start < 0 ? '' : text.slice(start);
}

// A letter, astral ones too.
const LETTER = /^\p{L}$/u;

function isLetter(text: string, from: number, to: number): boolean {
  const code = text.charCodeAt(from);
  if (to - from === 1 && code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER.test(text.slice(from, to));
}

/**
 * The letters right before the white space that ends the text — the group of /(\p{L}+)\s+$/u — or '' when the
 * text does not end in letters and white space; found by walking back from the end (see wordsBefore).
 */
export function lettersBeforeSpace(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === text.length) return '';
  let start = end;
  for (let from = end; from > 0;) {
    const before = characterStart(text, from);
    if (!isLetter(text, before, from)) break;
    start = from = before;
  }
  return text.slice(start, end);
}

/**
 * Whether the text ends in `word` and white space (/word\s+$/u, for a word of ASCII letters): what a pattern that
 * ends so needs, checked from the end rather than by the pattern at every start.
 */
export function endsInWordAndSpace(text: string, word: string): boolean {
  return endsInSpace(text) && text.trimEnd().endsWith(word);
}

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const isApostrophe = (code: number): boolean => code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE;

/**
 * The text without a possessive ending ("Roe's" → "Roe", "the Joneses’" → "the Joneses"): what
 * text.replace(/['’]s?$/u, '') gives, read from the last two characters.
 */
export function withoutPossessive(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  if (isApostrophe(last)) return text.slice(0, -1);
  return last === 0x73 && isApostrophe(text.charCodeAt(text.length - 2)) ? text.slice(0, -2) : text;
}
