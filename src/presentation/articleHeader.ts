// Recognises an article by its header line. Pure: no `vscode` import, unit-tested in plain Node.

/**
 * `date YYYY-MM-DD` at the start of the first line, after optional spaces (and a byte-order mark), with a
 * real month and day; whatever follows the date on that line (a headline, the first sentence) is allowed.
 */
const HEADER = /^\uFEFF?[ \t\u00A0]*date[ \t]+\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)/;

/** True when a document's first line is an article header. */
export function hasArticleHeader(firstLine: string): boolean {
  return HEADER.test(firstLine);
}
