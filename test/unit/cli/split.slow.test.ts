import * as assert from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { analyze } from '../../../src/engine';
import { LineCache, lineTexts, withLineCache } from '../../../src/engine/lineCache';
import { splitLines } from '../../../src/engine/text/paragraphs';
import { chunkCount, learntCache } from '../../../src/cli/linePasses';
import { analyzeShared, Helper, jobKeys, lineJob } from '../../../src/cli/split';
import { runTask } from '../../../src/cli/thread';
import { analysisJson } from '../../../src/formats/json';
import { OUT_SRC, sampleArticles } from '../paths';

// The compiled CLI serves the helper thread (tsc puts src/cli next to the tests in out/).
const cli = join(OUT_SRC, 'cli', 'news-annotate.js');
// Some 300 KB of distinct lines (each copy's lines end with its number): a few chunks of the queue.
const TEXT = Array.from({ length: 20 }, (_, i) => sampleArticles().map((a) => a.replace(/(?<=\S)[ \t]*$/gm, ` [${i}]`)).join('\n\n')).join('\n\n');

describe('analyzeShared', () => {
  it('gives exactly the analysis of one thread', async () => {
    assert.deepStrictEqual(await analyzeShared(TEXT, new Helper(cli)), analyze(TEXT));
  });

  it('takes the passes of every line from the helper thread when it takes every chunk', async () => {
    const job = lineJob(TEXT, learntCache().phases);
    const cache = new LineCache();
    const helper = new Helper(cli);
    helper.start(job, cache);
    for (const phase of job.phases.keys()) await helper.delivered(phase, chunkCount(job));
    helper.end();
    assert.ok(chunkCount(job) > 2, `${chunkCount(job)} chunks`);
    assert.deepStrictEqual(withLineCache(cache, () => analyze(TEXT)), analyze(TEXT));
    assert.strictEqual(cache.sweep(), 0);
  });

  it('keys each line of the job by the analysis\'s own string of that line, a repeated line once', () => {
    const text = 'Joe Roe said no.\nAnn Lee agreed.\n\nJoe Roe said no.\nShe left.';
    const lines = splitLines(text);
    const job = lineJob(text, learntCache().phases, lines, lineTexts(text, lines));
    const keys = jobKeys(job, lines, lineTexts(text, lines));
    assert.deepStrictEqual(Array.from(job.bounds), [0, 16, 17, 32, 33, 33, 51, 60]);
    assert.deepStrictEqual(keys, ['Joe Roe said no.', 'Ann Lee agreed.', '', 'She left.']);
  });

  it('loses nothing when the helper thread fails to start or dies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-annotate-'));
    const dies = join(dir, 'dies.js');
    writeFileSync(dies, 'process.exit(3);\n');
    const throws = join(dir, 'throws.js');
    writeFileSync(throws, 'throw new Error("no helper");\n');
    try {
      for (const script of [dies, throws, join(dir, 'missing.js')]) assert.deepStrictEqual(await analyzeShared(TEXT, new Helper(script)), analyze(TEXT), script);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('starts the helper for a huge file as it is read, and writes the same record as one thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-annotate-'));
    const file = join(dir, 'huge.txt');
    // Over a million characters (SHARE_FROM_CHARS), all the lines distinct.
    const huge = Array.from({ length: 4 }, (_, i) => TEXT.replace(/(?<=\S)$/gm, ` <${i}>`)).join('\n\n');
    writeFileSync(file, huge);
    try {
      assert.ok(huge.length > 1_000_000, `${huge.length} characters`);
      const result = await runTask({ file }, { format: 'json', summary: false, force: false, corrections: false, helper: cli });
      assert.strictEqual(result.failure, undefined);
      const written = Buffer.concat(result.output as Uint8Array[]).toString('utf8');
      assert.strictEqual(written, analysisJson({ file, text: huge, analysis: analyze(huge) }));
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
