// What each --format writes: a header once, then one record per article (or per JSONL document), produced in
// the worker thread that analysed it. Add a format here and it is an option (its name is listed in --help).
import { bratAnn } from '../formats/brat';
import { claimsCsvHeader, claimsCsvRecords, type AnalysedArticle } from '../formats/claimsCsv';
import { UTF8_BOM } from '../formats/csv';
import { analysisJson } from '../formats/json';
import { toPrediction } from '../formats/prediction';
import { formatReport } from '../formats/report';

export interface OutputFormat {
  /** Written once before the first record. */
  header?(options: { bom: boolean }): string;
  record(article: AnalysedArticle): string;
  /**
   * Records in input order (a human reads them top to bottom) rather than as they finish (each names its
   * file, so a stream consumer does not need the order).
   */
  ordered: boolean;
  /** The record stands for one article only (brat's offsets refer to one text): a run may have no other. */
  oneArticle?: boolean;
}

export const FORMATS = {
  report: { ordered: true, record: ({ file, text, analysis }) => `== ${file}\n${formatReport(text, analysis)}\n\n` },
  json: { ordered: true, record: analysisJson },
  jsonl: { ordered: false, record: ({ file, analysis }) => JSON.stringify(toPrediction(file, analysis)) + '\n' },
  csv: { ordered: false, header: ({ bom }) => (bom ? UTF8_BOM : '') + claimsCsvHeader(), record: (article) => claimsCsvRecords(article) },
  // brat standoff: the .ann that goes beside the article (news-annotate -f brat story.txt > story.ann).
  brat: { ordered: true, oneArticle: true, record: ({ text, analysis }) => bratAnn(text, analysis) },
} satisfies Record<string, OutputFormat>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

/** Why a one-article format cannot take `got`, or undefined when it can. */
export function oneArticleProblem(format: FormatName | undefined, got: string): string | undefined {
  if (format === undefined || !(FORMATS[format] as OutputFormat).oneArticle) return undefined;
  return `--format ${format} writes the standoff of one article (its offsets refer to that text): give one file, not ${got}`;
}
