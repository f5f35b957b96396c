import * as assert from 'assert';
import fc from 'fast-check';
import { carrySpans } from '../../../src/presentation/carrySpans';

const span = (start: number, end: number) => ({ start, end });

describe('carrySpans', () => {
  const spans = [span(0, 5), span(10, 15), span(20, 25)];

  it('keeps spans before an edit, shifts spans after it, and reports no touch', () => {
    assert.deepStrictEqual(carrySpans(spans, [{ offset: 7, removed: 1, inserted: 3 }]), {
      spans: [span(0, 5), span(12, 17), span(22, 27)],
      touched: false,
    });
  });

  it('drops a span the edit overlaps or abuts, and says so', () => {
    assert.deepStrictEqual(carrySpans(spans, [{ offset: 12, removed: 0, inserted: 1 }]).spans, [span(0, 5), span(21, 26)]);
    // Typing right after a name, or deleting the character before it, may change the word.
    assert.deepStrictEqual(carrySpans(spans, [{ offset: 15, removed: 0, inserted: 1 }]), {
      spans: [span(0, 5), span(21, 26)],
      touched: true,
    });
    assert.deepStrictEqual(carrySpans(spans, [{ offset: 9, removed: 1, inserted: 0 }]).spans, [span(0, 5), span(19, 24)]);
  });

  it('applies several changes in order, each in the text the previous ones left', () => {
    const changes = [
      { offset: 20, removed: 5, inserted: 0 },
      { offset: 0, removed: 0, inserted: 0 },
      { offset: 7, removed: 0, inserted: 2 },
    ];
    assert.deepStrictEqual(carrySpans(spans, changes).spans, [span(12, 17)]);
  });

  it('leaves every kept span covering the same text after a random edit', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), fc.string({ maxLength: 5 }), (text, a, b, inserted) => {
        const words = [...text.matchAll(/\S+/g)].map((m) => span(m.index, m.index + m[0].length));
        const offset = a % (text.length + 1);
        const removed = b % (text.length - offset + 1);
        const edited = text.slice(0, offset) + inserted + text.slice(offset + removed);
        const { spans: kept } = carrySpans(words, [{ offset, removed, inserted: inserted.length }]);
        const before = new Set(words.map((w) => text.slice(w.start, w.end)));
        for (const k of kept) assert.ok(before.has(edited.slice(k.start, k.end)));
        const untouched = words.filter((w) => w.end < offset || w.start > offset + removed);
        assert.strictEqual(kept.length, untouched.length, 'exactly the words the edit touched go');
      }),
      { numRuns: 50 },
    );
  });
});
