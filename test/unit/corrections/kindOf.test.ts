import * as assert from 'assert';
import { kindOfSelection } from '../../../src/corrections/kindOf';

describe('the kind of a claim added from a selection', () => {
  it('reads it from the quote marks: all quoted, partly quoted, none', () => {
    assert.strictEqual(kindOfSelection('“We will finish the bridge,”'), 'direct');
    assert.strictEqual(kindOfSelection('"Jobs come first."'), 'direct');
    assert.strictEqual(kindOfSelection('« Nous finirons le pont »'), 'direct');
    assert.strictEqual(kindOfSelection('the response had been “far too slow”'), 'mixed');
    assert.strictEqual(kindOfSelection('the budget was far too small'), 'indirect');
  });
});
