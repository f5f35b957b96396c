import * as assert from 'assert';
import { addOwnClasses, phraseClasses, wordClass } from '../../../../src/engine/entities/gazetteer';
import { LEXICON } from '../../../../src/engine/entities/model/lexicon';

/** Every word's classes, read the plain way: the snapshot's sections into a map, then our own lexicons' letters added. */
function allClasses(): Map<string, string> {
  const classes = new Map<string, string>();
  let cls = '';
  for (const line of LEXICON.split('\n')) {
    if (line[0] === '#') cls = line.slice(1);
    else classes.set(line, cls);
  }
  const add = (key: string, c: string): void => {
    const have = classes.get(key) ?? '';
    if (!have.includes(c)) classes.set(key, have + c);
  };
  addOwnClasses(add);
  return classes;
}

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

  it('gives every word of the snapshot and of our lexicons its classes (the look-up searches the sorted sections in place)', () => {
    const classes = allClasses();
    assert.ok(classes.size > 20_000);
    for (const [word, cls] of classes) assert.strictEqual(wordClass(word), cls, JSON.stringify(word));
    // Words that sort before, between and after the listed ones, and prefixes of listed ones, are not listed.
    for (const word of ['', '\u0000', 'a', 'franc', 'francee', 'zzzzzzzz', '\uffff']) {
      assert.strictEqual(wordClass(word), classes.get(word) ?? '', JSON.stringify(word));
    }
  });

  it('marks multi-word entries by position', () => {
    assert.deepStrictEqual(phraseClasses(['in', 'new', 'york', 'today']).slice(1, 3).map((c) => c[0]), ['B', 'I']);
  });
});
