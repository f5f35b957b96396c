import * as assert from 'assert';
import { compiledNow } from '../../../../src/engine/text/compiledNow';

describe('compiledNow', () => {
  it('returns the pattern itself, matching as before from lastIndex 0, whatever its flags', () => {
    const text = 'Anna “Kowalska” said: Øresund, #Ørsted and @nato_int — 2024-05-01.';
    for (const flags of ['u', 'gu', 'yu', 'giu']) {
      const source = String.raw`[\p{L}\p{M}]+|#\p{L}+|@\w+`;
      const plain = new RegExp(source, flags);
      const primed = new RegExp(source, flags);
      assert.strictEqual(compiledNow(primed), primed);
      assert.strictEqual(primed.lastIndex, 0, flags);
      const all = (re: RegExp): string[] => (re.global ? text.match(re) ?? [] : [re.exec(text)?.[0] ?? '']);
      assert.deepStrictEqual(all(primed), all(plain), flags);
    }
  });
});
