// Analyses of whole files for the workspace index (and its bench), cached by content hash: an article whose
// text was analysed before, by this engine version, costs one hash and one cache read instead of an analysis.
import type { Analysis } from '../engine/types';

/** Where cached analyses live (the extension's storage, a folder in the bench), by content hash. */
export interface AnalysisCache {
  get(hash: string): Promise<Analysis | undefined>;
  set(hash: string, analysis: Analysis): Promise<void>;
}

/** What runs the analyses: the worker client (src/worker/client.ts) or a stand-in of the same shape. */
export interface Analyzer {
  /** Undefined when superseded or cancelled. */
  analyze(key: string, text: string): Promise<Analysis | undefined>;
  /** Drops what is kept for `key` (the worker's incremental state). */
  forget(key: string): void;
}

export class CachedAnalyses {
  /** Counts since creation, for the bench and the index's progress message. */
  readonly stats = { hits: 0, analysed: 0 };

  constructor(
    private readonly analyzer: Analyzer,
    private readonly cache: AnalysisCache,
  ) {}

  /** The analysis of a file's text, from the cache or the analyzer; undefined if the analyzer was cancelled. */
  async analyze(key: string, text: string): Promise<Analysis | undefined> {
    const hash = await contentHash(text);
    const cached = await this.cache.get(hash).catch(() => undefined);
    if (cached && cached.textLength === text.length) {
      this.stats.hits++;
      return cached;
    }
    const analysis = await this.analyzer.analyze(key, text);
    // A whole-file analysis is not edited afterwards: the worker need not keep its incremental state.
    this.analyzer.forget(key);
    if (!analysis) return undefined;
    this.stats.analysed++;
    // A cache that cannot be written (read-only or full storage) only costs the next reopening time.
    await this.cache.set(hash, analysis).catch(() => undefined);
    return analysis;
  }
}

/** SHA-256 of the text's UTF-8 bytes, in hex: Web Crypto, present in Node and in browsers alike. */
export async function contentHash(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
