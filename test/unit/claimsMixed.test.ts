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
});
