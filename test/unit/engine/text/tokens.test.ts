import * as assert from 'assert';
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
