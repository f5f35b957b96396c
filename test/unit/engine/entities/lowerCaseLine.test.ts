// Names in lines written without capitals (web posts, chat): the lexicons' places and organizations.
import * as assert from 'assert';
import { findEntities } from '../../../../src/engine/entities';
import { isCasualLine, isLowerCaseLine } from '../../../../src/engine/entities/lowerCaseLine';
import { splitLines } from '../../../../src/engine/text/paragraphs';

const listed = (text: string): string[] => findEntities(text, splitLines(text)).map((e) => `${e.type}:${e.name}`);

describe('names in a line written in lower case', () => {
  it('finds the places the lexicons know, a multi-word one whole', () => {
    assert.deepStrictEqual(listed('where can i get good tacos in san francisco or chicago?'), ['place:san francisco', 'place:chicago']);
  });

  it('takes no common word that is also a place ("nice", "reading") and no short abbreviation', () => {
    assert.deepStrictEqual(listed('it was a nice day, reading on the porch at 5th ave'), []);
  });

  it('leaves a line with capitals to the tagger, which reads them, save a known place in lower case after a preposition of place', () => {
    assert.deepStrictEqual(listed('I went to the sea near Aarhus; chicago pizza is better.'), ['place:Aarhus']);
    assert.deepStrictEqual(listed('I went to the sea near Aarhus and then to chicago.'), ['place:Aarhus', 'place:chicago']);
    assert.deepStrictEqual(listed('Hello, I am a student in norway and I need a room.'), ['place:norway']);
    assert.deepStrictEqual(listed('The hotel is in downtown Seattle.'), ['place:Seattle']);
  });

  it('takes the lexicons\' places in lower case from a line whose writer does not capitalise', () => {
    assert.deepStrictEqual(listed('Does anyone know a good bakery in chicago? i am new here.'), ['place:chicago']);
    assert.deepStrictEqual(listed('anyone know how I can get a licence in Ohio or in texas?'), ['place:Ohio', 'place:texas']);
  });

  it('tells a writer who does not capitalise from one who does', () => {
    assert.ok(isCasualLine('so i went to the shop.'));
    assert.ok(isCasualLine('then we ate at Joe\'s.'));
    assert.ok(isCasualLine('Sure, i \'m in.'));
    assert.ok(!isCasualLine('I went to Aarhus, i.e. to Denmark.'));
    assert.ok(!isCasualLine('eBay said it would sell the unit.'));
  });

  it('tells a line without capitals from one of digits and symbols', () => {
    assert.ok(isLowerCaseLine('we ate in texas'));
    assert.ok(!isLowerCaseLine('We ate in Texas'));
    assert.ok(!isLowerCaseLine('12:30 -- 4/5'));
  });
});
