import * as assert from 'assert';
import { anchorOf } from '../../../src/corrections/anchor';
import type { Decision } from '../../../src/corrections/decisions';
import { parseSidecar, serializeSidecar, sidecarName } from '../../../src/corrections/sidecar';
import { textHash } from '../../../src/corrections/textHash';

const TEXT = 'Line one 🇺🇦.\r\nThe mayor said “the bridge is late”.\r\n';

const DECISIONS: Decision[] = [
  { id: 'd1', action: 'reassignSpeaker', speaker: { entityId: 'person:maria-lopez', name: 'Maria Lopez' }, target: anchorOf(TEXT, { start: 31, end: 51 }), creator: 'ana', created: '2026-11-30T10:00:00.000Z' },
  { id: 'd2', action: 'setClaimSpan', span: anchorOf(TEXT, { start: 32, end: 50 }), target: anchorOf(TEXT, { start: 31, end: 51 }), creator: 'ana', created: '2026-11-30T10:01:00.000Z', orphan: true },
  { id: 'd3', action: 'notEntity', every: true, target: anchorOf(TEXT, { start: 0, end: 4 }), creator: 'ana', created: '2026-11-30T10:02:00.000Z' },
  { id: 'd4', action: 'acceptEntity', target: anchorOf(TEXT, { start: 19, end: 24 }), creator: 'ben', created: '2026-11-30T10:03:00.000Z' },
];

describe('the sidecar file', () => {
  it('is named after the article', () => {
    assert.strictEqual(sidecarName('story.txt'), 'story.txt.annotations.json');
  });

  it('round-trips decisions through W3C selectors', () => {
    const text = serializeSidecar({ textHash: textHash(TEXT), decisions: DECISIONS }, 'story.txt');
    const json = JSON.parse(text);
    assert.strictEqual(json.schema, 1);
    assert.deepStrictEqual(json.decisions[0].target.selector.map((s: { type: string }) => s.type), ['TextPositionSelector', 'TextQuoteSelector']);
    assert.strictEqual(json.decisions[0].target.selector[1].exact, TEXT.slice(31, 51));
    const parsed = parseSidecar(text);
    assert.ok(parsed.ok);
    assert.deepStrictEqual(parsed.corrections.decisions, DECISIONS);
    assert.strictEqual(parsed.corrections.textHash, textHash(TEXT));
  });

  it('refuses malformed files with a message that says where', () => {
    const bad = (s: string) => {
      const r = parseSidecar(s);
      assert.ok(!r.ok);
      assert.strictEqual(r.reason, 'invalid');
      return r.message;
    };
    assert.match(bad('{"schema": 1, "decisions": [}'), /not valid JSON/);
    assert.match(bad('[]'), /not a JSON object/);
    assert.match(bad('{"decisions": []}'), /schema/);
    assert.match(bad('{"schema": 1, "decisions": [{"id": "x", "action": "explode"}]}'), /decision 1: unknown action/);
    const noTarget = JSON.stringify({ schema: 1, decisions: [{ id: 'x', action: 'acceptClaim', target: { selector: [] } }] });
    assert.match(bad(noTarget), /decision 1: "target"/);
  });

  it('reports a newer schema apart, so it is not overwritten', () => {
    const r = parseSidecar('{"schema": 2, "decisions": []}');
    assert.ok(!r.ok && r.reason === 'newer');
  });
});

describe('the text hash', () => {
  it('ignores a line-end rewrite and notices any other change', () => {
    assert.strictEqual(textHash('a\nb\n'), textHash('a\r\nb\r\n'));
    assert.notStrictEqual(textHash('a\nb\n'), textHash('a\nc\n'));
    assert.notStrictEqual(textHash('a\n\nb'), textHash('a\nb'));
  });
});
