// CSV as RFC 4180 writes it (comma, CRLF, double quotes doubled) and as spreadsheets open it safely.

export type CsvValue = string | number | null | undefined;

/** Put before the first row (`--bom`) so that Excel reads the file as UTF-8 rather than the locale's code page. */
export const UTF8_BOM = '\uFEFF';

/**
 * Text a spreadsheet would run as a formula (or a DDE command): "=", "+", "-", "@", or a tab or carriage
 * return before one. Such a field gets a leading apostrophe, which spreadsheets show as text (OWASP's
 * CSV-injection advice). Numbers are written as numbers and need no guard.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Characters that oblige a field to be quoted. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: null and undefined as empty, text guarded against formula injection and quoted when needed. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, ended by CRLF. */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}
