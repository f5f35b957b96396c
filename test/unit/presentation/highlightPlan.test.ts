import * as assert from 'assert';
import type { Analysis, Claim, Entity } from '../../../src/engine/types';
import { HIGHLIGHT_CATEGORIES, planHighlights, spansInWindow, type HighlightCategory } from '../../../src/presentation/highlightPlan';

const text = 'date 2024-01-02\n“We will build it,” Maria Lopez said. She said the city of Springfield would pay.';
const at = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length };
};

const maria: Entity = {
  id: 'person:maria-lopez',
  type: 'person',
  name: 'Maria Lopez',
  mentions: [
    { ...at('Maria Lopez'), text: 'Maria Lopez', form: 'name' },
    { ...at('She'), text: 'She', form: 'pronoun' },
  ],
};
const springfield: Entity = {
  id: 'place:springfield',
  type: 'place',
  name: 'Springfield',
  mentions: [{ ...at('Springfield'), text: 'Springfield', form: 'name' }],
};
const date: Entity = { id: 'date:2024-01-02', type: 'date', name: '2024-01-02', mentions: [{ ...at('2024-01-02'), text: '2024-01-02', form: 'name' }] };
const url: Entity = { id: 'url:x', type: 'url', name: 'x', mentions: [{ start: 0, end: 4, text: 'date', form: 'other' }] };

const direct: Claim = {
  id: 'c1',
  kind: 'direct',
  ...at('We will build it,'),
  spans: [at('We will build it,')],
  text: 'We will build it,',
  cue: { ...at('said'), text: 'said' },
  speaker: { ...at('Maria Lopez'), text: 'Maria Lopez', entityId: maria.id, resolution: 'named' },
};
const reported: Claim = {
  id: 'c2',
  kind: 'indirect',
  start: at('the city').start,
  end: at('would pay').end,
  spans: [{ start: at('the city').start, end: at('would pay').end }],
  text: 'the city of Springfield would pay',
  cue: { ...at('said', at('She').start), text: 'said' },
  speaker: { ...at('She'), text: 'She', entityId: maria.id, resolution: 'inferred' },
};

const analysis: Analysis = { textLength: text.length, entities: [date, maria, springfield, url], claims: [direct, reported] };
const all = new Set<HighlightCategory>(HIGHLIGHT_CATEGORIES);
const covered = (plan: Map<HighlightCategory, { start: number; end: number }[]>, c: HighlightCategory) =>
  plan.get(c)!.map((s) => text.slice(s.start, s.end));

describe('planHighlights', () => {
  it('puts entity mentions, quote pieces by kind and speakers at cues in their categories', () => {
    const plan = planHighlights(analysis, all);
    assert.deepStrictEqual(covered(plan, 'person'), ['Maria Lopez']);
    assert.deepStrictEqual(covered(plan, 'place'), ['Springfield']);
    assert.deepStrictEqual(covered(plan, 'date'), ['2024-01-02']);
    assert.deepStrictEqual(covered(plan, 'quoteDirect'), ['We will build it,']);
    assert.deepStrictEqual(covered(plan, 'quoteReported'), ['the city of Springfield would pay']);
    assert.deepStrictEqual(covered(plan, 'quoteMixed'), []);
    assert.deepStrictEqual(covered(plan, 'speaker'), ['Maria Lopez', 'She']);
    assert.deepStrictEqual([...plan.keys()].sort(), [...HIGHLIGHT_CATEGORIES].sort());
  });

  it('leaves switched-off categories empty so drawing them clears old highlights', () => {
    const plan = planHighlights(analysis, new Set<HighlightCategory>(['place']));
    assert.deepStrictEqual(covered(plan, 'place'), ['Springfield']);
    for (const c of HIGHLIGHT_CATEGORIES) if (c !== 'place') assert.deepStrictEqual(plan.get(c), [], c);
  });

  it('splits a quote split around its attribution into its pieces', () => {
    const split: Claim = { ...direct, spans: [{ start: 16, end: 20 }, { start: 30, end: 35 }], start: 16, end: 35 };
    const plan = planHighlights({ ...analysis, claims: [split] }, all);
    assert.deepStrictEqual(plan.get('quoteDirect'), [{ start: 16, end: 20 }, { start: 30, end: 35 }]);
  });

  it('clips ranges to the text and drops empty ones, sorted', () => {
    const broken: Entity = {
      ...springfield,
      mentions: [
        { start: text.length - 3, end: text.length + 10, text: 'ay.', form: 'name' },
        { start: 5, end: 5, text: '', form: 'name' },
        { start: 1, end: 3, text: 'at', form: 'name' },
      ],
    };
    const plan = planHighlights({ textLength: text.length, entities: [broken], claims: [] }, all);
    assert.deepStrictEqual(plan.get('place'), [{ start: 1, end: 3 }, { start: text.length - 3, end: text.length }]);
  });
});

describe('spansInWindow', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 3, end: 40 },
    { start: 10, end: 12 },
    { start: 20, end: 25 },
    { start: 30, end: 31 },
  ];

  it('keeps the spans overlapping the window, long ones starting before it included', () => {
    assert.deepStrictEqual(spansInWindow(spans, 11, 21), [
      { start: 3, end: 40 },
      { start: 10, end: 12 },
      { start: 20, end: 25 },
    ]);
  });

  it('treats both ends as exclusive touches', () => {
    assert.deepStrictEqual(spansInWindow(spans, 12, 20), [{ start: 3, end: 40 }]);
    assert.deepStrictEqual(spansInWindow(spans, 40, 100), []);
    assert.deepStrictEqual(spansInWindow([], 0, 10), []);
  });

  it('agrees with a plain filter on random input', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 200; round++) {
      const list = Array.from({ length: random(30) }, () => {
        const start = random(100);
        return { start, end: start + 1 + random(20) };
      }).sort((a, b) => a.start - b.start);
      const start = random(110);
      const end = start + random(40);
      assert.deepStrictEqual(spansInWindow(list, start, end), list.filter((s) => s.start < end && s.end > start));
    }
  });
});
