import * as assert from 'assert';
import { analyze } from '../../../src/engine';
import type { ClaimsResult } from '../../../src/engine/claims';
import type { Analysis, Claim, Entity, Span } from '../../../src/engine/types';

// The contract every analysis keeps, whatever the input (see src/engine/types.ts): ranges in bounds, not
// splitting a surrogate pair, texts as written, sorted, ids unique, speakers resolving to existing entities.

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when offset `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

function checkSpan(text: string, span: Span, what: string): void {
  const { start, end } = span;
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: integer offsets, got ${start}..${end}`);
  assert.ok(start >= 0 && start < end && end <= text.length, `${what}: ${start}..${end} not a non-empty range in 0..${text.length}`);
  assert.ok(!splitsPair(text, start) && !splitsPair(text, end), `${what}: ${start}..${end} splits a surrogate pair`);
}

function checkWritten(text: string, span: Span & { text: string }, what: string): void {
  checkSpan(text, span, what);
  assert.strictEqual(span.text, text.slice(span.start, span.end), `${what}: text is not as written at ${span.start}..${span.end}`);
}

/** Fails with a message naming the first broken rule. */
export function assertValidAnalysis(text: string, analysis: Analysis): void {
  assert.strictEqual(analysis.textLength, text.length, 'textLength');
  assertValidClaims(text, analysis.claims, assertValidEntities(text, analysis.entities));
}

/** Checks entities alone; returns their ids, which speakers must resolve to. */
export function assertValidEntities(text: string, entities: Entity[]): Set<string> {
  const entityIds = new Set<string>();
  let previousFirst = -1;
  for (const entity of entities) {
    assert.ok(entity.id && !entityIds.has(entity.id), `entity id "${entity.id}" empty or repeated`);
    entityIds.add(entity.id);
    assert.ok(entity.name.length > 0, `entity ${entity.id}: empty name`);
    assert.ok(entity.mentions.length > 0, `entity ${entity.id}: no mentions`);
    let previous = -1;
    for (const mention of entity.mentions) {
      checkWritten(text, mention, `entity ${entity.id} mention`);
      assert.ok(mention.start >= previous, `entity ${entity.id}: mentions not sorted by start`);
      previous = mention.start;
    }
    assert.ok(entity.mentions[0].start >= previousFirst, `entity ${entity.id}: entities not sorted by first mention`);
    previousFirst = entity.mentions[0].start;
  }
  return entityIds;
}

/** Checks claims alone; every speaker entity id must be among `entityIds`. */
export function assertValidClaims(text: string, claims: Claim[], entityIds: Set<string>): void {
  const claimIds = new Set<string>();
  let previousStart = -1;
  for (const claim of claims) {
    const what = `claim ${claim.id}`;
    assert.ok(claim.id && !claimIds.has(claim.id), `claim id "${claim.id}" empty or repeated`);
    claimIds.add(claim.id);
    assert.ok(claim.start >= previousStart, `${what}: claims not sorted by start`);
    previousStart = claim.start;
    checkSpan(text, claim, what);
    assert.ok(claim.spans.length > 0, `${what}: no content spans`);
    let previousEnd = -1;
    for (const span of claim.spans) {
      checkSpan(text, span, `${what} span`);
      assert.ok(span.start >= previousEnd, `${what}: spans unsorted or overlapping`);
      previousEnd = span.end;
    }
    assert.strictEqual(claim.start, claim.spans[0].start, `${what}: start is not its first span's`);
    assert.strictEqual(claim.end, claim.spans[claim.spans.length - 1].end, `${what}: end is not its last span's`);
    assert.strictEqual(claim.text, claim.spans.map((s) => text.slice(s.start, s.end)).join(' '), `${what}: text`);
    if (claim.cue) checkWritten(text, claim.cue, `${what} cue`);
    if (claim.speaker) {
      checkWritten(text, claim.speaker, `${what} speaker`);
      const id = claim.speaker.entityId;
      assert.ok(id === null || entityIds.has(id), `${what}: speaker entity "${id}" does not exist`);
      for (const member of claim.speaker.members ?? []) assert.ok(id === null && entityIds.has(member), `${what}: co-speaker "${member}" does not exist or the claim has an entity too`);
    }
  }
}

/** Analyses `text`, failing the test if analyze() throws or breaks the contract above. */
export function analyzeChecked(text: string): void {
  let analysis;
  try {
    analysis = analyze(text);
  } catch (error) {
    assert.fail(`analyze threw ${String(error)} on ${JSON.stringify(text.slice(0, 200))}`);
  }
  assertValidAnalysis(text, analysis);
}

/** The claims stage alone keeps the analysis contract: speakers resolve to the entities it returns. */
export function assertValidClaimsResult(text: string, result: ClaimsResult): void {
  assertValidClaims(text, result.claims, assertValidEntities(text, result.entities));
}
