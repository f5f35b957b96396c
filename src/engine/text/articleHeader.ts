// Recognises an article by its header line and reads its date. Pure: the editor's detector, the CLI's folder
// walk and the CSV exports share it.

/**
 * `date YYYY-MM-DD` at the start of the first line, after optional spaces (and a byte-order mark), with a
 * real month and day; whatever follows the date on that line (a headline, the first sentence) is allowed.
 */
const HEADER = /^\uFEFF?[ \t\u00A0]*date[ \t]+(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?!\d)/;

/** True when a document's first line is an article header. */
export function hasArticleHeader(firstLine: string): boolean {
  return HEADER.test(firstLine);
}

/** The `YYYY-MM-DD` of an article's header, or null when its first line is not one. */
export function articleDate(text: string): string | null {
  return HEADER.exec(text)?.[1] ?? null;
}
