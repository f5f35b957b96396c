import * as assert from 'assert';
import fc from 'fast-check';
import { LineCache, withLineCache } from '../../../../src/engine/lineCache';
import { splitLines } from '../../../../src/engine/text/paragraphs';
import { LowerCaseWords, lowerCaseWordsOf } from '../../../../src/engine/text/lowerWords';

const QUESTIONS = ['eelgrass', 'divers', 'élan', 'analysts', 'øresund', 'said', 'it', 'the'];
const ask = (text: string): boolean[] => {
  const words = new LowerCaseWords(text, splitLines(text));
  return QUESTIONS.map((w) => words.has(w));
};

describe('LowerCaseWords', () => {
  it('tells the words an article writes in lower case (CRLF, diacritics, curly apostrophes)', () => {
    const text = 'Eelgrass is back.\nDivers planted the eelgrass by hand.\r\nThe Øresund divers’ boats, élan and all.\n\nAnalysts said so.';
    assert.deepStrictEqual(ask(text), [true, true, true, false, false, true, false, true]);
  });

  it('reads no word inside an e-mail or web address', () => {
    const text = 'Divers wrote to "Eelgrass" <eelgrass.divers@example.org>, see www.analysts.example/said and https://example.org/the';
    assert.deepStrictEqual(ask(text), [false, false, false, false, false, false, false, false]);
  });

  it('answers as a fresh count after edits in an incremental analysis, which recounts only changed lines', () => {
    const cache = new LineCache();
    const texts = [
      'Eelgrass is back.\nDivers planted the eelgrass by hand.\nAnalysts said so.',
      'Eelgrass is back.\nDivers planted it by hand.\nAnalysts said so.',
      'Eelgrass is back.\nDivers planted it by hand.\nAnalysts said so.\nAnalysts said so.',
      'Eelgrass is back.\nDivers planted the eelgrass by hand.\nAnalysts said so.',
      'Divers, élan and all.',
    ];
    const fresh = texts.map(ask);
    const incremental = texts.map((text) => {
      const answers = withLineCache(cache, () => ask(text));
      cache.sweep();
      return answers;
    });
    assert.deepStrictEqual(incremental, fresh);
    assert.deepStrictEqual(fresh[1], [false, false, false, false, false, true, true, false]);
  });
});

describe('lowerCaseWordsOf', () => {
  it('finds the words the look-behind pattern finds, on any text', () => {
    const PATTERN = /(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}\p{N}]*/gu;
    const pieces = ['a', 'Z', 'é', 'É', 'ß', '\u0301', '7', '٣', '_', '-', '\'', ' ', '\u00a0', '\r\n', '𝐚', '𝐀', '😀', '\ud835', '\udc1a',
      'の', 'ǅ', 'ᵃ', 'שלום', 'said', 'iPhone'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        assert.deepStrictEqual(lowerCaseWordsOf(text), text.match(PATTERN) ?? [], JSON.stringify(text));
      }),
      { numRuns: 1000, seed: 14 },
    );
  });
});
