import * as assert from 'assert';
import { analyze } from '../../../src/engine';
import type { Analysis } from '../../../src/engine/types';
import { anchorOf } from '../../../src/corrections/anchor';
import { applyDecisions } from '../../../src/corrections/apply';
import type { Decision, DecisionBody } from '../../../src/corrections/decisions';
import { nextUnreviewed, progressText, reviewProgress } from '../../../src/corrections/review';

const TEXT = [
  'date 2024-05-06',
  '',
  '“We will finish the new bridge before winter,” said Maria Lopez, the mayor of Springfield.',
  '',
  // Two full names begin with "Barack", so the machine cannot tell whose first name "Barack said" is.
  'Barack Obama visited the plant on Monday with Barack Ross. “Jobs come first,” Barack said.',
  '',
  'The Springfield Gazette reported that the budget was approved.',
  '',
].join('\n');

let n = 0;
function decide(exact: string, body: DecisionBody, occurrence = 0): Decision {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = TEXT.indexOf(exact, start + 1);
  assert.ok(start >= 0, exact);
  return { id: `d${++n}`, ...body, target: anchorOf(TEXT, { start, end: start + exact.length }), creator: 'tester', created: '2026-11-30T10:00:00Z' } as Decision;
}

function claimWith(analysis: Analysis, fragment: string) {
  const claim = analysis.claims.find((c) => c.text.includes(fragment));
  assert.ok(claim, `a claim with "${fragment}" in ${JSON.stringify(analysis.claims.map((c) => c.text))}`);
  return claim;
}

describe('applying decisions over an analysis', () => {
  const machine = analyze(TEXT);
  const bridge = claimWith(machine, 'bridge');
  const bridgeText = TEXT.slice(bridge.start, bridge.end);

  it('marks untouched results as suggestions and leaves the input analysis as it was', () => {
    const before = JSON.stringify(machine);
    const result = applyDecisions(machine, []);
    assert.ok(result.claims.every((c) => c.status === 'suggested'));
    assert.ok(result.entities.every((e) => e.status === 'suggested'));
    assert.strictEqual(JSON.stringify(machine), before);
  });

  it('reassigns a speaker to an entity, a new name or an unnamed source', () => {
    const toEntity = applyDecisions(machine, [decide(bridgeText, { action: 'reassignSpeaker', speaker: { entityId: null, name: 'Barack Obama' } })]);
    const claim = claimWith(toEntity, 'bridge');
    const obama = toEntity.entities.find((e) => e.name === 'Barack Obama');
    assert.ok(obama);
    assert.strictEqual(claim.speaker?.entityId, obama.id);
    assert.strictEqual(claim.status, 'human');
    const unnamed = applyDecisions(machine, [decide(bridgeText, { action: 'reassignSpeaker', speaker: { entityId: null, name: 'a campaign aide' } })]);
    assert.deepStrictEqual([claimWith(unnamed, 'bridge').speaker?.text, claimWith(unnamed, 'bridge').speaker?.entityId], ['a campaign aide', null]);
  });

  it('finds its claim after the engine moved a boundary by a few characters', () => {
    const shifted: Analysis = { ...machine, claims: machine.claims.map((c) => (c.id === bridge.id ? { ...c, end: c.end - 1 } : c)) };
    const result = applyDecisions(shifted, [decide(bridgeText, { action: 'acceptClaim' })]);
    assert.strictEqual(claimWith(result, 'bridge').status, 'accepted');
  });

  it('suppresses a rejected claim, adds a missed one, changes kind and span, and counts the review', () => {
    const missed = 'visited the plant on Monday';
    const jobs = claimWith(machine, 'Jobs');
    const result = applyDecisions(machine, [
      decide(bridgeText, { action: 'rejectClaim' }),
      decide(missed, { action: 'addClaim', kind: 'indirect', speaker: { entityId: null, name: 'a plant worker' } }),
      decide(TEXT.slice(jobs.start, jobs.end), { action: 'setClaimKind', kind: 'mixed' }),
    ]);
    assert.ok(!result.claims.some((c) => c.text.includes('bridge')));
    const added = claimWith(result, missed);
    assert.deepStrictEqual([added.status, added.kind, TEXT.slice(added.start, added.end)], ['human', 'indirect', missed]);
    assert.strictEqual(claimWith(result, 'Jobs').kind, 'mixed');
    assert.deepStrictEqual(result.claims.map((c) => c.start), [...result.claims.map((c) => c.start)].sort((a, b) => a - b));
    const progress = reviewProgress(result.claims);
    assert.strictEqual(progressText(progress), `${result.claims.filter((c) => c.status !== 'suggested').length} of ${result.claims.length} reviewed`);
    assert.strictEqual(progress.reviewed, 2);
  });

  it('sets a claim span to a selection', () => {
    const inner = 'We will finish the new bridge';
    const start = TEXT.indexOf(inner);
    const d = decide(bridgeText, { action: 'setClaimSpan', span: anchorOf(TEXT, { start, end: start + inner.length }) });
    const claim = claimWith(applyDecisions(machine, [d]), 'bridge');
    assert.deepStrictEqual([claim.start, claim.end, claim.text], [start, start + inner.length, inner]);
  });

  it('goes to the next unreviewed claim, wrapping, and to none when all are reviewed', () => {
    const first = machine.claims[0];
    const reviewed = applyDecisions(machine, [decide(TEXT.slice(first.start, first.end), { action: 'acceptClaim' })]);
    assert.strictEqual(nextUnreviewed(reviewed.claims, 0)?.id, machine.claims[1].id);
    assert.strictEqual(nextUnreviewed(reviewed.claims, TEXT.length)?.id, machine.claims[1].id);
    const all = applyDecisions(machine, machine.claims.map((c) => decide(TEXT.slice(c.start, c.end), { action: 'acceptClaim' })));
    assert.strictEqual(nextUnreviewed(all.claims, 0), undefined);
  });

  it('skips orphaned decisions', () => {
    const orphan = { ...decide(bridgeText, { action: 'rejectClaim' }), orphan: true };
    assert.ok(applyDecisions(machine, [orphan]).claims.some((c) => c.text.includes('bridge')));
  });
});

