import * as assert from 'assert';
import { analyze } from '../../../src/engine';
import { LineCache, withLineCache } from '../../../src/engine/lineCache';
import { splitLines } from '../../../src/engine/text/paragraphs';
import { sampleArticles } from '../paths';

// A cache filled or seeded ahead of an analysis (a huge article's lines shared between two threads) must give
// exactly the analysis a plain one gives, and spare it every per-line pass.

// Two articles: enough to meet every stage, few enough for the fast tier.
const ARTICLES = sampleArticles().slice(1, 3);
const distinctLines = (text: string): string[] => [...new Set(splitLines(text).map((l) => text.slice(l.start, l.end)))];

function learnt(): LineCache {
  const cache = new LineCache();
  for (const text of ARTICLES) withLineCache(cache, () => analyze(text));
  // Two ends of analyses drop the results; the passes are kept.
  cache.sweep();
  cache.sweep();
  return cache;
}

describe('LineCache ahead of an analysis', () => {
  const text = ARTICLES.join('\n\n');
  const lines = distinctLines(text);

  it('learns the stages the analysis asks for', () => {
    assert.deepStrictEqual(learnt().stages().sort(), ['capitalised-words', 'claims', 'entities', 'lower-case-words', 'references']);
  });

  it('fills every stage it learnt, so that the analysis computes nothing more', () => {
    const cache = learnt();
    cache.fill(lines);
    assert.deepStrictEqual(withLineCache(cache, () => analyze(text)), analyze(text));
    assert.strictEqual(cache.sweep(), cache.stages().length * lines.length);
  });

  it('takes results computed by another cache and copied across threads (structured clone)', () => {
    const source = learnt();
    const target = new LineCache();
    for (const stage of source.stages()) target.seed(stage, lines, structuredClone(source.compute(stage, lines)));
    assert.deepStrictEqual(withLineCache(target, () => analyze(text)), analyze(text));
    assert.strictEqual(target.sweep(), 0);
  });

  it('computes what was seeded for only some lines', () => {
    const source = learnt();
    const target = new LineCache();
    const half = lines.slice(0, lines.length >> 1);
    for (const stage of source.stages()) target.seed(stage, half, source.compute(stage, half));
    assert.deepStrictEqual(withLineCache(target, () => analyze(text)), analyze(text));
    assert.strictEqual(target.sweep(), source.stages().length * (lines.length - half.length));
  });

  it('computes a released stage anew and keeps the others', () => {
    const cache = learnt();
    cache.fill(lines);
    cache.release(['entities']);
    const a = withLineCache(cache, () => analyze(text));
    assert.deepStrictEqual(a, analyze(text));
    // Every stage's lines by the fill, and the released stage's again by the analysis.
    assert.strictEqual(cache.sweep(), (cache.stages().length + 1) * lines.length);
  });
});
