import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { OUT_SRC, SEED_FILE } from '../paths';

// The compiled CLI (tsc puts src/cli next to the tests in out/), run as a user would.
const cli = join(OUT_SRC, 'cli', 'news-annotate.js');
const seed = SEED_FILE;
const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('news-annotate command line', () => {
  it('prints speakers with their claims, attributions in reading order, and entities by type', () => {
    const { status, stdout } = run(seed);
    assert.strictEqual(status, 0);
    assert.match(stdout, /^Speakers \(8 claims\)$/m);
    assert.match(stdout, /^ {2}Gitanas Nausėda \(8\)$/m);
    assert.match(stdout, /\[mixed\] line 7: the involvement of the United States .* — According to the Lithuanian president$/m);
    assert.match(stdout, /\[direct\] line 13: During turbulent times.* — Gitanas Nausėda$/m);
    assert.match(stdout, /^People \(\d+\)\n(?: {2}.*\n)*? {2}Joe Biden ×\d+$/m);
  });

  it('prints the analysis as JSON with --json', () => {
    const { status, stdout } = run('--json', seed);
    assert.strictEqual(status, 0);
    const analysis = JSON.parse(stdout);
    assert.strictEqual(analysis.claims.length, 8);
    assert.ok(analysis.entities.some((e: { name: string; type: string }) => e.name === 'NATO' && e.type === 'organization'));
  });

  it('writes one prediction per JSON line and reports a bad line without losing the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-annotate-'));
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    const text = readFileSync(seed, 'utf8');
    writeFileSync(input, `${JSON.stringify({ doc_id: 'a', text })}\nnot json\n${JSON.stringify({ doc_id: 'b', text: '' })}\n`);
    const { status, stderr } = run('--jsonl', input, '--out', output);
    const written = readFileSync(output, 'utf8');
    rmSync(dir, { recursive: true });
    assert.strictEqual(status, 1);
    assert.match(stderr, /in\.jsonl:2: not JSON/);
    const lines = written.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(lines.map((l) => [l.doc_id, l.quotes.length]), [['a', 8], ['b', 0]]);
    assert.ok(lines[0].quotes.every((q: { speaker: { entity: string } | null }) => q.speaker?.entity === lines[0].entities.find((e: { name: string }) => e.name === 'Gitanas Nausėda').id));
  });

  it('explains its usage when given nothing to read, and names a file it cannot read', () => {
    assert.strictEqual(run().status, 2);
    assert.match(run().stderr, /usage: news-annotate/);
    const missing = run(join(tmpdir(), 'no-such-article.txt'));
    assert.strictEqual(missing.status, 1);
    assert.match(missing.stderr, /cannot read .*no-such-article\.txt/);
  });
});
