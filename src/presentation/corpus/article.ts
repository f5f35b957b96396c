// One indexed article of the workspace as the corpus models need it: where it is, its date header, its analysis,
// and what the text itself says that the analysis does not keep (line starts, gender the article states).
import { articleDate } from '../../engine/text/articleHeader';
import { lineOfOffset, lineStarts } from '../../formats/lines';
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
  return { uri, path, date: articleDate(text), analysis, lineStarts: lineStarts(text), genders: statedGenders(text, analysis) };
}

/** 1-based line number of an offset in an indexed article. */
export function lineAt(article: CorpusArticle, offset: number): number {
  return lineOfOffset(article.lineStarts, offset);
}
