import * as assert from 'assert';
// A maintained parser, not our own writer's mirror image, judges what we write.
import { parse } from 'csv-parse/sync';
import { UTF8_BOM } from '../../../src/formats/csv';
import { CLAIM_COLUMNS, claimRows, claimsCsvHeader, claimsCsvRecords } from '../../../src/formats/claimsCsv';
import { ANALYSIS, TEXT } from '../presentation/editorFixture';

const article = { file: 'news/roe.article', text: TEXT, analysis: ANALYSIS };
const column = (name: (typeof CLAIM_COLUMNS)[number]) => CLAIM_COLUMNS.indexOf(name);

describe('claims CSV', () => {
  it('has one row per claim with file, header date, line, speaker, type, kind, cue, text and status', () => {
    const rows = claimRows(article);
    assert.strictEqual(rows.length, ANALYSIS.claims.length);
    assert.deepStrictEqual(rows[0], [
      'news/roe.article', '2024-03-01', 3, 'Jane Roe', 'Jane Roe', 'person', 'direct', 'said', '“We will build it,” “It opens in May.”', 'suggested',
    ]);
    const bySpeaker = rows.map((r) => [r[column('speaker')], r[column('speaker_as_written')], r[column('speaker_type')], r[column('line')]]);
    assert.deepStrictEqual(bySpeaker, [
      ['Jane Roe', 'Jane Roe', 'person', 3],
      ['Acme Corp', 'Acme Corp', 'organization', 5],
      [null, 'residents', 'unnamed', 7],
      ['Jane Roe', 'The mayor', 'person', 9],
      [null, null, null, 11],
    ]);
  });

  it('leaves the date empty when the article has no header, and takes the status from the caller', () => {
    const rows = claimRows({ ...article, text: `\n${TEXT.slice(1)}` }, (c) => (c.id === 'c-costs' ? 'confirmed' : 'suggested'));
    assert.strictEqual(rows[0][column('date')], null);
    assert.deepStrictEqual(rows.map((r) => r[column('status')]), ['suggested', 'confirmed', 'suggested', 'suggested', 'suggested']);
  });

  it('writes the header once and CRLF records that quote the claim text', () => {
    assert.strictEqual(claimsCsvHeader(), `${CLAIM_COLUMNS.join(',')}\r\n`);
    const records = claimsCsvRecords(article);
    assert.strictEqual(records.split('\r\n').length - 1, ANALYSIS.claims.length);
    assert.ok(records.startsWith('news/roe.article,2024-03-01,3,Jane Roe,Jane Roe,person,direct,said,"“We will build it,” “It opens in May.”",suggested\r\n'));
  });
});

describe('claims CSV round trip', () => {
  // Fields that oblige quoting: commas, straight and curly quotes, line breaks of both kinds, a formula start,
  // right-to-left text and an emoji.
  const awkward = {
    ...article,
    file: 'news/"odd", name 🇵🇱.article',
    analysis: {
      ...ANALYSIS,
      claims: ANALYSIS.claims.map((c, i) => (i === 0 ? { ...c, text: 'first line,\r\nsecond "quoted" line\nthird' } : i === 2 ? { ...c, text: '=SUM(A1) قال "لا"' } : c)),
    },
  };
  const asRead = (value: unknown) => (value === null ? '' : String(value));

  it('reads back, through a standard CSV parser, as the same fields in the same columns', () => {
    for (const bom of [false, true]) {
      const csv = (bom ? UTF8_BOM : '') + claimsCsvHeader() + claimsCsvRecords(awkward);
      // Strict RFC 4180 as spreadsheets read it: CRLF records, every record as wide as the header.
      const rows = parse(csv, { bom, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false }) as string[][];
      assert.deepStrictEqual(rows[0], [...CLAIM_COLUMNS], `header, bom ${bom}`);
      const expected = claimRows(awkward).map((row) => row.map(asRead));
      // A text a spreadsheet would run as a formula comes back as text, behind an apostrophe.
      expected[2][column('claim')] = `'${expected[2][column('claim')]}`;
      assert.deepStrictEqual(rows.slice(1), expected, `records, bom ${bom}`);
    }
  });

  it('puts the byte-order mark only before the header, where a BOM-aware reader drops it', () => {
    const csv = UTF8_BOM + claimsCsvHeader() + claimsCsvRecords(awkward);
    assert.strictEqual((parse(csv, { bom: false }) as string[][])[0][0], `${UTF8_BOM}file`, 'without the option the mark is part of the first field');
    assert.strictEqual(csv.split(UTF8_BOM).length, 2, 'one mark');
  });
});
