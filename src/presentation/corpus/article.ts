// One indexed article of the workspace as the corpus models need it: where it is, its date header, its analysis,
// and what the text itself says that the analysis does not keep (line starts, gender the article states).
import { articleDate } from '../../engine/text/articleHeader';
import type { Analysis } from '../../engine/types';
import { statedGenders, type StatedGender } from './statedGender';

export interface CorpusArticle {
  /** The document's URI as a string (the index key). */
  uri: string;
  /** Path relative to the workspace, for display and export. */
  path: string;
  /** YYYY-MM-DD from the `date` header line, or null. */
  date: string | null;
  analysis: Analysis;
  /** Offsets where each line starts, to turn offsets into line numbers without keeping the text. */
  lineStarts: number[];
  /** The gender the article states for its people (by entity id); absent when it states none. */
  genders: Record<string, StatedGender>;
}

export function corpusArticle(uri: string, path: string, text: string, analysis: Analysis): CorpusArticle {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return { uri, path, date: articleDate(text), analysis, lineStarts, genders: statedGenders(text, analysis) };
}

/** 1-based line number of an offset in an indexed article. */
export function lineAt(article: CorpusArticle, offset: number): number {
  const starts = article.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
