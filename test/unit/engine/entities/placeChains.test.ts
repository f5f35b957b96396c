import * as assert from 'assert';
import type { LineMention } from '../../../../src/engine/entities/lineMention';
import { typePlaceChains } from '../../../../src/engine/entities/placeChains';
import type { EntityType } from '../../../../src/engine/types';

const HEADS = new Set(['bank', 'corp.', 'university']);
const isHead = (word: string): boolean => HEADS.has(word.toLowerCase());

/** The line's names as typed (name:type), each given as its text and the tagger's type, after the rule. */
function chained(line: string, tagged: Array<[string, EntityType]>): string[] {
  let from = 0;
  const names: LineMention[] = tagged.map(([name, type]) => {
    const start = line.indexOf(name, from);
    assert.ok(start >= 0, name);
    from = start + name.length;
    return { start, end: from, type };
  });
  typePlaceChains(line, names, isHead);
  return names.map((m) => `${line.slice(m.start, m.end)}:${m.type}${m.sure ? '!' : ''}`);
}

describe('typePlaceChains', () => {
  it('makes a town before a comma and its state a place, sure of it', () => {
    assert.deepStrictEqual(chained('The mill stands in Harlow Dene, Ohio, by the river.', [['Harlow Dene', 'organization'], ['Ohio', 'place']]), [
      'Harlow Dene:place!',
      'Ohio:place',
    ]);
  });

  it('makes every link of a chain a place, the known region after a place included', () => {
    assert.deepStrictEqual(
      chained('Brindle Vale is a suburb of Harlow, Lancashire, England.', [['Brindle Vale', 'place'], ['Harlow', 'organization'], ['Lancashire', 'organization'], ['England', 'place']]),
      ['Brindle Vale:place', 'Harlow:place!', 'Lancashire:place!', 'England:place'],
    );
  });

  it('makes a "person" without a given name before a known place ending the clause a place, and keeps a person', () => {
    assert.deepStrictEqual(chained('She was born in Senlac, Lancashire, to a dentist.', [['Senlac', 'person'], ['Lancashire', 'place']]), ['Senlac:place!', 'Lancashire:place']);
    assert.deepStrictEqual(chained('The winner was John Senlac, England.', [['John Senlac', 'person'], ['England', 'place']]), ['John Senlac:person', 'England:place']);
    assert.deepStrictEqual(chained('Senlac, England won the toss.', [['Senlac', 'person'], ['England', 'place']]), ['Senlac:person', 'England:place']);
  });

  it('leaves a list of teams or companies alone', () => {
    const teams: Array<[string, EntityType]> = [['Essex', 'organization'], ['Derbyshire', 'organization'], ['Surrey', 'organization']];
    assert.deepStrictEqual(chained('Their rivals Essex, Derbyshire and Surrey all won.', teams), ['Essex:organization', 'Derbyshire:organization', 'Surrey:organization']);
    const firms: Array<[string, EntityType]> = [['Dunmore', 'organization'], ['Vale Lamps', 'organization'], ['Texas', 'place']];
    assert.deepStrictEqual(chained('Blue chips like Dunmore, Vale Lamps, Texas rose.', firms), ['Dunmore:organization', 'Vale Lamps:organization', 'Texas:place']);
  });

  it('leaves an organization\'s name before its city alone, and an acronym before a country', () => {
    assert.deepStrictEqual(chained('PAYING AGENT: Harlow National Bank, Detroit', [['Harlow National Bank', 'organization'], ['Detroit', 'place']]), [
      'Harlow National Bank:organization',
      'Detroit:place',
    ]);
    assert.deepStrictEqual(chained('Talks between NATO, Russia and others failed.', [['NATO', 'organization'], ['Russia', 'place']]), ['NATO:organization', 'Russia:place']);
  });

  it('leaves a known region that acts in its clause an organization (a team)', () => {
    assert.deepStrictEqual(
      chained('At Grace Road, Leicestershire extended their lead.', [['Grace Road', 'place'], ['Leicestershire', 'organization']]),
      ['Grace Road:place', 'Leicestershire:organization'],
    );
  });
});
