import * as assert from 'assert';
import { readFileSync } from 'fs';
import { findClaims } from '../../../../src/engine/claims';
import { splitLines } from '../../../../src/engine/text/paragraphs';
import { assertValidClaimsResult } from '../analysisInvariants';
import { SEED_FILE } from '../../paths';

describe('findClaims on large inputs', () => {
  it('finds the claims of 1 MB of news text (its time is in npm run bench)', function () {
    const seed = readFileSync(SEED_FILE, 'utf8');
    // Vary each copy so that the per-line cache can't answer for the repeats.
    const parts: string[] = [];
    for (let i = 0, n = 0; n < 1_000_000; i++) n += parts[parts.push(seed.replace(/Nausėda/g, `Nausėda${i}`)) - 1].length + 2;
    const text = parts.join('\n\n');
    const result = findClaims(text, splitLines(text), []);
    assertValidClaimsResult(text, result);
    // Every copy of the seed keeps its eight claims.
    assert.strictEqual(result.claims.length, 8 * parts.length);
  });
});
