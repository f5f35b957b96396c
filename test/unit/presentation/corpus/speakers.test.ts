import * as assert from 'assert';
import { lineAt } from '../../../../src/presentation/corpus/article';
import { PeopleIndex } from '../../../../src/presentation/corpus/people';
import { claimsAbout, corpusSpeakers } from '../../../../src/presentation/corpus/speakers';
import { article, organization, person } from './corpusFixture';

const first = article('a.article', '2024-03-12', [
  { quote: '“The bridge will open in May”', speaker: 'Maria Lopez', entity: person('Maria Lopez') },
  { quote: '“Not before June”', speaker: 'officials', kind: 'indirect' },
  { quote: '“Costs rose”', speaker: null },
]);
const second = article('b.article', '2024-03-20', [
  { quote: '“The bridge is late”', speaker: 'MARIA LÓPEZ', entity: person('María López') },
  { quote: '“We regret the delay”', speaker: 'the council', entity: organization('City Council') },
  { quote: '“Not before July”', speaker: 'Officials', kind: 'indirect' },
]);

describe('corpus speakers', () => {
  it('merges one person across articles by canonical name, ignoring case and diacritics', () => {
    const speakers = corpusSpeakers([second, first], new PeopleIndex());
    const maria = speakers.find((s) => s.kind === 'person');
    assert.ok(maria);
    assert.strictEqual(maria.name, 'Maria Lopez', 'the name of the first article in path order');
    assert.strictEqual(maria.claimCount, 2);
    assert.deepStrictEqual(maria.articles.map((a) => a.article.path), ['a.article', 'b.article']);
  });

  it('merges unresolved speakers only by the same words, and keeps Unattributed last', () => {
    const speakers = corpusSpeakers([first, second], new PeopleIndex());
    assert.deepStrictEqual(
      speakers.map((s) => [s.name, s.kind, s.claimCount, s.articles.length]),
      [
        ['Maria Lopez', 'person', 2, 2],
        ['officials', 'unresolved', 2, 2],
        ['City Council', 'organization', 1, 1],
        ['Unattributed', 'unattributed', 1, 1],
      ],
    );
  });

  it('merges the aliases of the people file under its canonical name, with its attributes', () => {
    const other = article('c.article', null, [{ quote: '“Yes”', speaker: 'M. Lopez-Garcia', entity: person('M. Lopez-Garcia') }]);
    const people = new PeopleIndex([{ name: 'Maria Lopez', aliases: ['M. Lopez-Garcia'], attributes: { role: 'mayor' } }]);
    const maria = corpusSpeakers([first, second, other], people).find((s) => s.kind === 'person');
    assert.strictEqual(maria?.name, 'Maria Lopez');
    assert.strictEqual(maria.claimCount, 3);
    assert.deepStrictEqual(maria.person?.attributes, { role: 'mayor' });
  });

  it('finds who said what about a word across articles, without case or diacritics', () => {
    const found = claimsAbout(corpusSpeakers([first, second], new PeopleIndex()), 'BRIDGE');
    assert.deepStrictEqual(found.map((f) => [f.speaker.name, f.article.path, f.claim.text]), [
      ['Maria Lopez', 'a.article', '“The bridge will open in May”'],
      ['Maria Lopez', 'b.article', '“The bridge is late”'],
    ]);
    assert.deepStrictEqual(claimsAbout(corpusSpeakers([first], new PeopleIndex()), '  '), []);
  });

  it('numbers lines from the indexed text', () => {
    assert.strictEqual(lineAt(first, 0), 1);
    assert.strictEqual(lineAt(first, first.analysis.claims[0].start), 3);
    assert.strictEqual(lineAt(first, first.analysis.claims[1].start), 5);
    assert.strictEqual(first.date, '2024-03-12');
  });
});
