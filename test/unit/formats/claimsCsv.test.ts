import * as assert from 'assert';
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
