import * as assert from 'assert';
import { memoized } from '../../../src/engine/memo';

describe('memoized', () => {
  it('computes once per argument, null and undefined results included', () => {
    const calls: string[] = [];
    const f = memoized((s: string) => {
      calls.push(s);
      return s === 'none' ? undefined : s === 'null' ? null : s.length;
    });
    for (const s of ['ab', 'none', 'null', 'ab', 'none', 'null']) f(s);
    assert.deepStrictEqual(calls, ['ab', 'none', 'null']);
    assert.strictEqual(f('ab'), 2);
    assert.strictEqual(f('none'), undefined);
    assert.strictEqual(f('null'), null);
  });

  it('forgets what it kept once it holds `limit` results, and still answers right', () => {
    let calls = 0;
    const f = memoized((s: string) => {
      calls++;
      return s.toUpperCase();
    }, 2);
    assert.deepStrictEqual(['a', 'b', 'c', 'a'].map(f), ['A', 'B', 'C', 'A']);
    assert.strictEqual(calls, 4); // 'a' was forgotten when 'c' came
  });
});
