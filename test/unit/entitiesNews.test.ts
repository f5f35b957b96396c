// Entity quality on news prose: the defects a reader sees in an article's entity list.
import * as assert from 'assert';
import { findEntities } from '../../src/analysis/entities';
import { splitLines } from '../../src/analysis/text/paragraphs';
import type { Entity } from '../../src/analysis/types';

const entitiesOf = (text: string): Entity[] => findEntities(text, splitLines(text));
const listed = (entities: Entity[]): string[] => entities.map((e) => `${e.type}:${e.name}`);
const named = (entities: Entity[]): Entity[] =>
  entities.filter((e) => e.type === 'person' || e.type === 'organization' || e.type === 'place');

describe('entities in news prose', () => {
  it('never makes a name of a mark without a letter, even between flag emoji', () => {
    const text = 'Leaders of the Alliance said they support 🇺🇦 & 🇬🇪 and will meet again in Vilnius.\n' +
      'The ministers of 🇫🇷 & 🇩🇪 & 🇵🇱 signed the Weimar statement.';
    for (const e of named(entitiesOf(text))) assert.ok(/\p{L}/u.test(e.name), listed(entitiesOf(text)).join(', '));
  });

  it('does not take a regional adjective alone for a name', () => {
    const text = 'Defence ministers of the Baltic states met in Riga, and Nordic leaders joined them by video.\n' +
      'European diplomats said the Baltic Sea patrols would continue.';
    const names = listed(named(entitiesOf(text)));
    for (const adjective of ['Baltic', 'Nordic', 'European']) {
      assert.ok(!names.some((n) => n.endsWith(':' + adjective)), names.join(', '));
    }
    assert.ok(names.includes('place:Riga'), names.join(', '));
  });
});
