// The claims of articles as CSV, one row per claim: what the CLI's `--format csv` and the editor's CSV exports
// write, so that a single article, a folder and a corpus export open as the same table.
import { articleDate } from '../engine/text/articleHeader';
import type { Analysis, Claim } from '../engine/types';
import { statusOf } from '../corrections/review';
import { csvRow, type CsvValue } from './csv';
import { lineNumbers } from './lines';
import { speakerType } from './speakerType';

export const CLAIM_COLUMNS = [
  'file',
  'date',
  'line',
  'speaker',
  'speaker_as_written',
  'speaker_type',
  'kind',
  'cue',
  'claim',
  'status',
] as const;

/** An analysed article, named by its file (a path or any identifier the caller chooses). */
export interface AnalysedArticle {
  file: string;
  text: string;
  analysis: Analysis;
}

/** The rows of one article's claims, in document order, in CLAIM_COLUMNS order; the status is the claim's own unless given. */
export function claimRows(article: AnalysedArticle, status: (claim: Claim) => string = statusOf): CsvValue[][] {
  const { analysis } = article;
  const date = articleDate(article.text);
  const lineOf = lineNumbers(article.text);
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  return analysis.claims.map((claim) => {
    const speaker = claim.speaker;
    return [
      article.file,
      date,
      lineOf(claim.start),
      (speaker?.entityId && entities.get(speaker.entityId)?.name) ?? null,
      speaker?.text ?? null,
      speakerType(claim, entities),
      claim.kind,
      claim.cue?.text ?? null,
      claim.text,
      status(claim),
    ];
  });
}

/** The header row. */
export function claimsCsvHeader(): string {
  return csvRow(CLAIM_COLUMNS);
}

/** One article's claims as CSV records, without the header (a stream of articles writes the header once). */
export function claimsCsvRecords(article: AnalysedArticle, status?: (claim: Claim) => string): string {
  return claimRows(article, status).map(csvRow).join('');
}
