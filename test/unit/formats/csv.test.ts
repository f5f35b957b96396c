import * as assert from 'assert';
import { csvField, csvRow, UTF8_BOM } from '../../../src/formats/csv';

/** A minimal RFC 4180 reader, to check that what we write reads back as the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('csv', () => {
  it('quotes only the fields that need it and doubles their quotes', () => {
    assert.strictEqual(csvField('plain text'), 'plain text');
    assert.strictEqual(csvField('a, b'), '"a, b"');
    assert.strictEqual(csvField('“curly” and "straight"'), '"“curly” and ""straight"""');
    assert.strictEqual(csvField('two\nlines'), '"two\nlines"');
    assert.strictEqual(csvField('cr\r'), '"cr\r"');
  });

  it('writes null and undefined as empty fields and numbers as numbers', () => {
    assert.strictEqual(csvRow([null, undefined, 12, -3, '']), ',,12,-3,\r\n');
  });

  it('guards text a spreadsheet would run as a formula with a leading apostrophe', () => {
    for (const dangerous of ['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const field = csvField(dangerous);
      const [[read]] = parseCsv(csvRow([dangerous]));
      assert.strictEqual(read, `'${dangerous}`, JSON.stringify(field));
    }
    assert.strictEqual(csvField('a=b'), 'a=b');
  });

  it('round-trips any text, emoji and right-to-left included, one record per row', () => {
    const values = ['🇵🇱 “We will build it,”', 'قال المتحدث "لا"', 'x\r\ny', 'ok'];
    const text = csvRow(values) + csvRow(['second', 'row', '', 'end']);
    assert.deepStrictEqual(parseCsv(text), [values, ['second', 'row', '', 'end']]);
  });

  it('offers a UTF-8 byte-order mark for spreadsheets', () => {
    assert.deepStrictEqual([...Buffer.from(UTF8_BOM, 'utf8')], [0xef, 0xbb, 0xbf]);
  });
});
