import * as assert from 'assert';
import type { Claim } from '../../../src/engine/types';
import { summarize, summaryDetail, summaryText } from '../../../src/presentation/summary';

const claim = (id: string, speaker: { text: string; entityId: string | null } | null): Claim => ({
  id,
  kind: 'direct',
  start: 0,
  end: 1,
  spans: [{ start: 0, end: 1 }],
  text: 'x',
  cue: null,
  speaker: speaker && { start: 0, end: 1, resolution: speaker.entityId ? 'named' : null, ...speaker },
});

describe('summary', () => {
  it('counts claims and distinct speakers the way the Speakers view groups them', () => {
    const claims = [
      claim('1', { text: 'Biden', entityId: 'person:joe-biden' }),
      claim('2', { text: 'he', entityId: 'person:joe-biden' }),
      claim('3', { text: 'Officials', entityId: null }),
      claim('4', { text: 'officials ', entityId: null }),
      claim('5', null),
    ];
    const biden = { id: 'person:joe-biden', type: 'person' as const, name: 'Joe Biden', mentions: [] };
    const summary = summarize({ textLength: 1, entities: [biden], claims });
    assert.deepStrictEqual(summary, { claims: 5, speakers: 2, unresolved: 1, unattributed: 1 });
    assert.strictEqual(summaryText(summary), '5 claims · 2 speakers');
    assert.strictEqual(
      summaryDetail(summary),
      '5 claims · 2 speakers · 1 speaker not tied to a named entity · 1 claim unattributed (no speaker)',
    );
  });

  it('uses the singular for one', () => {
    assert.strictEqual(summaryText({ claims: 1, speakers: 1, unresolved: 0, unattributed: 0 }), '1 claim · 1 speaker');
    assert.strictEqual(summaryText({ claims: 0, speakers: 0, unresolved: 0, unattributed: 0 }), '0 claims · 0 speakers');
    assert.strictEqual(summaryDetail({ claims: 1, speakers: 1, unresolved: 0, unattributed: 0 }), '1 claim · 1 speaker');
  });
});
