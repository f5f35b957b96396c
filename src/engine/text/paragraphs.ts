import type { Span } from '../types';

/**
 * Splits text into lines, the unit of local analysis and of reuse after an edit. A line ends at \n, \r\n,
 * \r, or U+2028/U+2029; the span excludes the terminator. Empty lines are kept so that indices stay stable.
 */
export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  const re = /\r\n|[\n\r\u2028\u2029]/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** True when a line holds nothing but white space. */
export function isBlank(text: string, line: Span): boolean {
  return !/\S/.test(text.slice(line.start, line.end));
}
