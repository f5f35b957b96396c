// The article's text with "\r\n" read as "\n", and the way back to offsets in the text as it is, so that
// quotes found before a line-end rewrite (CRLF <-> LF) are found after it.

export interface NormalisedText {
  text: string;
  /** The offset in the original text of an offset in `text`. */
  toOriginal(offset: number): number;
}

export function normaliseLineEnds(original: string): NormalisedText {
  if (!original.includes('\r')) return { text: original, toOriginal: (offset) => offset };
  const text = original.replace(/\r\n?/g, '\n');
  const originalAt = new Int32Array(text.length + 1);
  let j = 0;
  for (let i = 0; i < text.length; i++, j++) {
    originalAt[i] = j;
    if (original.charCodeAt(j) === 13 && original.charCodeAt(j + 1) === 10) j++;
  }
  originalAt[text.length] = original.length;
  return { text, toOriginal: (offset) => originalAt[offset] };
}

/** A quote with its line ends read as "\n". */
export function normaliseQuote(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}
