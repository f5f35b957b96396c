import * as assert from 'assert';
import type { Analysis, Entity } from '../../../../src/engine/types';
import { statedGenders } from '../../../../src/presentation/corpus/statedGender';

/** A person entity with a mention at each occurrence of each of `written` in `text`. */
function personIn(text: string, id: string, written: { text: string; form: 'name' | 'pronoun' }[]): Entity {
  const mentions = written.map(({ text: w, form }) => {
    const start = text.indexOf(w);
    return { start, end: start + w.length, text: w, form };
  });
  return { id, type: 'person', name: id, mentions };
}

describe('stated gender', () => {
  it('reads pronouns and honorifics, never first names', () => {
    const text = 'Mrs. Lopez spoke. Mr Becker replied. Anna Kowalska left; Ms. Ortiz stayed, and he waved.';
    const analysis: Analysis = {
      textLength: text.length,
      claims: [],
      entities: [
        personIn(text, 'lopez', [{ text: 'Lopez', form: 'name' }]),
        personIn(text, 'becker', [{ text: 'Becker', form: 'name' }, { text: 'he', form: 'pronoun' }]),
        personIn(text, 'kowalska', [{ text: 'Anna Kowalska', form: 'name' }]),
        personIn(text, 'ortiz', [{ text: 'Ms. Ortiz', form: 'name' }]),
      ],
    };
    assert.deepStrictEqual(statedGenders(text, analysis), { lopez: 'female', becker: 'male', ortiz: 'female' });
  });

  it('states none for a person given both', () => {
    const text = 'Mr. Sam Lee said so, and she agreed.';
    const analysis: Analysis = {
      textLength: text.length,
      claims: [],
      entities: [personIn(text, 'lee', [{ text: 'Sam Lee', form: 'name' }, { text: 'she', form: 'pronoun' }])],
    };
    assert.deepStrictEqual(statedGenders(text, analysis), {});
  });
});
