// Titles of works in quotation marks are no people, organizations or places.
import * as assert from 'assert';
import { findEntities } from '../../../../src/engine/entities';
import { namedWorkTitles } from '../../../../src/engine/entities/namedWorks';
import { quotedTitles } from '../../../../src/engine/entities/quotedTitles';
import { splitLines } from '../../../../src/engine/text/paragraphs';

const listed = (text: string): string[] => findEntities(text, splitLines(text)).map((e) => `${e.type}:${e.name}`);
const titlesOf = (line: string): string[] => quotedTitles(line).map(([a, b]) => line.slice(a, b));

describe('titles of works in quotation marks', () => {
  it('reads a quoted passage in title case as a title, each of a list', () => {
    assert.deepStrictEqual(titlesOf('The choices were "A Quiet Storm", "The Signal" and “Time to Wake Up.”'), [
      'A Quiet Storm', 'The Signal', 'Time to Wake Up.',
    ]);
  });

  it('reads no title in a single quoted word, a quoted sentence, a name with a comma or a name after "the"', () => {
    assert.deepStrictEqual(titlesOf('Commanders "Vicente" and "Oscar" said "we will fight on".'), []);
    assert.deepStrictEqual(titlesOf('From: "Townsend, George" and the "Dream Team" relay'), []);
  });

  it('reads no title in the quoted name an e-mail header gives an address', () => {
    assert.deepStrictEqual(titlesOf('From: "Dana Whitfield" <dana.w@example.org>, "Acme Sales"<sales@example.com>'), []);
    assert.ok(listed('Email: "Dana Whitfield" <dana.w@example.org>').includes('person:Dana Whitfield'));
  });

  it('drops the names the tagger finds inside a title and keeps those outside it', () => {
    const found = listed('Marta Olsen of Oslo is best known for the film "Michael Collins" and the song "Gloomy Sunday".');
    assert.ok(found.includes('person:Marta Olsen') && found.includes('place:Oslo'), found.join(', '));
    assert.ok(!found.some((x) => /Michael Collins|Gloomy/.test(x)), found.join(', '));
  });

  it('reads the title after a work noun: a title-case run, an article after a comma, or a quoted word after "single"', () => {
    const titles = (line: string): string[] => namedWorkTitles(line).map(([a, b]) => line.slice(a, b));
    assert.deepStrictEqual(titles('Their debut album Deep Harbour Lights of the North came out on the label.'), ['Deep Harbour Lights of the North']);
    assert.deepStrictEqual(titles('The serial, The Long Sleep, was a sequel; their single "Rags" followed.'), ['The Long Sleep', 'Rags']);
    // A name after a comma without an article is the author or someone else, and "play" is a verb.
    assert.deepStrictEqual(titles('The author of the book, Martin Ellery, said they would play Australia.'), []);
  });

  it('drops the names the tagger finds in a title after a work noun and keeps the author', () => {
    const found = listed('In 1795 her novel Adelmar appeared without her name. Their debut album Deep Harbour Lights came out in 1988.');
    assert.ok(!found.some((x) => /Adelmar|Harbour/.test(x)), found.join(', '));
    assert.ok(listed('The author of the book, Martin Ellery, said it was true.').includes('person:Martin Ellery'));
  });
});
