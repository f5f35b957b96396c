import * as assert from 'assert';
import { LEARNED_ADJECTIVES, LEARNED_CUES, LEARNED_PHRASAL } from '../../../../src/engine/lexicon/learnedCues';
import { adjectiveCue, cueVerb, phrasalCue } from '../../../../src/engine/lexicon/speech';

// The thresholds scripts/build-cue-list.mjs applies; a hand edit or a bad rebuild that lets weaker forms in fails here.
const MIN_CUES = 8;
const MIN_PRECISION = 0.5;
const MIN_ADJECTIVE_CUES = 4;
const MIN_PHRASAL_CUES = 6;

describe('learned cue verbs', () => {
  const rows = LEARNED_CUES.trim()
    .split('\n')
    .map((r) => r.split(' '));

  it('keeps only verb forms that head enough cues with enough precision', () => {
    assert.ok(rows.length > 0);
    for (const [form, cues, seen] of rows) {
      assert.match(form, /^\p{Ll}+$/u);
      assert.ok(Number(cues) >= MIN_CUES, `${form}: ${cues} cues`);
      assert.ok(Number(cues) / Number(seen) >= MIN_PRECISION, `${form}: ${cues} of ${seen}`);
    }
  });

  it('makes each learned form a weak cue verb', () => {
    for (const [form] of rows) {
      const verb = cueVerb(form);
      assert.ok(verb, form);
      assert.strictEqual(verb.strong, verb.base !== form, form);
    }
  });

  it('keeps only adjective constructions that head enough cues with enough precision, each an adjective cue', () => {
    const adjectives = LEARNED_ADJECTIVES.trim()
      .split('\n')
      .map((r) => r.split(' '));
    assert.ok(adjectives.length > 0);
    for (const [form, cues, seen] of adjectives) {
      assert.match(form, /^\p{Ll}+$/u);
      assert.ok(Number(cues) >= MIN_ADJECTIVE_CUES, `${form}: ${cues} cues`);
      assert.ok(Number(cues) / Number(seen) >= MIN_PRECISION, `${form}: ${cues} of ${seen}`);
      assert.strictEqual(adjectiveCue(form)?.adjective, true, form);
    }
  });

  it('keeps only verb-particle pairs that head enough cues with enough precision, each a learned phrasal cue', () => {
    const pairs = LEARNED_PHRASAL.trim()
      .split('\n')
      .map((r) => r.split(' '));
    assert.ok(pairs.length > 0);
    for (const [form, particle, cues, seen] of pairs) {
      assert.match(form, /^\p{Ll}+$/u);
      assert.ok(Number(cues) >= MIN_PHRASAL_CUES, `${form} ${particle}: ${cues} cues`);
      assert.ok(Number(cues) / Number(seen) >= MIN_PRECISION, `${form} ${particle}: ${cues} of ${seen}`);
      const verb = phrasalCue(form, particle);
      assert.ok(verb?.learned && verb.particle === particle, `${form} ${particle}`);
      // The verb alone is no cue: only the pair reports.
      assert.strictEqual(cueVerb(form), undefined, form);
    }
  });
});
