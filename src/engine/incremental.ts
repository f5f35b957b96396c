import { analyze } from './analyze';
import { LineCache, withLineCache } from './lineCache';
import type { Analysis } from './types';
import { WindowCache, withWindowCache } from './windowCache';

/**
 * Analyses successive versions of one document. Each line's local results are reused while its text is
 * unchanged; only edited lines are analysed again, and the cross-line stages (merging mentions into
 * entities, resolving speakers, multi-paragraph quotes) are recomputed from the line results, reusing what
 * they computed of the words around names that the edit left as they were (see windowCache). The result
 * is always exactly `analyze(text)`.
 */
export class IncrementalAnalyzer {
  private readonly cache = new LineCache();
  private readonly windows = new WindowCache();
  private last: { text: string; analysis: Analysis } | undefined;
  /** How many line results the last update computed (the rest were reused). */
  recomputed = 0;

  update(text: string): Analysis {
    if (this.last?.text === text) {
      this.recomputed = 0;
      return this.last.analysis;
    }
    this.windows.begin(this.last?.text, text);
    const analysis = withLineCache(this.cache, () => withWindowCache(this.windows, () => analyze(text)));
    this.recomputed = this.cache.sweep();
    this.last = { text, analysis };
    return analysis;
  }
}
