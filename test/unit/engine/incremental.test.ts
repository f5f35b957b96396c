import * as assert from 'assert';
import { analyze } from '../../../src/engine';
import { IncrementalAnalyzer } from '../../../src/engine/incremental';
import { splitLines } from '../../../src/engine/text/paragraphs';
import { sampleArticles } from '../paths';

// Re-analysing after edits must give exactly what a fresh analysis gives, whatever the edits (the random edit
// sequences are in the slow tier, incremental.slow.test.ts).

const ARTICLES = sampleArticles();

describe('IncrementalAnalyzer', () => {
  it('equals a fresh analysis when switching between unrelated texts and back', () => {
    const analyzer = new IncrementalAnalyzer();
    for (const text of [...ARTICLES, ARTICLES.join('\n\n'), '', ...[...ARTICLES].reverse()]) {
      assert.deepStrictEqual(analyzer.update(text), analyze(text));
    }
  });

  it('recomputes only the edited line after a one-character edit', () => {
    const text = ARTICLES.join('\n\n');
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(text);
    const firstPass = analyzer.recomputed;
    const at = text.indexOf('said', text.length / 2);
    analyzer.update(text.slice(0, at) + 'x' + text.slice(at));
    const lines = new Set(splitLines(text).map((l) => text.slice(l.start, l.end)).filter((l) => /\S/.test(l))).size;
    assert.ok(firstPass >= lines, `the first analysis computed ${firstPass} line results for ${lines} distinct lines`);
    // At most one result per local stage for the edited line; every other line's results are reused.
    assert.ok(analyzer.recomputed > 0 && analyzer.recomputed <= firstPass / lines, `recomputed ${analyzer.recomputed} of ${firstPass}`);
  });
});
