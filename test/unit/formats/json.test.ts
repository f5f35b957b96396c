import * as assert from 'assert';
import { anchorOf } from '../../../src/corrections/anchor';
import { applyDecisions } from '../../../src/corrections/apply';
import type { Decision } from '../../../src/corrections/decisions';
import { analysisJson, analysisRecord } from '../../../src/formats/json';
import { ANALYSIS, TEXT, at } from '../presentation/editorFixture';

const article = { file: 'news/roe.article', text: TEXT, analysis: ANALYSIS };

/** A decision on the claim whose text starts with `words`, made by `creator` at `created`. */
function decision(words: string, body: Partial<Decision>, creator: string, created: string): Decision {
  const claim = ANALYSIS.claims.find((c) => c.text.startsWith(words))!;
  return { id: `d-${creator}`, ...body, target: anchorOf(TEXT, claim), creator, created } as Decision;
}

describe('analysisJson', () => {
  it('is the analysis with each claim\'s file, header date, line and status, pretty-printed with a final newline', () => {
    const json = analysisJson(article);
    const parsed = JSON.parse(json);
    assert.strictEqual(json, JSON.stringify(parsed, null, 2) + '\n');
    assert.deepStrictEqual(parsed.entities, ANALYSIS.entities);
    assert.strictEqual(parsed.textLength, ANALYSIS.textLength);
    assert.deepStrictEqual(
      parsed.claims.map((c: { id: string; file: string; date: string; line: number; status: string }) => [c.id, c.file, c.date, c.line, c.status]),
      ANALYSIS.claims.map((c) => [c.id, 'news/roe.article', '2024-03-01', TEXT.slice(0, c.start).split('\n').length, 'suggested']),
    );
    // Everything the engine said about a claim is still there.
    for (const [i, claim] of ANALYSIS.claims.entries()) {
      const { file: _file, date: _date, line: _line, status: _status, ...engine } = parsed.claims[i];
      assert.deepStrictEqual(engine, JSON.parse(JSON.stringify(claim)));
    }
  });

  it('is JSON.stringify\'s pretty form however few entities and claims there are', () => {
    const empty = { ...article, analysis: { ...ANALYSIS, entities: [], claims: [] } };
    const one = { ...article, analysis: { ...ANALYSIS, entities: ANALYSIS.entities.slice(0, 1), claims: ANALYSIS.claims.slice(0, 1) } };
    for (const a of [empty, one, article]) assert.strictEqual(analysisJson(a), JSON.stringify(analysisRecord(a), null, 2) + '\n');
  });

  it('counts lines from the header and leaves the date null when there is none', () => {
    const costs = at('costs had risen');
    const [, record] = analysisRecord(article).claims;
    assert.strictEqual(record.line, 5);
    assert.strictEqual(record.start, costs.start);
    assert.ok(analysisRecord({ ...article, text: `\n${TEXT.slice(1)}` }).claims.every((c) => c.date === null));
  });

  it('carries the review status and the provenance of the last decision that touched a claim', () => {
    const corrected = applyDecisions(ANALYSIS, [
      decision('costs had risen', { action: 'acceptClaim' }, 'ana', '2026-11-30T10:00:00.000Z'),
      decision('“Nobody asked us', { action: 'reassignSpeaker', speaker: { entityId: null, name: 'a campaign aide' } }, 'ben', '2026-11-30T10:05:00.000Z'),
      decision('“Nobody asked us', { action: 'setClaimKind', kind: 'mixed' }, 'cy', '2026-11-30T10:09:00.000Z'),
    ]);
    const claims = JSON.parse(analysisJson({ ...article, analysis: corrected })).claims as Array<{ text: string; status: string; provenance?: unknown }>;
    const byText = (words: string) => claims.find((c) => c.text.startsWith(words))!;
    assert.deepStrictEqual([byText('costs').status, byText('costs').provenance], ['accepted', { creator: 'ana', created: '2026-11-30T10:00:00.000Z' }]);
    assert.deepStrictEqual([byText('“Nobody').status, byText('“Nobody').provenance], ['human', { creator: 'cy', created: '2026-11-30T10:09:00.000Z' }]);
    const untouched = claims.filter((c) => c.status === 'suggested');
    assert.strictEqual(untouched.length, ANALYSIS.claims.length - 2);
    assert.ok(untouched.every((c) => !('provenance' in c)), 'a suggestion has no provenance');
  });
});
