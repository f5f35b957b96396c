import * as assert from 'assert';
import type { Analysis } from '../../../src/engine/types';
import { CachedAnalyses, contentHash, type AnalysisCache, type Analyzer } from '../../../src/worker/cachedAnalyses';

/** An analyzer that records what it was asked and answers with the text's length. */
class CountingAnalyzer implements Analyzer {
  readonly analysed: string[] = [];
  readonly forgotten: string[] = [];
  answer: 'analysis' | 'cancelled' = 'analysis';

  analyze(key: string, text: string): Promise<Analysis | undefined> {
    this.analysed.push(key);
    return Promise.resolve(this.answer === 'analysis' ? { textLength: text.length, entities: [], claims: [] } : undefined);
  }

  forget(key: string): void {
    this.forgotten.push(key);
  }
}

class MemoryCache implements AnalysisCache {
  readonly entries = new Map<string, Analysis>();
  failWrites = false;

  get(hash: string): Promise<Analysis | undefined> {
    return Promise.resolve(this.entries.get(hash));
  }

  set(hash: string, analysis: Analysis): Promise<void> {
    if (this.failWrites) return Promise.reject(new Error('disk full'));
    this.entries.set(hash, analysis);
    return Promise.resolve();
  }
}

describe('cached analyses (workspace index)', () => {
  it('analyses a text once: the same content under any name comes from the cache', async () => {
    const analyzer = new CountingAnalyzer();
    const analyses = new CachedAnalyses(analyzer, new MemoryCache());
    const first = await analyses.analyze('a.article', 'date 2024-01-01\n\n“Yes,” she said.');
    const again = await analyses.analyze('copy.article', 'date 2024-01-01\n\n“Yes,” she said.');
    assert.deepStrictEqual(again, first);
    assert.deepStrictEqual(analyzer.analysed, ['a.article']);
    assert.deepStrictEqual(analyzer.forgotten, ['a.article'], 'the worker drops a whole-file analysis state');
    await analyses.analyze('a.article', 'date 2024-01-01\n\n“No,” she said.');
    assert.deepStrictEqual(analyzer.analysed, ['a.article', 'a.article']);
    assert.deepStrictEqual(analyses.stats, { hits: 1, analysed: 2 });
  });

  it('ignores a cached analysis of another length, and survives a cache that cannot be written', async () => {
    const analyzer = new CountingAnalyzer();
    const cache = new MemoryCache();
    cache.entries.set(await contentHash('abc'), { textLength: 99, entities: [], claims: [] });
    cache.failWrites = true;
    const analyses = new CachedAnalyses(analyzer, cache);
    assert.strictEqual((await analyses.analyze('x', 'abc'))?.textLength, 3);
    assert.strictEqual((await analyses.analyze('x', 'abc'))?.textLength, 3);
    assert.strictEqual(analyzer.analysed.length, 2);
  });

  it('caches nothing for a cancelled analysis', async () => {
    const analyzer = new CountingAnalyzer();
    analyzer.answer = 'cancelled';
    const cache = new MemoryCache();
    assert.strictEqual(await new CachedAnalyses(analyzer, cache).analyze('x', 'text'), undefined);
    assert.strictEqual(cache.entries.size, 0);
  });

  it('hashes UTF-8 content with SHA-256', async () => {
    assert.strictEqual(await contentHash(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.notStrictEqual(await contentHash('Małecka'), await contentHash('Malecka'));
    assert.strictEqual(await contentHash('😀'), await contentHash('\ud83d\ude00'));
  });
});
