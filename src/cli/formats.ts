// What each --format writes: a header once, then one record per article (or per JSONL document), produced in
// the worker thread that analysed it. Add a format here and it is an option (its name is listed in --help).
import { bratAnn } from '../formats/brat';
import { claimsCsvHeader, claimsCsvRecords, type AnalysedArticle } from '../formats/claimsCsv';
import { UTF8_BOM } from '../formats/csv';
import { analysisJson, analysisJsonParts } from '../formats/json';
import { toPrediction } from '../formats/prediction';
import { formatReport } from '../formats/report';

export interface OutputFormat {
  /** Written once before the first record. */
  header?(options: { bom: boolean }): string;
  record(article: AnalysedArticle): string;
  /** The record in pieces that join into it, for a thread to encode as they come (see analysisJsonParts). */
  parts?(article: AnalysedArticle): Iterable<string>;
  /**
   * Records in input order (a human reads them top to bottom) rather than as they finish (each names its
   * file, so a stream consumer does not need the order).
   */
  ordered: boolean;
  /**
   * Set when a record stands for its article only (brat's offsets refer to one text): in the --out folder each
   * article is then two files side by side, its record and a copy of its text, named by these extensions.
   * Several articles need the folder; one alone may still go to standard output.
   */
  pair?: { record: string; text: string };
}

export const FORMATS = {
  report: { ordered: true, record: ({ file, text, analysis }) => `== ${file}\n${formatReport(text, analysis)}\n\n` },
  json: { ordered: true, record: analysisJson, parts: analysisJsonParts },
  jsonl: { ordered: false, record: ({ file, analysis }) => JSON.stringify(toPrediction(file, analysis)) + '\n' },
  csv: { ordered: false, header: ({ bom }) => (bom ? UTF8_BOM : '') + claimsCsvHeader(), record: (article) => claimsCsvRecords(article) },
  // brat standoff: the .ann that goes beside the article (news-annotate -f brat story.txt > story.ann), or with
  // --out DIR each article's .ann beside a copy of the text it counts its offsets in (brat reads the pair).
  brat: { ordered: true, pair: { record: '.ann', text: '.txt' }, record: ({ text, analysis }) => bratAnn(text, analysis) },
} satisfies Record<string, OutputFormat>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

/** The pair of files a format writes per article into the --out folder, or undefined when it writes a stream. */
export function pairOf(format: FormatName | undefined): OutputFormat['pair'] {
  return format && (FORMATS[format] as OutputFormat).pair;
}

/** Why a per-article format cannot write `got` to one stream, or undefined when it can. */
export function folderNeeded(format: FormatName | undefined, got: string): string | undefined {
  const pair = pairOf(format);
  if (!pair) return undefined;
  return `--format ${format} writes one ${pair.record} per article beside a copy of its text (${pair.text}): `
    + `give --out DIR for ${got} (one article alone may go to standard output)`;
}
