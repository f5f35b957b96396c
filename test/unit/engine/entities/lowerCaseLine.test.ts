// Names in lines written without capitals (web posts, chat): the lexicons' places and organizations.
import * as assert from 'assert';
import { findEntities } from '../../../../src/engine/entities';
import { isLowerCaseLine } from '../../../../src/engine/entities/lowerCaseLine';
import { splitLines } from '../../../../src/engine/text/paragraphs';

const listed = (text: string): string[] => findEntities(text, splitLines(text)).map((e) => `${e.type}:${e.name}`);

describe('names in a line written in lower case', () => {
  it('finds the places the lexicons know, a multi-word one whole', () => {
    assert.deepStrictEqual(listed('where can i get good tacos in san francisco or chicago?'), ['place:san francisco', 'place:chicago']);
  });

  it('takes no common word that is also a place ("nice", "reading") and no short abbreviation', () => {
    assert.deepStrictEqual(listed('it was a nice day, reading on the porch at 5th ave'), []);
  });

  it('leaves a line with capitals to the tagger, which reads them', () => {
    assert.deepStrictEqual(listed('I went to the sea near Aarhus and then to chicago.'), ['place:Aarhus']);
  });

  it('tells a line without capitals from one of digits and symbols', () => {
    assert.ok(isLowerCaseLine('we ate in texas'));
    assert.ok(!isLowerCaseLine('We ate in Texas'));
    assert.ok(!isLowerCaseLine('12:30 -- 4/5'));
  });
});
