// Document-level corrections of the tagger: casing across the article and roles before a name.
import * as assert from 'assert';
import { findEntities } from '../../../../src/engine/entities';
import { splitLines } from '../../../../src/engine/text/paragraphs';
import type { Entity } from '../../../../src/engine/types';

const entitiesOf = (text: string): Entity[] => findEntities(text, splitLines(text));
const listed = (entities: Entity[]): string[] => entities.map((e) => `${e.type}:${e.name}`);

describe('entities across the article', () => {
  it('takes no word for a name that only opens sentences and is written in lower case elsewhere', () => {
    const text = 'Seagrass meadows are spreading again.\nSeagrass is back in the bay, divers said.\n'
      + 'Volunteers planted the seagrass by hand near Aarhus.';
    const e = entitiesOf(text);
    assert.ok(!e.some((x) => x.name === 'Seagrass'), listed(e).join(', '));
    assert.ok(listed(e).includes('place:Aarhus'), listed(e).join(', '));
  });

  it('keeps a name that opens a sentence when the article never writes it in lower case', () => {
    const text = 'Kowalczyk plans to run again.\nKowalczyk is back in the city, aides said.';
    const e = entitiesOf(text);
    assert.ok(e.some((x) => x.name === 'Kowalczyk'), listed(e).join(', '));
  });

  it('leaves a role written before a name out of the person\'s name', () => {
    const text = 'Hydrologist Pau Vilaseca of the University of Valencia, who advised the city, said the figures were realistic.\n'
      + 'Vilaseca said the reservoirs were full.\n'
      + 'Ecologist Núria Ferrand of the University of Girona, who advised the city, said the plan was sound.\n'
      + 'Ferrand said the wetlands would recover.';
    const people = entitiesOf(text).filter((x) => x.type === 'person').map((x) => x.name);
    assert.ok(people.includes('Pau Vilaseca') && people.includes('Núria Ferrand'), people.join(', '));
    assert.ok(!people.some((p) => /^(Hydrologist|Ecologist) /.test(p)), people.join(', '));
  });

  it('takes no common word that opens a sentence for a name, though the article never writes it in lower case', () => {
    const e = entitiesOf('Mountains cover most of the north of Norway.');
    assert.deepStrictEqual(listed(e), ['place:Norway']);
  });

  it('keeps a common word that is a name after a title or in a table row', () => {
    assert.ok(listed(entitiesOf('Dr. White is the best!')).includes('person:White'));
    const table = 'Standings after Saturday:\nReading 5 3 1 1 9 4 10\nBury 5 2 2 1 7 6 8';
    const teams = entitiesOf(table).map((x) => x.name);
    assert.ok(teams.includes('Reading') && teams.includes('Bury'), teams.join(', '));
  });

  it('takes no common word written in capitals for emphasis for a name', () => {
    const e = entitiesOf('Natasha is the BEST photographer in Leeds.');
    assert.deepStrictEqual(listed(e).sort(), ['person:Natasha', 'place:Leeds']);
  });
});
