// The fuzz test of issue 14: real articles mutated at random (fragments inserted, ranges deleted, duplicated
// or swapped, quote marks flipped, line ends changed), and each result analysed and written in every output
// format. `npm test` runs a fixed seed; `npm run fuzz -- --seed N --runs N` runs any (FUZZ_SEED, FUZZ_RUNS).
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../../src/engine';
import { claimRows } from '../../../src/formats/claimsCsv';
import { csvRow } from '../../../src/formats/csv';
import { toPrediction } from '../../../src/formats/prediction';
import { formatReport } from '../../../src/formats/report';
import { sampleArticles } from '../paths';
import { assertValidAnalysis } from './analysisInvariants';

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
/** Articles are cut to windows of this many characters at most, so that thousands of runs take seconds. */
const WINDOW = 1000;

const ARTICLES = sampleArticles();

/** What a mutation inserts: the engine's triggers (cues, names, quote marks) and hostile code units. */
const FRAGMENTS = [
  ' said ', ' told reporters ', 'According to ', ', he added. ', ' she wrote: ', ' Mr ', ' Dr. ', 'the minister',
  'Joe Roe', 'NATO', 'Asked whether ', ' — ', '“', '”', '"', '‘', '’', '«', '»', '„', '(', ')', '\n', '\n\n', '\r\n',
  '\r', '\u2028', '\t', '\uFEFF', '\u00A0', '\u200B', '\uD800', '\uDC00', '🇱🇹', '👨‍👩‍👧', 'e\u0301', 'قال', '\u202E',
  '\0', '\uFFFD', '=HYPERLINK("x")', ',', '.', 'date 2024-02-29\n',
];

type Mutation
  = | { op: 'insert'; at: number; fragment: string }
    | { op: 'delete' | 'duplicate'; at: number; length: number }
    | { op: 'swap'; at: number; other: number; length: number }
    | { op: 'quotes' | 'crlf' | 'join' };

const position = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: position, fragment: fc.constantFrom(...FRAGMENTS) }),
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), at: position, length: fc.nat(300) }),
  fc.record({ op: fc.constant('swap' as const), at: position, other: position, length: fc.nat(200) }),
  fc.record({ op: fc.constantFrom('quotes' as const, 'crlf' as const, 'join' as const) }),
);

function mutate(text: string, m: Mutation, other: string): string {
  const at = 'at' in m ? Math.floor(m.at * text.length) : 0;
  switch (m.op) {
    case 'insert':
      return text.slice(0, at) + m.fragment + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'swap': {
      const [a, b] = [at, Math.floor(m.other * text.length)].sort((x, y) => x - y);
      const length = Math.min(m.length, b - a);
      return text.slice(0, a) + text.slice(b, b + length) + text.slice(a + length, b) + text.slice(a, a + length) + text.slice(b + length);
    }
    case 'quotes':
      return text.replace(/[“”]/g, (q) => (q === '“' ? '”' : '“'));
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'join':
      return `${text}\n\n${other}`;
  }
}

const mutatedArticle = fc
  .record({
    article: fc.nat(ARTICLES.length - 1),
    other: fc.nat(ARTICLES.length - 1),
    from: position,
    mutations: fc.array(mutation, { maxLength: 8 }),
  })
  .map(({ article, other, from, mutations }) => {
    const cut = (text: string) => text.slice(Math.floor(from * Math.max(0, text.length - WINDOW)), Math.floor(from * Math.max(0, text.length - WINDOW)) + WINDOW);
    const second = cut(ARTICLES[other]);
    return mutations.reduce((text, m) => mutate(text, m, second), cut(ARTICLES[article]));
  });

/** The analysis keeps its contract, and every output format writes it. */
function check(text: string): void {
  const analysis = analyze(text);
  assertValidAnalysis(text, analysis);
  const prediction = toPrediction('doc', analysis);
  assert.strictEqual(JSON.parse(JSON.stringify(prediction)).quotes.length, analysis.claims.length);
  const rows = claimRows({ file: 'doc', text, analysis });
  assert.strictEqual(rows.length, analysis.claims.length);
  for (const row of rows) assert.ok(csvRow(row).endsWith('\r\n'));
  const n = analysis.claims.length;
  assert.ok(formatReport(text, analysis).startsWith(`Speakers (${n} ${n === 1 ? 'claim' : 'claims'})`));
}

describe(`engine fuzz (seed ${SEED}, ${RUNS} runs)`, () => {
  it('keeps the analysis contract and writes every format on mutated real articles', () => {
    fc.assert(fc.property(mutatedArticle, check), { seed: SEED, numRuns: RUNS, endOnFailure: false });
  });
});
