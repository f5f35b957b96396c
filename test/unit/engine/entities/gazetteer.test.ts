import * as assert from 'assert';
import { phraseClasses, wordClass } from '../../../../src/engine/entities/gazetteer';
import { LEXICON } from '../../../../src/engine/entities/model/lexicon';
import { COUNTRIES, REGIONS, US_STATES } from '../../../../src/engine/lexicon/places';
import { TITLES } from '../../../../src/engine/lexicon/roles';

/** Every word's classes, read the plain way: the snapshot's sections into a map, then our own lexicons added. */
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
  for (const c of COUNTRIES) {
    for (const n of [c.name, ...c.aliases]) add(n.toLowerCase(), 'C');
    for (const d of c.demonyms) add(d.toLowerCase(), 'D');
    add(c.capital.toLowerCase(), 'P');
  }
  for (const s of US_STATES) add(s.toLowerCase(), 'S');
  for (const r of REGIONS) add(r.toLowerCase(), 'P');
  for (const t of TITLES) add(t.toLowerCase(), 'R');
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
