import * as assert from 'assert';
import { articleDate, hasArticleHeader } from '../../../../src/engine/text/articleHeader';

describe('hasArticleHeader', () => {
  it('accepts a date header, alone or followed by the first sentence, after leading spaces or a BOM', () => {
    for (const line of [
      'date 2021-06-14',
      ' date 2021-06-14 During a meeting with the president…',
      '\t  date 1999-12-31',
      '\uFEFFdate 2024-02-29',
      'date 2024-03-12\r',
    ]) {
      assert.ok(hasArticleHeader(line), JSON.stringify(line));
    }
  });

  it('rejects lines that only look like one', () => {
    for (const line of [
      '',
      'Date: 2021-06-14',
      'dated 2021-06-14',
      'update 2021-06-14',
      'The date 2021-06-14 was chosen',
      'date 21-06-14',
      'date 2021-13-01',
      'date 2021-00-10',
      'date 2021-06-32',
      'date 2021-06-140',
      'date2021-06-14',
      '\u0000\u0001 binary junk date 2021-06-14',
    ]) {
      assert.ok(!hasArticleHeader(line), JSON.stringify(line));
    }
  });
});

describe('articleDate', () => {
  it('reads the date of the header line only', () => {
    assert.strictEqual(articleDate('date 2021-06-14 During a meeting…\nMore.'), '2021-06-14');
    assert.strictEqual(articleDate('\uFEFF date 2024-02-29\r\nText'), '2024-02-29');
    assert.strictEqual(articleDate('Headline\ndate 2021-06-14'), null);
    assert.strictEqual(articleDate('date 2021-13-01'), null);
    assert.strictEqual(articleDate(''), null);
  });
});
