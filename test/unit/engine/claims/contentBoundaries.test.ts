import * as assert from 'assert';
import { findClaims } from '../../../../src/engine/claims';
import { splitLines } from '../../../../src/engine/text/paragraphs';

// Where a claim's content starts and ends, one boundary class per case, on sentences of our own.
function contents(text: string): string[] {
  return findClaims(text, splitLines(text), []).claims.map((c) => c.spans.map((s) => text.slice(s.start, s.end)).join(' | '));
}

describe('content boundaries', () => {
  it('leaves out the closing bracket of an aside the claim stands in, and keeps a bracket the content opens', () => {
    assert.deepStrictEqual(contents('The ferry sank in May. (The operator has said that it will pay the families.)'), ['that it will pay the families']);
    assert.deepStrictEqual(contents('(The mayor later said the pier was safe)'), ['the pier was safe']);
    assert.deepStrictEqual(contents('Lee said the harbour (which is old) was unsafe.'), ['the harbour (which is old) was unsafe']);
    assert.deepStrictEqual(contents('Lee said the toll would rise (by ten percent).'), ['the toll would rise (by ten percent)']);
  });
});
