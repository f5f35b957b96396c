import * as assert from 'assert';
import fc from 'fast-check';
import { sortedByStart } from '../../../../src/engine/claims/spans';

describe('sortedByStart', () => {
  const stable = <T extends { start: number }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.start - b.start);

  it('gives what a stable sort by start gives, ties in their order', () => {
    const item = fc.record({ start: fc.integer({ min: 0, max: 40 }), id: fc.integer() });
    fc.assert(fc.property(fc.array(item, { maxLength: 60 }), (items) => {
      const sorted = sortedByStart(items);
      assert.deepStrictEqual(sorted, stable(items));
      // The very items, not copies.
      sorted.forEach((x) => assert.ok(items.includes(x)));
    }), { numRuns: 300, seed: 14 });
  });

  it('sorts by the comparator where start × count would pass 2^53', () => {
    const items = [{ start: 2 ** 52, id: 1 }, { start: 3, id: 2 }, { start: 2 ** 52, id: 3 }, { start: 0, id: 4 }];
    assert.deepStrictEqual(sortedByStart(items).map((x) => x.id), [4, 2, 1, 3]);
  });
});
