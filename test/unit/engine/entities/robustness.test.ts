import * as assert from 'assert';
import fc from 'fast-check';
import { findEntities } from '../../../../src/engine/entities';
import { splitLines } from '../../../../src/engine/text/paragraphs';
import { assertValidEntities as assertValid } from '../analysisInvariants';

describe('findEntities robustness', () => {
  it('returns valid, sorted, in-bounds ranges for any string', () => {
    const pieces = fc.constantFrom('Joe Biden', ' said', '. ', '\n', '\r\n', '@x', '#y', 'pic.twitter.com/z', '’s', '\ud800', '\udc00', 'שלום', '🇱🇹', 'June 14, 2021', 'U.S.', '\u0000', 'M. ');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')));
    fc.assert(fc.property(text, (t) => {
      assertValid(t, findEntities(t, splitLines(t)));
    }), { numRuns: 300 });
  });

  it('handles empty text and lines that overrun the text', () => {
    assert.deepStrictEqual(findEntities('', splitLines('')), []);
    assertValid('Anna Smith', findEntities('Anna Smith', [{ start: 0, end: 99 }, { start: 50, end: 60 }]));
  });
});
