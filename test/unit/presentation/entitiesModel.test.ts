import * as assert from 'assert';
import type { Analysis, Entity, Mention } from '../../../src/engine/types';
import { entityGroups, entitySections, FOLD_ONCE_AFTER, mentionContext } from '../../../src/presentation/entitiesModel';
import { ANALYSIS, TEXT, at } from './editorFixture';

describe('entityGroups', () => {
  it('groups by type in a fixed order, most mentioned first, then by first mention', () => {
    assert.deepStrictEqual(
      entityGroups(ANALYSIS).map((g) => [g.title, g.entities.map((e) => e.name)]),
      [
        ['People', ['Jane Roe']],
        ['Organizations', ['Acme Corp']],
        ['Dates', ['May', 'March']],
      ],
    );
    const moreMarch: Analysis = {
      ...ANALYSIS,
      entities: ANALYSIS.entities.map((e) => (e.name === 'March' ? { ...e, mentions: [...e.mentions, ...e.mentions] } : e)),
    };
    assert.deepStrictEqual(entityGroups(moreMarch).find((g) => g.type === 'date')?.entities.map((e) => e.name), ['March', 'May']);
  });

  it('is empty without entities', () => {
    assert.deepStrictEqual(entityGroups({ textLength: 0, entities: [], claims: [] }), []);
  });
});

describe('entitySections', () => {
  /** People named `count` times each, after the fixture's text. */
  const person = (name: string, count: number, at = 1000): Entity => ({
    id: `person:${name}`, type: 'person', name,
    mentions: Array.from({ length: count }, (_, i) => ({ start: at + i * 10, end: at + i * 10 + 3, text: name, form: 'name' as const })),
  });

  it('shows every entity of a short group', () => {
    assert.deepStrictEqual(entitySections(ANALYSIS).map((s) => [s.group.title, s.shown.length, s.once.length]), [
      ['People', 1, 0], ['Organizations', 1, 0], ['Dates', 2, 0],
    ]);
  });

  it(`folds away a long group's entities mentioned once and never quoted, keeping a quoted one in sight`, () => {
    const often = Array.from({ length: FOLD_ONCE_AFTER }, (_, i) => person(`Often${i}`, 2, 2000 + i * 100));
    const once = Array.from({ length: 3 }, (_, i) => person(`Once${i}`, 1, 5000 + i * 100));
    const jane = ANALYSIS.entities.find((e) => e.name === 'Jane Roe')!;
    const quotedOnce = { ...jane, mentions: [jane.mentions[0]] };
    const analysis: Analysis = { ...ANALYSIS, entities: [...ANALYSIS.entities.filter((e) => e !== jane), quotedOnce, ...often, ...once] };
    const people = entitySections(analysis).find((s) => s.group.type === 'person')!;
    assert.deepStrictEqual(people.once.map((e) => e.name), ['Once0', 'Once1', 'Once2']);
    assert.deepStrictEqual(people.shown.map((e) => e.name), [...often.map((e) => e.name), 'Jane Roe']);
    assert.strictEqual(people.group.entities.length, FOLD_ONCE_AFTER + 4, 'the group still counts them all');
  });
});

describe('mentionContext', () => {
  const m = (s: string): Mention => ({ ...at(s), text: s, form: 'name' });

  it('shows the mention within its line, highlighted, cut with ellipses', () => {
    const { label, highlight } = mentionContext(TEXT, m('Acme Corp'), 10);
    assert.strictEqual(label, 'Acme Corp said cost…');
    assert.strictEqual(label.slice(...highlight), 'Acme Corp');
    const mid = mentionContext(TEXT, m('March'), 12);
    assert.strictEqual(mid.label, '…risen since March.');
    assert.strictEqual(mid.label.slice(...mid.highlight), 'March');
  });

  it('never cuts a surrogate pair and never crosses a line', () => {
    const { label, highlight } = mentionContext(TEXT, m('Jane Roe'), 22);
    assert.strictEqual(label.slice(...highlight), 'Jane Roe');
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(label), label);
    assert.ok(!label.includes('\n'));
    // 22 units before the mention falls inside the flag's second regional indicator, as does 2 here.
    const flagged = mentionContext('🇵🇱 Jane Roe', { start: 5, end: 13, text: 'Jane Roe', form: 'name' }, 2);
    assert.strictEqual(flagged.label, '…🇱 Jane Roe');
  });

  it('collapses white space inside the snippet and keeps the highlight on the mention', () => {
    const text = 'They met\tthe\u00a0new   Prime  Minister in  town';
    const start = text.indexOf('Prime');
    const ctx = mentionContext(text, { start, end: start + 'Prime  Minister'.length, text: 'Prime  Minister', form: 'name' });
    assert.strictEqual(ctx.label, 'They met the new Prime Minister in town');
    assert.strictEqual(ctx.label.slice(...ctx.highlight), 'Prime Minister');
  });
});
