import * as assert from 'assert';
import { analyze } from '../../../src/engine';
import { LineCache, withLineCache } from '../../../src/engine/lineCache';
import { learntCache } from '../../../src/cli/linePasses';
import { sampleArticles } from '../paths';

describe('learntCache', () => {
  it('knows every per-line pass that analysing the sample articles asks for', () => {
    const met = new LineCache();
    for (const text of sampleArticles()) withLineCache(met, () => analyze(text));
    assert.deepStrictEqual(learntCache().cache.stages().sort(), met.stages().sort());
  });

  it('puts each stage in one phase, the entities\' first', () => {
    const { cache, phases } = learntCache();
    assert.deepStrictEqual(phases.flat(), cache.stages());
    assert.ok(phases[0].includes('entities') && phases[1].includes('claims'), JSON.stringify(phases));
  });
});
