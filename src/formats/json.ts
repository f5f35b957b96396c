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
  return JSON.stringify(analysisRecord(article), null, 2) + '\n';
}
