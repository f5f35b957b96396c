import * as assert from 'assert';
import type { LineMention } from '../../../../src/engine/entities/lineMention';
import { spreadNames } from '../../../../src/engine/entities/spread';
import { splitLines } from '../../../../src/engine/text/paragraphs';

/** Mentions of the given written names at their first occurrence after `from`, in text order. */
function at(text: string, found: Array<[string, LineMention['type'], number?]>): LineMention[] {
  return found
    .map(([name, type, from]) => {
      const start = text.indexOf(name, from ?? 0);
      assert.ok(start >= 0, name);
      return { start, end: start + name.length, type };
    })
    .sort((a, b) => a.start - b.start);
}
const shown = (text: string, ms: LineMention[]): string[] => ms.map((m) => `${m.type}:${text.slice(m.start, m.end)}`);

describe('spreadNames', () => {
  it('makes every other occurrence of a found name a mention of the same type', () => {
    const text = 'Dalia Vaitkutė met farmers in Kaunas.\nAfter lunch Dalia Vaitkutė, tired, drove back to Kaunas.\nVaitkutė said so.';
    const found = at(text, [['Dalia Vaitkutė', 'person'], ['Kaunas', 'place'], ['Vaitkutė', 'person', text.lastIndexOf('Vaitkutė')]]);
    assert.deepStrictEqual(shown(text, spreadNames(text, splitLines(text), found)), [
      'person:Dalia Vaitkutė', 'place:Kaunas', 'person:Dalia Vaitkutė', 'place:Kaunas', 'person:Vaitkutė',
    ]);
  });

  it('gives the added mentions the type most mentions of the name have', () => {
    const text = 'Orlen said one thing. Orlen said another. Orlen, a refiner, said a third. Then Orlen left.';
    const found = at(text, [['Orlen', 'organization'], ['Orlen', 'organization', 10], ['Orlen', 'person', 30]]);
    const spread = spreadNames(text, splitLines(text), found);
    assert.strictEqual(spread.length, 4);
    assert.strictEqual(spread[3].type, 'organization');
    assert.strictEqual(text.slice(spread[3].start, spread[3].end), 'Orlen');
  });

  it('leaves an occurrence inside a longer name, a compound or a word alone', () => {
    const text = 'Canada voted. Statistics Canada reported. Canada Post struck. Canada-based firms and Canadas and '
      + 'LaCanada stayed calm.';
    const found = at(text, [['Canada', 'place']]);
    assert.deepStrictEqual(shown(text, spreadNames(text, splitLines(text), found)), ['place:Canada']);
  });

  it('keeps mentions sorted and never overlapping an existing one', () => {
    const text = 'Rome is old. The Rome Statute matters. Rome again.';
    const found = at(text, [['Rome', 'place'], ['Rome Statute', 'organization']]);
    const spread = spreadNames(text, splitLines(text), found);
    assert.deepStrictEqual(shown(text, spread), ['place:Rome', 'organization:Rome Statute', 'place:Rome']);
    for (let i = 1; i < spread.length; i++) assert.ok(spread[i - 1].end <= spread[i].start);
  });

  it('joins a given name written before a found surname, but not a title or a place', () => {
    const text = 'Geologist Marta Oyarzábal said so. Oyarzábal left. Minister Oyarzábal and Madrid Oyarzábal stayed.';
    const found = at(text, [['Oyarzábal', 'person', 35]]);
    assert.deepStrictEqual(shown(text, spreadNames(text, splitLines(text), found)), ['person:Marta Oyarzábal', 'person:Oyarzábal']);
  });
});
