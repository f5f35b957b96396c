// The analysis as JSON: what the CLI's `--json` prints and the editor's exports write, so that files from
// either are interchangeable.
import { articleDate } from '../engine/text/articleHeader';
import type { Analysis, Claim } from '../engine/types';
import { statusOf } from '../corrections/review';
import type { AnalysedArticle } from './claimsCsv';
import { lineNumbers } from './lines';

/**
 * A claim as exported: where it is (the file, the article's `date` header, the 1-based line of its start) and
 * its review status, so that each claim of a corpus stream stands on its own, as a CSV row does. A reviewed
 * claim also carries its `provenance` (who decided, when).
 */
export type ClaimRecord = Claim & { file: string; date: string | null; line: number; status: NonNullable<Claim['status']> };

export type AnalysisRecord = Omit<Analysis, 'claims'> & { claims: ClaimRecord[] };

export function analysisRecord({ file, text, analysis }: AnalysedArticle): AnalysisRecord {
  const date = articleDate(text);
  const lineOf = lineNumbers(text);
  return { ...analysis, claims: analysis.claims.map((claim) => ({ ...claim, status: statusOf(claim), file, date, line: lineOf(claim.start) })) };
}

/** The record pretty-printed with two spaces and a final newline. */
export function analysisJson(article: AnalysedArticle): string {
  return [...analysisJsonParts(article)].join('');
}

/**
 * analysisJson in pieces, one per entity and per claim, that join into the same text: a 10 MB article's JSON is
 * a 60 MB string (twice that where a curly quote makes it two bytes a character), and the CLI encodes the pieces
 * as they come rather than hold that string and its encoding at once.
 */
export function* analysisJsonParts(article: AnalysedArticle): Generator<string> {
  let first = true;
  for (const [key, value] of Object.entries(analysisRecord(article))) {
    if (value === undefined) continue; // as JSON.stringify leaves it out
    yield `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(value) && value.length) {
      for (const [i, item] of value.entries()) yield `${i ? ',' : '['}\n    ${nestedTwice(item)}`;
      yield '\n  ]';
    } else yield indented(value, '  ');
  }
  yield first ? '{}\n' : '\n}\n';
}

/** JSON.stringify's pretty form of a value nested at `pad`: strings in JSON hold no raw line break. */
function indented(value: unknown, pad: string): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${pad}`);
}

/**
 * indented(item, '    ') for an array's item (never undefined, which an array writes as null): the item as
 * JSON.stringify pretty-prints it inside two arrays, so that it comes indented by four spaces without a second pass
 * over its text (a 10 MB article's record is 55 MB).
 */
function nestedTwice(item: unknown): string {
  // '[\n  [\n    ' before the item, '\n  ]\n]' after it.
  return JSON.stringify([[item]], null, 2).slice(10, -6);
}
