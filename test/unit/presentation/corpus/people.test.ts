import * as assert from 'assert';
import { nameKey, parsePeople, PeopleIndex } from '../../../../src/presentation/corpus/people';

describe('people file', () => {
  it('reads a list or an object with a people list', () => {
    const entry = { name: 'Agnieszka Małecka', aliases: ['A. Malecka'], attributes: { role: 'minister', since: 2023 } };
    for (const json of [JSON.stringify([entry]), JSON.stringify({ people: [entry] })]) {
      assert.deepStrictEqual(parsePeople(json), {
        people: [{ name: 'Agnieszka Małecka', aliases: ['A. Malecka'], attributes: { role: 'minister', since: '2023' } }],
        errors: [],
      });
    }
  });

  it('reports bad entries and keeps the good ones', () => {
    const { people, errors } = parsePeople(JSON.stringify([{ aliases: ['x'] }, { name: 'Jan Nowak', aliases: ['Nowak', 3] }]));
    assert.deepStrictEqual(people.map((p) => [p.name, p.aliases]), [['Jan Nowak', ['Nowak']]]);
    assert.deepStrictEqual(errors, ['entry 1: needs a "name" string', 'entry 2 (Jan Nowak): "aliases" must be a list of strings']);
    assert.match(parsePeople('{ not json').errors[0], /^not valid JSON/);
    assert.match(parsePeople('"text"').errors[0], /expected a list of people/);
  });

  it('finds a person by name or alias as names compare', () => {
    const index = new PeopleIndex([{ name: 'Begoña Ibáñez', aliases: ['the mayor of Valencia'], attributes: {} }]);
    assert.strictEqual(index.find('BEGONA  IBANEZ')?.name, 'Begoña Ibáñez');
    assert.strictEqual(index.find('The Mayor of Valencia')?.name, 'Begoña Ibáñez');
    assert.strictEqual(index.find('Begoña'), undefined);
    assert.strictEqual(nameKey(' Ｍaría\u00a0López '), 'maria lopez');
  });
});
