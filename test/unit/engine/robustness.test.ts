import * as fs from 'fs';
import fc from 'fast-check';
import { analyzeChecked as check } from './analysisInvariants';
import { SEED_FILE } from '../paths';

// analyze() must never throw and must keep its contract for any string a reader may open.

const SEED = fs.readFileSync(SEED_FILE, 'utf8');

/** Pieces that exercise the engine's paths: names, cues, every quote mark, line ends, odd code units. */
const FRAGMENTS = [
  'Gitanas Nausėda', 'Joe Biden', 'President', 'the Lithuanian president', 'NATO', 'Lithuania’s', 'Brussels',
  'he', 'she', 'They', 'said', 'told reporters', 'according to', 'According to', 'added', 'wrote', 'that',
  'on Monday', 'June 14, 2021', '@GitanasNauseda', '#NATO2030', 'https://example.org/a?b=1', '—', ',', '.', ':',
  '“', '”', '"', '‘', '’', '\'', '«', '»', '„', '‹', '›', '(', ')',
  ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\u2028', '\u2029', '\t', '\uFEFF', '\u00A0', '\u200B',
  '\uD800', '\uDFFF', '\uDBFF\uDFFF', '🇱🇹', '👍🏽', '👨‍👩‍👧', 'e\u0301', 'שלום', 'قال الرئيس', '\u202E', '\u200F',
  '\0', '\u0007', '\uFFFD', '\uFFFF', '漢字', 'Ünal Çelik', 'Łukasz Øster',
];

const article = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((parts) => parts.join(''));

/** Whole words separated by spaces, as prose is, so cue and name patterns actually match. */
const prose = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(' '));

describe('analyze robustness', () => {
  it('keeps its contract on the empty string and on white space only', () => {
    for (const text of ['', ' ', '\n', '\r\n\r\n', '\uFEFF', '\t \u00A0\n']) check(text);
  });

  it('keeps its contract on the seed with CRLF line ends and a BOM', () => {
    check('\uFEFF' + SEED.replace(/\n/g, '\r\n'));
  });

  it('keeps its contract on any string of code units, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }), check), {
      numRuns: 300,
    });
  });

  it('keeps its contract on article-like text: names, cues, unbalanced and nested quotes, RTL, emoji, CRLF', () => {
    fc.assert(fc.property(article, check), { numRuns: 400 });
    fc.assert(fc.property(prose, check), { numRuns: 400 });
  });
});
