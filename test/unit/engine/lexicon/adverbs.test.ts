import * as assert from 'assert';
import { isLyAdverb } from '../../../../src/engine/lexicon/adverbs';

describe('adverbs in -ly', () => {
  it('reads any lower-case word in -ly as an adverb but the nouns, adjectives and verbs in -ly', () => {
    for (const w of ['gingerly', 'repeatedly', 'matter-of-factly', 'early']) assert.ok(isLyAdverb(w), w);
    for (const w of ['family', 'daily', 'ally', 'fly', 'reply']) assert.ok(!isLyAdverb(w), w);
  });

  it('reads a capitalised word as an adverb only when it is a listed one, since names end in -ly too', () => {
    assert.ok(isLyAdverb('Specifically'));
    for (const w of ['Kelly', 'Beverly', 'Emily']) assert.ok(!isLyAdverb(w), w);
  });
});
