import * as assert from 'assert';
import type { Analysis } from '../../../src/engine/types';
import { countLabel, groupOfClaim, speakerGroups } from '../../../src/presentation/speakersModel';
import { ANALYSIS, CLAIMS } from './editorFixture';

const summary = (a: Analysis, sort?: 'position' | 'count') =>
  speakerGroups(a, sort).map((g) => [g.key, g.name, g.kind, g.claims.map((c) => c.id)]);

describe('speakerGroups', () => {
  it('groups claims by resolved speaker in document order, unresolved speakers by their words, unattributed last', () => {
    assert.deepStrictEqual(summary(ANALYSIS), [
      ['person:jane-roe', 'Jane Roe', 'person', ['c-build', 'c-bridge']],
      ['organization:acme-corp', 'Acme Corp', 'organization', ['c-costs']],
      ['unresolved:residents', 'residents', 'unresolved', ['c-nobody']],
      ['unattributed', 'Unattributed', 'unattributed', ['c-banner']],
    ]);
  });

  it('sorts by claim count, ties by first claim, and keeps Unattributed last', () => {
    const many: Analysis = { ...ANALYSIS, claims: [CLAIMS.build, CLAIMS.costs, CLAIMS.nobody, CLAIMS.bridge, CLAIMS.banner] };
    assert.deepStrictEqual(
      speakerGroups(many, 'count').map((g) => g.key),
      ['person:jane-roe', 'organization:acme-corp', 'unresolved:residents', 'unattributed'],
    );
    // Acme with more claims than Jane moves first.
    const acmeHeavy: Analysis = {
      ...ANALYSIS,
      claims: [CLAIMS.build, CLAIMS.costs, { ...CLAIMS.nobody, speaker: { ...CLAIMS.costs.speaker! } }, CLAIMS.banner],
    };
    assert.deepStrictEqual(
      speakerGroups(acmeHeavy, 'count').map((g) => [g.key, g.claims.length]),
      [['organization:acme-corp', 2], ['person:jane-roe', 1], ['unattributed', 1]],
    );
    assert.deepStrictEqual(
      speakerGroups(acmeHeavy, 'position').map((g) => g.key),
      ['person:jane-roe', 'organization:acme-corp', 'unattributed'],
    );
  });

  it('merges unresolved speakers written alike, ignoring case and spacing', () => {
    const a: Analysis = {
      ...ANALYSIS,
      claims: [
        CLAIMS.nobody,
        { ...CLAIMS.bridge, speaker: { ...CLAIMS.bridge.speaker!, text: 'Residents', entityId: null } },
        { ...CLAIMS.banner, speaker: { ...CLAIMS.bridge.speaker!, text: 'a  spokesman', entityId: null } },
      ],
    };
    assert.deepStrictEqual(
      speakerGroups(a).map((g) => [g.key, g.name, g.claims.length]),
      [['unresolved:residents', 'residents', 2], ['unresolved:a spokesman', 'a spokesman', 1]],
    );
  });

  it('names a speaker whose entity is missing by the speaker as written', () => {
    const a: Analysis = { ...ANALYSIS, entities: [] };
    assert.deepStrictEqual(speakerGroups(a)[0].name, 'Jane Roe');
    assert.deepStrictEqual(speakerGroups(a)[1].name, 'Acme Corp');
  });

  it('is empty for an analysis without claims', () => {
    assert.deepStrictEqual(speakerGroups({ textLength: 0, entities: [], claims: [] }), []);
  });

  it('finds the group of a claim', () => {
    assert.strictEqual(groupOfClaim(speakerGroups(ANALYSIS), 'c-bridge')?.name, 'Jane Roe');
    assert.strictEqual(groupOfClaim(speakerGroups(ANALYSIS), 'nope'), undefined);
  });

  it('counts with the right plural', () => {
    assert.deepStrictEqual([0, 1, 2].map((n) => countLabel(n, 'claim')), ['0 claims', '1 claim', '2 claims']);
  });
});