describe('applying entity decisions', () => {
  const machine = analyze(TEXT);
  const idOf = (a: Analysis, name: string) => a.entities.find((e) => e.name === name)?.id;

  it('adds a missed name, retypes one, and rejects one mention or every mention of a text', () => {
    const added = applyDecisions(machine, [decide('plant', { action: 'addEntity', type: 'place' })]);
    const plant = added.entities.find((e) => e.name === 'plant');
    assert.deepStrictEqual([plant?.type, plant?.status, plant?.mentions.length], ['place', 'human', 1]);
    assert.deepStrictEqual(plant?.provenance, { creator: 'tester', created: '2026-11-30T10:00:00Z' }, 'who added it, and when');
    assert.ok(added.entities.filter((e) => e.status === 'suggested').every((e) => e.provenance === undefined));
    const gazette = machine.entities.find((e) => e.name.includes('Gazette'));
    assert.ok(gazette, 'the machine finds the Gazette');
    const mention = gazette.mentions[0];
    const retyped = applyDecisions(machine, [decide(mention.text, { action: 'retypeEntity', type: 'person' })]);
    assert.strictEqual(retyped.entities.find((e) => e.name === gazette.name)?.type, 'person');
    const springfields = machine.entities.flatMap((e) => e.mentions).filter((m) => m.text === 'Springfield').length;
    assert.ok(springfields >= 1);
    const rejectedAll = applyDecisions(machine, [decide('Springfield', { action: 'notEntity', every: true })]);
    assert.strictEqual(rejectedAll.entities.flatMap((e) => e.mentions).filter((m) => m.text === 'Springfield').length, 0);
  });

  it('merges an alias into the fullest name and follows the merge in speakers; splits a mention back out', () => {
    const barack = TEXT.indexOf('Barack said');
    assert.strictEqual(claimWith(machine, 'Jobs').speaker?.entityId, idOf(machine, 'Barack'), 'the machine reads two people');
    const merged = applyDecisions(machine, [
      decide('Barack', { action: 'mergeEntities', other: anchorOf(TEXT, { start: TEXT.indexOf('Barack Obama'), end: TEXT.indexOf('Barack Obama') + 12 }) }, 2),
    ]);
    const obama = merged.entities.find((e) => e.mentions.some((m) => m.start === barack));
    assert.ok(obama);
    assert.strictEqual(obama.name, 'Barack Obama');
    assert.ok(obama.mentions.some((m) => m.text === 'Barack Obama'));
    assert.strictEqual(claimWith(merged, 'Jobs').speaker?.entityId, obama.id, 'the claim follows the merge');
    const split = applyDecisions(merged, [decide('Barack', { action: 'splitMention' }, 2)]);
    const alone = split.entities.find((e) => e.mentions.some((m) => m.start === barack));
    assert.strictEqual(alone?.name, 'Barack');
    assert.notStrictEqual(alone?.id, idOf(split, 'Barack Obama'));
  });

  it('follows a merge in the speakers named together, dropping the list when one speaker is left', () => {
    const text = 'Joe Roe and Ann Lee met the mayor in May.\n\nMr. Roe and Ms. Lee said the rules were unfair.\n';
    const together = analyze(text);
    assert.deepStrictEqual(claimWith(together, 'rules').speaker?.members, [idOf(together, 'Joe Roe'), idOf(together, 'Ann Lee')]);
    const at = (exact: string) => anchorOf(text, { start: text.indexOf(exact), end: text.indexOf(exact) + exact.length });
    const merge: Decision = { id: 'm1', action: 'mergeEntities', other: at('Joe Roe'), target: at('Ann Lee'), creator: 'tester', created: '2026-11-30T10:00:00Z' } as Decision;
    const speaker = claimWith(applyDecisions(together, [merge]), 'rules').speaker;
    assert.deepStrictEqual([speaker?.entityId, speaker?.members], [null, undefined]);
  });

  it('accepts an entity: reviewed, with who and when, and a second accept or a changed entity keeps its status', () => {
    const accepted = applyDecisions(machine, [decide('Springfield', { action: 'acceptEntity' })]);
    const springfield = accepted.entities.find((e) => e.mentions.some((m) => m.text === 'Springfield'))!;
    assert.deepStrictEqual([springfield.status, springfield.provenance], ['accepted', { creator: 'tester', created: '2026-11-30T10:00:00Z' }]);
    assert.strictEqual(accepted.entities.filter((e) => e.status === 'accepted').length, 1, 'only the entity holding the target');
    const retyped = applyDecisions(machine, [decide('Springfield', { action: 'retypeEntity', type: 'organization' }), decide('Springfield', { action: 'acceptEntity' })]);
    assert.strictEqual(retyped.entities.find((e) => e.mentions.some((m) => m.text === 'Springfield'))?.status, 'human', 'changed by the person stays human');
  });
});
