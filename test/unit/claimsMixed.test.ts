import * as assert from 'assert';
import { analyze } from '../../src/analysis/analyze';
import type { Claim } from '../../src/analysis/types';

// Boundaries of mixed claims (reported speech with a quoted fragment), on sentences written for these tests.

/** The claim whose text contains `fragment`; fails when there is none. */
function claimWith(text: string, fragment: string): Claim {
  const c = analyze(text).claims.find((x) => x.text.includes(fragment));
  assert.ok(c, `a claim containing ${fragment}`);
  return c;
}

describe('mixed claims: speaker and boundaries', () => {
  it('finds the speaker across a parenthesis between the name and the cue', () => {
    const text = 'Sen. Jane Roe (D-Ore.) said the budget was “a disgrace” for working families.';
    const c = claimWith(text, 'a disgrace');
    assert.strictEqual(c.kind, 'mixed');
    assert.strictEqual(c.text, 'the budget was “a disgrace” for working families');
    assert.strictEqual(c.speaker?.text, 'Sen. Jane Roe');
  });

  it('continues a quotation closed by a comma before its attribution into the next bare quotation', () => {
    const text = 'The new rules are “long overdue and badly drafted,” said Jo Roe, a lawyer in Leeds. “Nobody asked the people who will use them.”';
    const c = claimWith(text, 'long overdue');
    assert.strictEqual(c.kind, 'mixed');
    const parts = c.spans.map((s) => text.slice(s.start, s.end));
    assert.deepStrictEqual(parts, ['The new rules are “long overdue and badly drafted,”', '“Nobody asked the people who will use them.”']);
    assert.strictEqual(c.speaker?.text, 'Jo Roe');
    assert.strictEqual(analyze(text).claims.length, 1);
  });
});
