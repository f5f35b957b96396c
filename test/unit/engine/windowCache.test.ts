import * as assert from 'assert';
import fc from 'fast-check';
import { aroundSpan, WindowCache, withWindowCache } from '../../../src/engine/windowCache';

/** The window a result is asked of, as the function of it that the cache keeps. */
const windowOf = (text: string, start: number, end: number, before: number, after: number): string =>
  `${text.slice(Math.max(0, start - before), start)}[${text.slice(start, end)}]${text.slice(end, end + after)}`;

describe('WindowCache', () => {
  it('reuses the results of windows an edit left as they were, before and after it, and computes the rest', () => {
    const cache = new WindowCache();
    const computed: string[] = [];
    const ask = (text: string, start: number, end: number): string =>
      withWindowCache(cache, () => aroundSpan('test', text, { start, end }, 4, 4, () => {
        computed.push(text.slice(start, end));
        return windowOf(text, start, end, 4, 4);
      }));
    const before = 'Ann Lee met Joe Roe in Oslo on Monday.';
    cache.begin(undefined, before);
    for (const name of ['Ann', 'Joe', 'Oslo']) ask(before, before.indexOf(name), before.indexOf(name) + name.length);
    const after = before.replace('met', 'saw');
    cache.begin(before, after);
    computed.length = 0;
    const asked = ['Ann', 'Joe', 'Oslo'].map((name) => ask(after, after.indexOf(name), after.indexOf(name) + name.length));
    assert.deepStrictEqual(asked, ['Ann', 'Joe', 'Oslo'].map((name) => windowOf(after, after.indexOf(name), after.indexOf(name) + name.length, 4, 4)));
    // "Ann" (before the edit) and "Oslo" (after it, moved) are reused; the window of "Joe" reaches the edit.
    assert.deepStrictEqual(computed, ['Joe']);
  });

  it('answers as a fresh computation would after any edit', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(8));
    const edit = fc.record({ at: fc.nat(60), remove: fc.nat(6), insert: fc.string({ maxLength: 5 }) });
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.array(fc.tuple(edit, fc.array(span, { maxLength: 8 })), { maxLength: 6 }), (first, steps) => {
        const cache = new WindowCache();
        let text: string | undefined;
        let next = first;
        for (const [e, spans] of [[{ at: 0, remove: 0, insert: '' }, [[0, 3]]] as const, ...steps]) {
          if (text !== undefined) next = text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
          cache.begin(text, next);
          text = next;
          for (const [at, length] of spans) {
            const start = Math.min(at, text.length);
            const end = Math.min(start + length, text.length);
            const got = withWindowCache(cache, () => aroundSpan('test', text!, { start, end }, 3, 5, () => windowOf(text!, start, end, 3, 5)));
            assert.strictEqual(got, windowOf(text, start, end, 3, 5));
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
