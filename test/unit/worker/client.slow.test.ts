import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/engine';
import { WorkerClient } from '../../../src/worker/client';
import { PART_SIZE } from '../../../src/worker/protocol';
import { OUT_SRC, SEED_FILE } from '../paths';

// The compiled worker entry (tsc puts it beside the rest of src/ in out/).
const SCRIPT = path.join(OUT_SRC, 'worker', 'entry.js');
const SEED = fs.readFileSync(SEED_FILE, 'utf8');

describe('WorkerClient', () => {
  let client: WorkerClient;
  beforeEach(() => (client = new WorkerClient(SCRIPT)));
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
    const broken = new WorkerClient(path.join(__dirname, 'no-such-worker.js'));
    try {
      await assert.rejects(broken.analyze('a', SEED), /Cannot find module|exited/);
    } finally {
      broken.dispose();
    }
  });
});
