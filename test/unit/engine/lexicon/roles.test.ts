import * as assert from 'assert';
import { leadingTitleLength, titleLengthAt } from '../../../../src/engine/lexicon/roles';

describe('titles before names', () => {
  it('reads one title at a position, the longest that leaves a word after it', () => {
    const words = ['Vice', 'President', 'Dr.', 'Jane', 'Doe'];
    assert.strictEqual(titleLengthAt(words, 0), 2);
    assert.strictEqual(titleLengthAt(words, 1), 1);
    assert.strictEqual(titleLengthAt(words, 2), 1);
    assert.strictEqual(titleLengthAt(words, 3), 0);
    // "Prime Minister" needs a word after it to be a title.
    assert.strictEqual(titleLengthAt(['Prime', 'Minister'], 0), 0);
  });

  it('reads repeated titles as one lead', () => {
    assert.strictEqual(leadingTitleLength(['Vice', 'President', 'Dr.', 'Jane', 'Doe']), 3);
    assert.strictEqual(leadingTitleLength(['Jane', 'Doe']), 0);
  });
});
