// A one-word person the article names once and no lexicon knows as a name is doubted away.
import * as assert from 'assert';
import { findEntities } from '../../../../src/engine/entities';
import { splitLines } from '../../../../src/engine/text/paragraphs';

const people = (text: string): string[] => findEntities(text, splitLines(text)).filter((e) => e.type === 'person').map((e) => e.name);

describe('lone persons', () => {
  it('drops an unknown word the tagger took for a surname, written once', () => {
    assert.deepStrictEqual(people('The album was produced by Quarnix in a studio near Leeds.'), []);
  });

  it('keeps a known given name, a name written twice, one a fuller name ends, one after a title or before a number', () => {
    assert.deepStrictEqual(people('The album was produced by Maria in a studio near Leeds.'), ['Maria']);
    assert.deepStrictEqual(people('Drovask was born in 1950. Drovask moved to Leeds.'), ['Drovask']);
    assert.deepStrictEqual(people('The album was produced by Quarnix in a studio near Leeds. Later Anna Quarnix left.'), ['Anna Quarnix']);
    assert.deepStrictEqual(people('Officials met Dr. Drovask in Leeds.'), ['Drovask']);
    assert.deepStrictEqual(people('Scorers: Drovask 15th, Pelmont 42nd.'), ['Drovask', 'Pelmont']);
  });
});
