import * as assert from 'assert';
import fc from 'fast-check';
import { commonEnds } from '../../../../src/engine/text/commonEnds';

/** The same, a character at a time. */
function naive(a: string, b: string): { prefix: number; suffix: number } {
  const n = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < n && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < n - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

describe('commonEnds', () => {
  it('finds what two versions share at each end, across the blocks it compares at once', () => {
    const long = 'Ann Lee met Joe Roe in Oslo. '.repeat(40);
    const edited = `${long.slice(0, 700)}e${long.slice(700)}`;
    assert.deepStrictEqual(commonEnds(long, edited), naive(long, edited));
    assert.deepStrictEqual(commonEnds(long, long), { prefix: long.length, suffix: 0 });
    assert.deepStrictEqual(commonEnds('', long), { prefix: 0, suffix: 0 });
  });

  it('agrees with a comparison character by character after any edit', () => {
    const edit = fc.record({ at: fc.nat(1200), remove: fc.nat(300), insert: fc.string({ maxLength: 300 }) });
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 1200 }), edit, (text, e) => {
        const next = text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
        assert.deepStrictEqual(commonEnds(text, next), naive(text, next));
      }),
      { numRuns: 300 },
    );
  });
});
