import * as assert from 'assert';
import fc from 'fast-check';
import { endsInSpace, endsInWordAndSpace, lettersBeforeSpace, withoutPossessive, wordsBefore } from '../../../../src/engine/text/wordsBefore';

// What wordsBefore stands in for (with max 5).
const PATTERN = /(?:[\p{L}.’'-]+\s+){1,5}$/u;

describe('wordsBefore', () => {
  it('gives the last words before the end, each followed by white space, up to the limit', () => {
    assert.strictEqual(wordsBefore('met with Lithuanian President ', 5), 'met with Lithuanian President ');
    assert.strictEqual(wordsBefore('on Monday, Lithuania’s President ', 5), 'Lithuania’s President ');
    assert.strictEqual(wordsBefore('a b c d e f g ', 5), 'c d e f g ');
    assert.strictEqual(wordsBefore('the U.S. Secretary of State\u00a0', 2), 'of State\u00a0');
  });

  it('gives nothing unless the text ends in white space after a word', () => {
    assert.strictEqual(wordsBefore('President', 5), '');
    assert.strictEqual(wordsBefore('said: ', 5), '');
    assert.strictEqual(wordsBefore('', 5), '');
  });

  it('reads a letter outside the Basic Multilingual Plane as one word character, a lone surrogate as none', () => {
    assert.strictEqual(wordsBefore('x 𝐀𝐁 ', 5), 'x 𝐀𝐁 ');
    assert.strictEqual(wordsBefore('x \udc00𝐀 ', 5), '𝐀 ');
  });

  it('matches the pattern it replaces on random texts of letters, marks, spaces and surrogates', () => {
    const alphabet = ['a', 'Z', 'é', 'Ж', '.', '\'', '’', '-', ' ', '\n', '\t', '\u00a0', '\u2003', '\ufeff', '(', ',', '1', '_', '𝐀', '😀', '\ud835', '\udc00', '“', '\u0301'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let i = random(30); i > 0; i--) text += alphabet[random(alphabet.length)];
      assert.strictEqual(wordsBefore(text, 5), PATTERN.exec(text)?.[0] ?? '', JSON.stringify(text));
    }
  });
});

describe('endsInSpace', () => {
  it('is /\\s$/u, for every UTF-16 code unit at the end and for no text', () => {
    assert.strictEqual(endsInSpace(''), false);
    assert.strictEqual(endsInSpace('a \u{1F600}'), false);
    for (let code = 0; code <= 0xffff; code++) {
      const text = `ab${String.fromCharCode(code)}`;
      assert.strictEqual(endsInSpace(text), /\s$/u.test(text), code.toString(16));
    }
  });
});

describe('lettersBeforeSpace', () => {
  it('is the group of /(\\p{L}+)\\s+$/u, on any text', () => {
    const PATTERN = /(\p{L}+)\s+$/u;
    const pieces = ['a', 'Storm', 'é', '\u0301', '𝐀', '\ud835', '\udc00', '7', '_', '.', '-', ' ', '\u00a0', '\u2003', '\n', '\t', 'של', '😀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        assert.strictEqual(lettersBeforeSpace(text), PATTERN.exec(text)?.[1] ?? '', JSON.stringify(text));
      }),
      { numRuns: 1000, seed: 14 },
    );
  });
});

describe('endsInWordAndSpace and withoutPossessive', () => {
  const pieces = ['and', 'And', 'band', 's', '\'', '’', '\'s', '’s', 'S', ' ', '\u00a0', '\n', '\u2003', 'Roe', 'x', ',', '😀'];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''));

  it('endsInWordAndSpace is /and\\s+$/u, on any text', () => {
    fc.assert(fc.property(texts, (text) => assert.strictEqual(endsInWordAndSpace(text, 'and'), /and\s+$/u.test(text), JSON.stringify(text))), { numRuns: 1000, seed: 14 });
  });

  it('withoutPossessive is the text with /[\'’]s?$/u replaced, on any text', () => {
    fc.assert(fc.property(texts, (text) => assert.strictEqual(withoutPossessive(text), text.replace(/['’]s?$/u, ''), JSON.stringify(text))), { numRuns: 1000, seed: 14 });
  });
});
