import * as assert from 'assert';
import { analyze } from '../../../../src/engine/analyze';
import type { Analysis } from '../../../../src/engine/types';
import { findReferences } from '../../../../src/engine/claims/references';
import { SpanSet } from '../../../../src/engine/claims/spans';
import { splitLines } from '../../../../src/engine/text/paragraphs';
import { assertValidAnalysis } from '../analysisInvariants';

// Pronouns and role descriptors away from any cue (issue 10 / 12): each resolved one is a mention of its entity.

function analysed(text: string): Analysis {
  const a = analyze(text);
  assertValidAnalysis(text, a);
  return a;
}

/** Each pronoun or descriptor mention as "text@start → entity name", in text order. */
function references(text: string): string[] {
  const out: Array<[number, string]> = [];
  for (const e of analysed(text).entities) for (const m of e.mentions) if (m.form === 'pronoun' || m.form === 'descriptor') out.push([m.start, `${m.text} → ${e.name}`]);
  return out.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

describe('references: pronouns and descriptors anywhere', () => {
  it('resolves a subject and a possessive pronoun that stand at no cue', () => {
    assert.deepStrictEqual(references('Mayor Joe Roe opened the bridge on Monday. Later he thanked his builders.'), ['he → Joe Roe', 'his → Joe Roe']);
  });

  it('resolves a role descriptor to the person named with that role, not to the one named after him', () => {
    const text = 'President Joe Roe met Ann Lee on Monday.\n\nThe president praised the plan.';
    assert.deepStrictEqual(references(text), ['The president → Joe Roe']);
  });

  it('reads an abbreviated title as its role ("Sen. Ann Lee" is "the senator")', () => {
    const text = 'Sen. Ann Lee met the builder Joe Roe on Monday.\n\nThe senator praised the plan.';
    assert.deepStrictEqual(references(text).slice(-1), ['The senator → Ann Lee']);
  });

  it('lets a later pronoun refer back through a descriptor ("the president … he")', () => {
    const text = 'President Joe Roe met the engineer Al Poe on Monday, and Al Poe showed the plans.\n\nThe president seemed pleased. Later he thanked the crew.';
    assert.deepStrictEqual(references(text).slice(-2), ['The president → Joe Roe', 'he → Joe Roe']);
  });

  it('does not give an object pronoun to the subject of its own clause', () => {
    const text = 'Ann Lee met Mary Poe on Monday. Ann Lee thanked her.';
    assert.deepStrictEqual(references(text), ['her → Mary Poe']);
  });

  it('leaves an impersonal "it" and a pronoun with no fitting antecedent unresolved', () => {
    assert.deepStrictEqual(references('Acme Corporation raised prices. It is likely that costs rose.'), []);
    assert.deepStrictEqual(references('Joe Roe, the mayor, opened the bridge, and he thanked the builders. Her plan was late.').filter((r) => r.startsWith('Her')), []);
  });

  it('resolves a pronoun in reported speech, which is in the writer\'s words', () => {
    assert.deepStrictEqual(references('Mayor Joe Roe opened the bridge on Monday. Joe Roe said he would stay.'), ['he → Joe Roe']);
  });

  it('does not resolve the pronouns inside a quotation, which are in the speaker\'s voice', () => {
    const text = 'Joe Roe opened the bridge.\n\n“He was late,” Ann Lee said.';
    assert.ok(!references(text).some((r) => r.startsWith('He ')), references(text).join('; '));
  });

  it('does not take a role in the possessive for the person\'s own ("one of the president\'s aides")', () => {
    const text = 'President Joe Roe spoke first. Al Poe, one of the president\'s aides, spoke next.\n\nThe president left early.';
    assert.deepStrictEqual(references(text).slice(-1), ['The president → Joe Roe']);
  });

  it('resolves "the company" and "its" to the company named before', () => {
    assert.deepStrictEqual(references('Acme Corporation raised prices on Monday. The company blamed its suppliers.'), ['The company → Acme Corporation', 'its → Acme Corporation']);
  });

  // References are found line by line (so an edit rescans only its line), but what follows a line's end still counts.
  it('reads a definite phrase or a pronoun at a line\'s end on into the next line', () => {
    assert.deepStrictEqual(references('President Joe Roe met Ann Lee on Monday. Later the\npresident praised the plan.')[0], 'the\npresident → Joe Roe');
    assert.deepStrictEqual(references('Acme Corporation raised prices on Monday, and it\nis likely that costs rose.'), []);
  });

  it('reads a definite phrase that a line leaves open together with the next line, and only those lines', () => {
    const text = [
      'The senator left early.',
      'Joe Roe met the',
      'president on Monday.',
      'Later he thanked the president',
      'Barack Obama, and the mayor,',
      'then the former',
      'prime minister\'s aides.',
    ].join('\n');
    const found = findReferences(text, splitLines(text), new SpanSet([]), new SpanSet([]));
    assert.deepStrictEqual(
      found.map((r) => `${r.form} ${JSON.stringify(r.text)}@${r.start}`),
      // "the president" before a name on the next line goes on into the name: no descriptor.
      ['descriptor "The senator"@0', 'descriptor "the\\npresident"@36', 'pronoun "he"@67', 'descriptor "the mayor"@110', 'descriptor "the former\\nprime minister\'s"@126'],
    );
  });
});
