import * as assert from 'assert';
import { clusterOf } from '../../../../src/engine/entities/clusters';
import { CLUSTERS, WORDS } from '../../../../src/engine/entities/model/clusters';

describe('word clusters', () => {
  it('finds every word of the snapshot by binary search, with its own cluster', () => {
    const words = WORDS.split('\n');
    assert.strictEqual(CLUSTERS.length, 2 * words.length);
    words.forEach((w, i) => assert.strictEqual(clusterOf(w), CLUSTERS.slice(2 * i, 2 * i + 2), w));
  });

  it('gives no cluster to a word the snapshot lacks', () => {
    assert.strictEqual(clusterOf('qxzvbn'), '');
    assert.strictEqual(clusterOf(''), '');
  });

  it('puts words used alike in one cluster (weekdays)', () => {
    assert.strictEqual(clusterOf('monday'), clusterOf('friday'));
    assert.notStrictEqual(clusterOf('monday'), clusterOf('london'));
  });
});
