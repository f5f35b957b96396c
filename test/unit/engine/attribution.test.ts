import * as assert from 'assert';
import { attributionOf, claimsByAttribution, entitiesById, isNamedAttribution } from '../../../src/engine/attribution';
import type { Analysis } from '../../../src/engine/types';
import { ANALYSIS, CLAIMS } from '../presentation/editorFixture';

describe('attribution', () => {
  const entities = entitiesById(ANALYSIS);

  it('is the entity and its type when the speaker resolves, whatever the speaker mention says', () => {
    assert.deepStrictEqual(attributionOf(CLAIMS.bridge, entities), {
      kind: 'person', key: 'person:jane-roe', name: 'Jane Roe', entityId: 'person:jane-roe',
    });
    assert.strictEqual(attributionOf(CLAIMS.costs, entities).kind, 'organization');
  });

  it('is unresolved for a speaker tied to no named entity, keyed by its words', () => {
    assert.deepStrictEqual(attributionOf(CLAIMS.nobody, entities), {
      kind: 'unresolved', key: 'unresolved:residents', name: 'residents', entityId: null,
    });
    const spaced = { ...CLAIMS.nobody, speaker: { ...CLAIMS.nobody.speaker!, text: ' The\n Candidate ' } };
    assert.deepStrictEqual(attributionOf(spaced, entities), {
      kind: 'unresolved', key: 'unresolved:the candidate', name: 'The Candidate', entityId: null,
    });
  });

  it('is unresolved, not an entity, when the speaker names an entity the analysis does not hold', () => {
    assert.strictEqual(attributionOf(CLAIMS.build, new Map()).kind, 'unresolved');
    assert.strictEqual(attributionOf(CLAIMS.build, new Map()).entityId, null);
  });

  it('is one named group of the first one\'s type for speakers named together, tied to neither alone', () => {
    const pair = { ...CLAIMS.nobody, speaker: { ...CLAIMS.nobody.speaker!, entityId: null, members: ['person:jane-roe', 'organization:acme-corp'] } };
    assert.deepStrictEqual(attributionOf(pair, entities), {
      kind: 'person', key: 'together:jane roe and acme corp', name: 'Jane Roe and Acme Corp', entityId: null,
    });
    // A member the analysis does not hold leaves one name: that is no group.
    const lone = { ...pair, speaker: { ...pair.speaker, members: ['person:jane-roe', 'person:nobody'] } };
    assert.strictEqual(attributionOf(lone, entities).kind, 'unresolved');
  });

  it('is unattributed only without a speaker', () => {
    assert.deepStrictEqual(attributionOf(CLAIMS.banner, entities), {
      kind: 'unattributed', key: 'unattributed', name: 'Unattributed', entityId: null,
    });
  });

  it('tells named kinds from unresolved and unattributed', () => {
    assert.deepStrictEqual(
      (['person', 'organization', 'place', 'unresolved', 'unattributed'] as const).map(isNamedAttribution),
      [true, true, true, false, false],
    );
  });

  it('groups claims by attribution in order of first claim, unattributed last', () => {
    const a: Analysis = { ...ANALYSIS, claims: [CLAIMS.banner, ...ANALYSIS.claims.filter((c) => c !== CLAIMS.banner)] };
    assert.deepStrictEqual(
      claimsByAttribution(a).map((g) => [g.attribution.key, g.claims.map((c) => c.id)]),
      [
        ['person:jane-roe', ['c-build', 'c-bridge']],
        ['organization:acme-corp', ['c-costs']],
        ['unresolved:residents', ['c-nobody']],
        ['unattributed', ['c-banner']],
      ],
    );
  });
});
