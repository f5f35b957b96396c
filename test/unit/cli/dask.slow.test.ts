// The cluster recipe (issue 15): scripts/dask_annotate.py on a LocalCluster of 2 worker processes pipes each
// partition of a JSONL archive through `news-annotate --jsonl -`; the result must be the single-process run's.
// The archive is built from the eval texts when ../shared exists, else from seeds/ (CI installs Debian's
// python3-distributed: see test/host/system.mjs).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { OUT_SRC, ROOT, sampleArticles } from '../paths';

const cli = join(OUT_SRC, 'cli', 'news-annotate.js');
const EVAL = join(ROOT, '..', 'shared', 'eval', 'polnear_dev.jsonl');
/** Debian's package installs into the system Python, which a pyenv or virtualenv python3 on PATH may hide. */
const PYTHON = process.env.PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

/** {doc_id, text} lines, with two bad lines among them (reported and skipped by both runs). */
function archive(): string {
  const docs = existsSync(EVAL)
    ? readFileSync(EVAL, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { doc_id: string; text: string })
    : sampleArticles().map((text, i) => ({ doc_id: `seed-${i}`, text }));
  const lines = docs.map(({ doc_id, text }) => JSON.stringify({ doc_id, text }));
  lines.splice(3, 0, 'null');
  lines.splice(7, 0, '{"doc_id": "truncated", "te');
  return lines.join('\n') + '\n';
}

describe('Dask recipe', function () {
  this.timeout(600000);
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'news-annotate-dask-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives one prediction per good input line on a LocalCluster of 2 workers, equal to a single-process run', () => {
    const dask = spawnSync(PYTHON, ['-c', 'import dask.bag, dask.distributed'], { encoding: 'utf8' });
    assert.strictEqual(dask.status, 0, `Dask is not installed (apt-get install -y python3-distributed): ${dask.stderr}`);
    const input = join(dir, 'archive.jsonl');
    const text = archive();
    writeFileSync(input, text);
    const good = text.split('\n').filter((line) => line.startsWith('{"doc_id":"')).length;

    const single = spawnSync(process.execPath, [cli, '--jsonl', input, '--jobs', '1'], { encoding: 'utf8', maxBuffer: 2 ** 30 });
    assert.strictEqual(single.status, 1, single.stderr);
    const out = join(dir, 'predictions.jsonl');
    // Blocks small enough that the archive is cut into several partitions, spread over both workers.
    const blocksize = String(Math.ceil(Buffer.byteLength(text) / 5));
    const distributed = spawnSync(
      PYTHON,
      [join(ROOT, 'scripts', 'dask_annotate.py'), input, '--out', out, '--workers', '2', '--blocksize', blocksize, '--cli', cli],
      { encoding: 'utf8', maxBuffer: 2 ** 30 },
    );
    assert.strictEqual(distributed.status, 0, distributed.stderr);
    assert.match(distributed.stderr, /stdin:\d+: not a JSON object \(null\): line skipped/);

    const predictions = readFileSync(out, 'utf8').trim().split('\n');
    assert.strictEqual(predictions.length, good);
    assert.deepStrictEqual(predictions, single.stdout.trim().split('\n'));
  });
});
