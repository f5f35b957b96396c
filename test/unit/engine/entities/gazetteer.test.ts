import * as assert from 'assert';
import { phraseClasses, wordClass } from '../../../../src/engine/entities/gazetteer';

describe('gazetteer word classes', () => {
  it('classes words from the lexicon snapshot and our own place and role lexicons', () => {
    assert.match(wordClass('france'), /C/); // a country
    assert.match(wordClass('french'), /D/); // a demonym
    assert.match(wordClass('january'), /T/); // a month
    assert.match(wordClass('mary'), /F/); // a given name
    assert.match(wordClass('governor'), /R/); // a title (roles.ts)
    assert.strictEqual(wordClass('the'), 'w'); // a word the lexicon knows as no name
    assert.strictEqual(wordClass('qxzvbn'), '');
  });

  it('keeps lexicon entries written with the snapshot\'s own escapes', () => {
    assert.strictEqual(wordClass(':-\\'), 'w');
  });

  it('marks multi-word entries by position', () => {
    assert.deepStrictEqual(phraseClasses(['in', 'new', 'york', 'today']).slice(1, 3).map((c) => c[0]), ['B', 'I']);
  });
});
