import * as assert from 'assert';
import { lineNumbers } from '../../../src/formats/lines';

describe('lineNumbers', () => {
  it('numbers offsets from 1, a line break belonging to the line it ends', () => {
    const text = 'one\r\ntwo\n\nfour';
    const lineOf = lineNumbers(text);
    assert.deepStrictEqual([0, 3, 4, 5, 8, 9, 10, 14, text.length].map(lineOf), [1, 1, 1, 2, 2, 3, 4, 4, 4]);
    assert.strictEqual(lineNumbers('')(0), 1);
  });

  it('agrees with counting the line breaks before each offset', () => {
    const text = Array.from({ length: 500 }, (_, i) => 'x'.repeat(i % 7)).join('\n');
    const lineOf = lineNumbers(text);
    for (let offset = 0; offset <= text.length; offset += 3) {
      assert.strictEqual(lineOf(offset), text.slice(0, offset).split('\n').length);
    }
  });
});
