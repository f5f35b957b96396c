import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../../src/engine';
import { ThreadPool } from '../../../src/cli/pool';
import { analysisJson } from '../../../src/formats/json';
import { OUT_SRC, SEED_FILE } from '../paths';

// The compiled CLI serves the pool's threads (tsc puts src/cli next to the tests in out/).
const cli = join(OUT_SRC, 'cli', 'news-annotate.js');
const config = { format: 'json' as const, summary: false, force: false, corrections: false };

describe('ThreadPool', () => {
  it('streams a record in chunks as the thread encodes it, all before the result, which then holds none', async () => {
    const pool = new ThreadPool(cli, 1, config);
    try {
      const chunks: Uint8Array[] = [];
      const result = await pool.run({ file: SEED_FILE }, (chunk) => chunks.push(chunk));
      assert.strictEqual(result.failure, undefined);
      assert.strictEqual(Buffer.concat(result.output as Uint8Array[]).length, 0);
      assert.ok(chunks.length > 0);
      const text = readFileSync(SEED_FILE, 'utf8');
      assert.strictEqual(Buffer.concat(chunks).toString('utf8'), analysisJson({ file: SEED_FILE, text, analysis: analyze(text) }));
    } finally {
      await pool.close();
    }
  });

  it('gives the whole record with the result when not asked to stream', async () => {
    const pool = new ThreadPool(cli, 1, config);
    try {
      const result = await pool.run({ file: SEED_FILE });
      const text = readFileSync(SEED_FILE, 'utf8');
      assert.strictEqual(Buffer.concat(result.output as Uint8Array[]).toString('utf8'), analysisJson({ file: SEED_FILE, text, analysis: analyze(text) }));
    } finally {
      await pool.close();
    }
  });
});
