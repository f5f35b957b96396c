import * as assert from 'assert';
import * as fc from 'fast-check';
import { findClaims } from '../../../../src/engine/claims';
import { splitLines } from '../../../../src/engine/text/paragraphs';
import { assertValidClaimsResult } from '../analysisInvariants';

const pieces = [
  '“', '”', '"', '«', '»', '„', '‘', '’', '\'', ' said ', ' says ', ', she said. ', 'According to ', ' told reporters ',
  'Smith', ' the minister ', 'He added that ', ' — ', ' (@handle) ', 'June 14, 2021', '\n', '\n\n', '\r\n', '. ', ', ',
  '🇱🇹', '\ud800', '\udc00', 'שלום', 'ليلى', 'Nausėda', ' that ', ':', '\u2028', '\u0000', 'U.S. ', 'He', 'x',
  // Words the grammar walks back over from a cue, which can reach the text's first token.
  'Wednesday ', ' naming ', ' many of whom ', ', who in 2010 ', ', which has strongly ', 'Citing ', ' found in ',
];
const articleish = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(''));

describe('findClaims robustness', () => {
  it('never throws and keeps every range valid, for article-like fragments', () => {
    fc.assert(
      fc.property(articleish, (text) => {
        assertValidClaimsResult(text, findClaims(text, splitLines(text), []));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and keeps every range valid, for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        assertValidClaimsResult(text, findClaims(text, splitLines(text), []));
      }),
      { numRuns: 300 },
    );
  });

  it('walks back from a cue to the first token without running off the text', () => {
    // A day name opening the text, then a participle cue: the relative-clause check once read before token 0.
    const text = 'Monday added one more twist to the list: Jo Roe of Bergen, a skipper eliminated from the race, naming Ann Lee as his mate.';
    assertValidClaimsResult(text, findClaims(text, splitLines(text), []));
  });

  it('handles empty text, unbalanced and nested quotes', () => {
    for (const text of ['', '“', '”', '"""', '“He said “no” and left', '«««', '„a“b“c”', '“A “B” C,” he said.', '“Open\n\n“still open\n\n']) {
      assertValidClaimsResult(text, findClaims(text, splitLines(text), []));
    }
  });

  it('cuts a line without full stops into clauses, so no claim runs over the whole line', () => {
    const text = 'the minister said the port would reopen, '.repeat(2000);
    const result = findClaims(text, splitLines(text), []);
    assertValidClaimsResult(text, result);
    assert.ok(result.claims.length >= 50, `claims found: ${result.claims.length}`);
    for (const c of result.claims) assert.ok(c.end - c.start < 2000, `a claim spans ${c.end - c.start} characters`);
  });
});
