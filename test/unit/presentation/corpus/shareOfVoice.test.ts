import * as assert from 'assert';
import { PeopleIndex } from '../../../../src/presentation/corpus/people';
import { shareOfVoice, type Chart, type ChartId } from '../../../../src/presentation/corpus/shareOfVoice';
import { article, organization, person } from './corpusFixture';

const march = article('a.article', '2024-03-12', [
  { quote: '“We will build it”', speaker: 'Anna Nowak', entity: person('Anna Nowak') },
  { quote: 'the plan was sound', speaker: 'she', entity: person('Anna Nowak'), kind: 'indirect' },
  { quote: '“Too expensive”', speaker: 'officials' },
], ['Mr. Jan Kowal watched.'], [person('Jan Kowal')]);
const april = article('b.article', '2024-04-02', [
  { quote: 'the budget is “too small”', speaker: 'Anna Nowak', entity: person('Anna Nowak'), kind: 'mixed' },
  { quote: '“We object”', speaker: 'the union', entity: organization('Farmers Union') },
  { quote: '“Fine”', speaker: 'Piotr Zieliński', entity: person('Piotr Zieliński') },
  { quote: '“Unclear”', speaker: null },
]);
const undated = article('c.article', null, [{ quote: '“Later”', speaker: 'he', entity: person('Piotr Zieliński') }]);

function chart(id: ChartId, articles = [march, april, undated]): Chart {
  const found = shareOfVoice(articles, new PeopleIndex()).find((c) => c.id === id);
  assert.ok(found, id);
  return found;
}

/** Each row's label and its counts per series. */
function table(c: Chart): [string, ...number[]][] {
  return c.rows.map((r) => [r.label, ...r.cells.map((cell) => cell.count)]);
}

describe('share of voice', () => {
  it('ranks the top quoted speakers across articles', () => {
    assert.deepStrictEqual(table(chart('topSpeakers')), [['Anna Nowak', 3], ['Piotr Zieliński', 2], ['Farmers Union', 1], ['officials', 1]]);
  });

  it('counts claims by named people, organizations, unnamed sources and unattributed', () => {
    assert.deepStrictEqual(table(chart('sourceTypes')), [
      ['Named people', 5],
      ['Organizations', 1],
      ['Other named (places, handles)', 0],
      ['Unnamed sources', 1],
      ['Unattributed', 1],
    ]);
  });

  it('splits each speaker into direct, mixed and reported', () => {
    const c = chart('kindsPerSpeaker');
    assert.deepStrictEqual(c.series, ['Direct', 'Mixed', 'Reported']);
    assert.deepStrictEqual(table(c)[0], ['Anna Nowak', 1, 1, 1]);
  });

  it('counts claims over time by the date header, per month across months and per day within one', () => {
    assert.deepStrictEqual(table(chart('overTime')), [['2024-03', 3], ['2024-04', 4], ['No date', 1]]);
    assert.deepStrictEqual(table(chart('overTime', [march])), [['2024-03-12', 3]]);
  });

  it('counts people quoted once each and people only mentioned', () => {
    const c = chart('quotedVsMentioned');
    assert.deepStrictEqual(table(c), [['Quoted', 2], ['Mentioned only', 1]]);
    assert.deepStrictEqual(c.rows[1].cells[0].refs.map((r) => [r.who, r.path, r.line]), [['Jan Kowal', 'a.article', 9]]);
  });

  it('counts gender only as the articles state it; a person given none or both is not stated', () => {
    // Anna Nowak: "she" in a.article. Piotr Zieliński: "he" only in c.article, which counts for his merged node.
    assert.deepStrictEqual(table(chart('statedGender')), [['Women (she, Mrs., Ms.)', 3], ['Men (he, Mr.)', 2], ['Not stated', 0]]);
    assert.deepStrictEqual(table(chart('statedGender', [april])), [['Women (she, Mrs., Ms.)', 0], ['Men (he, Mr.)', 0], ['Not stated', 2]]);
  });

  it('keeps behind every cell the claims it counts, to open them', () => {
    for (const c of shareOfVoice([march, april, undated], new PeopleIndex())) {
      if (c.unit !== 'claims') continue;
      for (const row of c.rows) for (const cell of row.cells) assert.strictEqual(cell.refs.length, cell.count, `${c.id} ${row.label}`);
    }
    // A count of people opens their claims (or, never quoted, where they are first named).
    const quoted = chart('quotedVsMentioned').rows[0].cells[0].refs;
    assert.deepStrictEqual([...new Set(quoted.map((r) => r.who))], ['Anna Nowak', 'Piotr Zieliński']);
    assert.strictEqual(quoted.length, 5);
    const [anna] = chart('topSpeakers').rows;
    assert.deepStrictEqual(anna.cells[0].refs.map((r) => [r.path, r.line, r.what]), [
      ['a.article', 3, '“We will build it”'],
      ['a.article', 5, 'the plan was sound'],
      ['b.article', 3, 'the budget is “too small”'],
    ]);
  });

  it('draws empty charts for no articles', () => {
    const charts = shareOfVoice([], new PeopleIndex());
    assert.deepStrictEqual(charts.map((c) => c.id), ['topSpeakers', 'sourceTypes', 'kindsPerSpeaker', 'overTime', 'quotedVsMentioned', 'statedGender']);
    assert.deepStrictEqual(table(charts[0]), []);
  });
});
