import * as assert from 'assert';
import { analyze } from '../../../src/engine';
import { LineCache, withLineCache } from '../../../src/engine/lineCache';
import { learntCache } from '../../../src/cli/linePasses';
import { sampleArticles } from '../paths';

describe('learntCache', () => {
  it('knows every per-line pass that analysing the sample articles asks for', () => {
    const met = new LineCache();
    for (const text of sampleArticles()) withLineCache(met, () => analyze(text));
    assert.deepStrictEqual(learntCache().stages().sort(), met.stages().sort());
  });
});
