import * as assert from 'assert';
import { TextLines } from '../../../../src/engine/text/textLines';

describe('TextLines', () => {
  const texts = ['', '\n', 'a', 'a\n', '\nb', '#x\nab\nab c\n\n#y\nb c\nbé\n\u{1F600}', 'a\n\n\nb\n'];

  it('has the lines split would give', () => {
    for (const text of texts) {
      const lines = new TextLines(text);
      const split = text.split('\n');
      assert.strictEqual(lines.count, split.length, JSON.stringify(text));
      split.forEach((line, i) => assert.strictEqual(lines.line(i), line, `${JSON.stringify(text)} line ${i}`));
    }
  });

  it('finds the lines that begin with or hold a character', () => {
    for (const text of texts) {
      const lines = new TextLines(text);
      const split = text.split('\n');
      const indices = (keep: (line: string) => boolean): number[] => split.flatMap((line, i) => (keep(line) ? [i] : []));
      assert.deepStrictEqual(lines.startingWith('#'), indices((l) => l.startsWith('#')), JSON.stringify(text));
      assert.deepStrictEqual(lines.holding(' '), indices((l) => l.includes(' ')), JSON.stringify(text));
      assert.deepStrictEqual(lines.holding('b'), indices((l) => l.includes('b')), JSON.stringify(text));
    }
  });

  it('finds a line among sorted ones, and only an equal one', () => {
    const sorted = ['', 'a', 'ab', 'abc', 'b', 'bé', 'z', '\u{1F600}'];
    const lines = new TextLines(['#head', ...sorted, '#tail'].join('\n'));
    sorted.forEach((line, i) => assert.strictEqual(lines.find(line, 1, sorted.length + 1), i + 1, JSON.stringify(line)));
    for (const missing of ['#head', 'aa', 'abcd', 'c', 'be', '\uffff']) assert.strictEqual(lines.find(missing, 1, sorted.length + 1), -1, missing);
    // Outside the range given, nothing is found.
    assert.strictEqual(lines.find('a', 3, 6), -1);
  });
});
