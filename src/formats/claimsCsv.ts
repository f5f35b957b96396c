// The claims of articles as CSV, one row per claim: what the CLI's `--format csv` and the editor's CSV exports
// write, so that a single article, a folder and a corpus export open as the same table.
import { articleDate } from '../engine/text/articleHeader';
import type { Analysis, Claim } from '../engine/types';
import { csvRow, type CsvValue } from './csv';
import { lineNumbers } from './lines';

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

/** How a claim's speaker is named: by a person's or an organization's name, or not by name at all. */
export type SpeakerType = 'person' | 'organization' | 'unnamed';

/** An analysed article, named by its file (a path or any identifier the caller chooses). */
export interface AnalysedArticle {
  file: string;
  text: string;
  analysis: Analysis;
}

/** Machine results, until the user's corrections confirm or change them. */
const SUGGESTED = 'suggested';

/**
 * A speaker resolved to a named entity is a person, or else an organization (places that speak are
 * governments: "Lithuania said"); one that resolves to none ("a spokesman", "officials") is unnamed.
 */
function speakerType(claim: Claim, types: Map<string, string>): SpeakerType | null {
  if (!claim.speaker) return null;
  const type = claim.speaker.entityId === null ? undefined : types.get(claim.speaker.entityId);
  if (type === undefined) return 'unnamed';
  return type === 'person' ? 'person' : 'organization';
}

/** The rows of one article's claims, in document order, in CLAIM_COLUMNS order. */
export function claimRows(article: AnalysedArticle, status: (claim: Claim) => string = () => SUGGESTED): CsvValue[][] {
  const { analysis } = article;
  const date = articleDate(article.text);
  const lineOf = lineNumbers(article.text);
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const types = new Map(analysis.entities.map((e) => [e.id, e.type]));
  return analysis.claims.map((claim) => {
    const speaker = claim.speaker;
    return [
      article.file,
      date,
      lineOf(claim.start),
      (speaker?.entityId && names.get(speaker.entityId)) ?? null,
      speaker?.text ?? null,
      speakerType(claim, types),
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
