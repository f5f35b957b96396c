import * as assert from 'assert';
import fc from 'fast-check';
import { sentenceRanges, tokenize } from '../../../../src/engine/text/tokens';
import { splitLines } from '../../../../src/engine/text/paragraphs';

describe('tokenize', () => {
  it('keeps abbreviations and initialisms whole and splits possessives', () => {
    const text = 'Mr. Smith met U.S. officials in Lithuania’s capital.';
    assert.deepStrictEqual(
      tokenize(text).map((t) => t.text),
      ['Mr.', 'Smith', 'met', 'U.S.', 'officials', 'in', 'Lithuania', '’s', 'capital', '.'],
    );
  });

  it('keeps a possessive written apart from its word as one token ("Grady \'s"), not a quotation mark and an "s"', () => {
    assert.deepStrictEqual(
      tokenize('We met at Grady \'s after the \'s\' key broke.').map((t) => t.text),
      ['We', 'met', 'at', 'Grady', '\'s', 'after', 'the', '\'', 's', '\'', 'key', 'broke', '.'],
    );
    assert.strictEqual(tokenize('Grady ’s').at(-1)?.kind, 'word');
  });

  // The plain way: each token found and its kind and possessive asked of regular expressions (tokenize reads
  // plain ASCII words itself and decides most tokens' kinds by their first character instead).
  const plain = (text: string): Array<[string, string]> => {
    const out: Array<[string, string]> = [];
    for (const m of text.matchAll(/(?:\p{L}\.){2,}|\p{Lu}\.(?=[ \t]+\p{Lu})|['’][sS](?![\p{L}\p{M}\p{N}_'’])|[\p{L}\p{M}\p{N}_]+(?:['’\-.&/][\p{L}\p{M}\p{N}_]+)*|\S/gu)) {
      const word = m[0];
      const kind = /^['’][sS]$/u.test(word) ? 'word' : !/[\p{L}\p{N}_]/u.test(word) ? 'punct' : /^[\p{N}.,/-]+$/u.test(word) ? 'number' : 'word';
      if (kind === 'word' && word.length > 2 && /['’][sS]$/.test(word)) out.push([word.slice(0, -2), kind], [word.slice(-2), 'word']);
      else out.push([word, kind]);
    }
    return out;
  };

  it('reads plain ASCII words as the regular expression does, next to non-BMP, right-to-left, CRLF and joiners', () => {
    for (const text of ['said\r\nRoe', 'ab𝐀cd 𝐀bc ab😀', 'שלום said ab\u200fcd مرحبا2', 'ab\u0301c', 'ab\u00a0cd', 'O\'Hara rock&roll and/or e-mail',
      'x.y A. B', 'U.S.A', 'ab_9 _x 42%', 'ab’s Ab\'S', 'café', 'end']) {
      assert.deepStrictEqual(tokenize(text).map((t): [string, string] => [t.text, t.kind]), plain(text), JSON.stringify(text));
    }
  });

  it('kinds and splits tokens as plain regular expressions do, on any text', () => {
    // No abbreviation among the pieces: those take the period after them, which the plain way leaves out.
    const pieces = ['a', 'Z', 'é', 'É', '\u0301', '\u{1D400}', '\u{1F600}', '7', '٣', '_', '\'', '’', 's', 'S', '\'s', '’S', '.', ',', '/',
      '-', '&', '!', '“', ' ', '\t', '\u00a0', 'Ab', 'U.S.', 'A. ', 'B', 'ab9', '\r\n', 'א', '%'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        assert.deepStrictEqual(tokenize(text).map((t): [string, string] => [t.text, t.kind]), plain(text), JSON.stringify(text));
      }),
      { numRuns: 150, seed: 14 },
    );
  });

  it('gives offsets into the text, past non-BMP characters', () => {
    const text = '🇱🇹 Nausėda said';
    for (const t of tokenize(text, 10)) assert.strictEqual(text.slice(t.start - 10, t.end - 10), t.text);
  });
});

describe('sentenceRanges', () => {
  it('splits after terminal punctuation and closing quotes, not after abbreviations', () => {
    const tokens = tokenize('Mr. Smith left on Sept. 11. “It is fine,” he said. Next!');
    const sentences = sentenceRanges(tokens).map(([a, b]) => tokens.slice(a, b).map((t) => t.text).join(' '));
    assert.deepStrictEqual(sentences, ['Mr. Smith left on Sept. 11 .', '“ It is fine , ” he said .', 'Next !']);
  });

  it('reads "no." and "p." as abbreviations only before a number, and "sat." only capitalised', () => {
    const tokens = tokenize('Asked again, Roe said no. The No. 5 ferry left, see p. 12. He sat. Sat. Jan. 5 was cold.');
    const sentences = sentenceRanges(tokens).map(([a, b]) => tokens.slice(a, b).map((t) => t.text).join(' '));
    assert.deepStrictEqual(sentences, ['Asked again , Roe said no .', 'The No. 5 ferry left , see p. 12 .', 'He sat .', 'Sat. Jan. 5 was cold .']);
  });
});

describe('splitLines', () => {
  it('handles LF, CRLF and CR and keeps empty lines', () => {
    assert.deepStrictEqual(splitLines('a\r\nb\n\nc\rd'), [
      { start: 0, end: 1 },
      { start: 3, end: 4 },
      { start: 5, end: 5 },
      { start: 6, end: 7 },
      { start: 8, end: 9 },
    ]);
  });
});
