import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/engine';
import { AnalysisTimeout, WorkerClient, WorkerCrashed } from '../../../src/worker/client';
import { nodeWorker } from '../../../src/worker/nodeWorker';
import { PART_SIZE } from '../../../src/worker/protocol';
import { OUT_SRC, SEED_FILE } from '../paths';

// The compiled worker entry (tsc puts it beside the rest of src/ in out/).
const SCRIPT = path.join(OUT_SRC, 'worker', 'entry.js');
const SEED = fs.readFileSync(SEED_FILE, 'utf8');

describe('WorkerClient', () => {
  let client: WorkerClient;
  beforeEach(() => (client = new WorkerClient(nodeWorker(SCRIPT))));
  afterEach(() => client.dispose());

  it('returns what analyze returns in the main thread', async () => {
    const text = SEED.replace(/\n/g, '\r\n');
    assert.deepStrictEqual(await client.analyze('a', text), analyze(text));
  });

  it('hands over a result larger than one part whole and in order', async () => {
    const copies = Array.from({ length: 70 }, (_, i) => SEED.replace(/Nausėda/g, `Nausėda${String.fromCharCode(97 + (i % 26))}${i}`));
    const text = copies.join('\n\n');
    const expected = analyze(text);
    assert.ok(expected.claims.length > PART_SIZE, `only ${expected.claims.length} claims: the test needs several parts`);
    assert.deepStrictEqual(await client.analyze('a', text), expected);
  });

  it('analyses only the newest waiting text of a document; superseded requests resolve to undefined', async () => {
    const first = client.analyze('a', SEED);
    const second = client.analyze('a', SEED + ' x');
    const third = client.analyze('a', SEED + ' xy');
    const other = client.analyze('b', 'Short.');
    assert.strictEqual((await first)?.textLength, SEED.length, 'the running job finishes');
    assert.strictEqual(await second, undefined);
    assert.strictEqual((await third)?.textLength, SEED.length + 3);
    assert.strictEqual((await other)?.textLength, 6, 'other documents are not affected');
    assert.strictEqual(client.busy('a'), false);
  });

  it('stops the running job of a forgotten document and goes on with the next one', async () => {
    const running = client.analyze('a', SEED);
    const next = client.analyze('b', SEED + ' x');
    client.forget('a');
    assert.strictEqual(await running, undefined);
    assert.strictEqual((await next)?.textLength, SEED.length + 2);
  });

  it('fails the job when the worker cannot start, so the caller can fall back', async () => {
    const broken = new WorkerClient(nodeWorker(path.join(__dirname, 'no-such-worker.js')));
    try {
      await assert.rejects(broken.analyze('a', SEED), (e) => e instanceof WorkerCrashed && /Cannot find module|exited/.test(e.message));
    } finally {
      broken.dispose();
    }
  });

  it('stops a worker thread past its budget and analyses the next article in a new one', async () => {
    const budgeted = new WorkerClient(nodeWorker(SCRIPT), { budgetMs: (length) => (length > SEED.length ? 1 : 60_000) });
    try {
      const huge = budgeted.analyze('huge', SEED.repeat(50));
      const small = budgeted.analyze('small', SEED);
      await assert.rejects(huge, AnalysisTimeout);
      assert.deepStrictEqual(await small, analyze(SEED));
    } finally {
      budgeted.dispose();
    }
  });

  it('serves a second article from a second worker thread while the first is busy', async () => {
    const text = SEED.repeat(200);
    const pair = new WorkerClient(nodeWorker(SCRIPT), { affinityMs: 50 });
    try {
      const long = pair.analyze('long', text);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const short = await pair.analyze('short', 'Short.');
      assert.strictEqual(short?.textLength, 6);
      assert.ok(pair.busy('long'), 'the short article did not wait for the long one');
      assert.strictEqual(pair.workerCount, 2);
      assert.strictEqual((await long)?.textLength, text.length);
    } finally {
      pair.dispose();
    }
  });
});
