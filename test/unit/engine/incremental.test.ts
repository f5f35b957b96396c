import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { analyze } from '../../../src/engine';
import { IncrementalAnalyzer } from '../../../src/engine/incremental';
import { splitLines } from '../../../src/engine/text/paragraphs';
import { assertValidAnalysis } from './analysisInvariants';
import { SEEDS } from '../paths';

// Re-analysing after edits must give exactly what a fresh analysis gives, whatever the edits.

const ARTICLES = fs
  .readdirSync(SEEDS)
  .filter((f) => /^\d{3}_/.test(f))
  .sort()
  .map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));

/** Edits that move quotes, names, cues and paragraph breaks across lines. */
const PIECES = [
  'e', ' ', '\n', '\n\n', '\r\n', '“', '”', '"', '«', '»', '„', '‘', '’', '—', '.', ',', ' said', ' told reporters ',
  'According to ', ' he added', 'She said that ', 'Gitanas Nausėda', 'the Lithuanian president', 'NATO', ' @NATO ',
  '🇱🇹', 'Ünal Çelik', '\uD800', 'שלום',
];

type Edit = { at: number; remove: number; insert: string };

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.constant(1), fc.nat(40)),
  insert: fc.oneof(fc.constantFrom(...PIECES), fc.constant(''), fc.string({ maxLength: 4 })),
});

function apply(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/** Moves a whole line elsewhere: paragraphs reorder, which changes what crosses them but no line's text. */
function moveLine(text: string, from: number, to: number): string {
  const lines = text.split('\n');
  const [line] = lines.splice(from % lines.length, 1);
  lines.splice(to % (lines.length + 1), 0, line);
  return lines.join('\n');
}

describe('IncrementalAnalyzer', () => {
  it('equals a fresh analysis after every edit of a random edit sequence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ARTICLES),
        fc.array(fc.oneof(edit, fc.tuple(fc.nat(), fc.nat())), { minLength: 1, maxLength: 12 }),
        (article, edits) => {
          const analyzer = new IncrementalAnalyzer();
          let text = article;
          assert.deepStrictEqual(analyzer.update(text), analyze(text));
          for (const e of edits) {
            text = Array.isArray(e) ? moveLine(text, e[0], e[1]) : apply(text, e);
            const incremental = analyzer.update(text);
            assert.deepStrictEqual(incremental, analyze(text));
            assertValidAnalysis(text, incremental);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

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
