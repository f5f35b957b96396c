// The shipped tagger model as the engine decodes it: every feature the weights file lists is found, with one
// weight per label, and nothing else is.
import * as assert from 'assert';
import { loadModel } from '../../../../src/engine/entities/model';
import { FEATURES, NARROW } from '../../../../src/engine/entities/model/weights';

/** The features of the weights file in its order, as "prefix=value". */
function listedFeatures(): string[] {
  const out: string[] = [];
  let prefix = '';
  for (const line of FEATURES.split('\n')) {
    if (line[0] === '\t') prefix = line.slice(1) + '=';
    else out.push(prefix + line);
  }
  return out;
}

describe('tagger model', () => {
  it('finds every listed feature, in either block, with one weight per label', () => {
    const { labels, weights } = loadModel();
    const features = listedFeatures();
    assert.ok(features.length > NARROW, 'some features have wide weights');
    for (const f of features) {
      const w = weights.get(f);
      assert.ok(w, f);
      assert.strictEqual(w.length, labels.length, f);
      assert.ok(Array.from(w).some((x) => x !== 0), `${f} has a weight`);
    }
  });

  it('finds no feature that is not listed, before, between or after the listed ones', () => {
    const { weights } = loadModel();
    for (const f of ['w=', 'w=\u0000', 'w=\uffff', 'w=zzzzzzzzzz-not-a-word', 'nosuchprefix=x', 'b=2', '=', '']) {
      assert.strictEqual(weights.get(f), undefined, JSON.stringify(f));
    }
  });

  it('gives the same weights once a long article has made it index every feature', () => {
    const { weights } = loadModel();
    const features = listedFeatures().filter((_, i) => i % 10 === 0);
    const before = features.map((f) => Array.from(weights.get(f)!));
    // More distinct look-ups than the binary searches after which the model builds its index.
    for (let i = 0; i < 50_000; i++) assert.strictEqual(weights.get(`w=unlisted-${i}`), undefined);
    features.forEach((f, i) => assert.deepStrictEqual(Array.from(weights.get(f)!), before[i], f));
    assert.strictEqual(weights.get('nosuchprefix=x'), undefined);
  });
});
