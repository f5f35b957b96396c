import * as assert from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { analyze } from '../../../src/engine';
import { LineCache, withLineCache } from '../../../src/engine/lineCache';
import { chunkCount, learntCache } from '../../../src/cli/linePasses';
import { analyzeShared, Helper, lineJob } from '../../../src/cli/split';
import { OUT_SRC, sampleArticles } from '../paths';

// The compiled CLI serves the helper thread (tsc puts src/cli next to the tests in out/).
const cli = join(OUT_SRC, 'cli', 'news-annotate.js');
// Some 300 KB of distinct lines (each copy's lines end with its number): a few chunks of the queue.
const TEXT = Array.from({ length: 20 }, (_, i) => sampleArticles().map((a) => a.replace(/(?<=\S)[ \t]*$/gm, ` [${i}]`)).join('\n\n')).join('\n\n');

describe('analyzeShared', () => {
  it('gives exactly the analysis of one thread', async () => {
    assert.deepStrictEqual(await analyzeShared(TEXT, cli), analyze(TEXT));
  });

  it('takes the passes of every line from the helper thread when it takes every chunk', async () => {
    const job = lineJob(TEXT, learntCache().phases);
    const cache = new LineCache();
    const helper = new Helper(cli, job, cache);
    for (const phase of job.phases.keys()) await helper.delivered(phase, chunkCount(job));
    helper.end();
    assert.ok(chunkCount(job) > 2, `${chunkCount(job)} chunks`);
    assert.deepStrictEqual(withLineCache(cache, () => analyze(TEXT)), analyze(TEXT));
    assert.strictEqual(cache.sweep(), 0);
  });

  it('loses nothing when the helper thread fails to start or dies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-annotate-'));
    const dies = join(dir, 'dies.js');
    writeFileSync(dies, 'process.exit(3);\n');
    const throws = join(dir, 'throws.js');
    writeFileSync(throws, 'throw new Error("no helper");\n');
    try {
      for (const script of [dies, throws, join(dir, 'missing.js')]) assert.deepStrictEqual(await analyzeShared(TEXT, script), analyze(TEXT), script);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
