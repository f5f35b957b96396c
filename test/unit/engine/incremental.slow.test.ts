import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../../src/engine';
import { IncrementalAnalyzer } from '../../../src/engine/incremental';
import { assertValidAnalysis } from './analysisInvariants';
import { sampleArticles } from '../paths';

const ARTICLES = sampleArticles();

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

describe('IncrementalAnalyzer over random edit sequences', () => {
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
});
