// The command line's edges (issue 14): bad arguments, bad output paths, bad lines and bad encodings are
// reported in one clear line each, nothing else is lost, and the exit status tells.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { OUT_SRC, SEED_FILE } from '../paths';

const cli = join(OUT_SRC, 'cli', 'news-annotate.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const SEED = readFileSync(SEED_FILE, 'utf8');
/** A stack trace's frames: never shown for a user's mistake. */
const STACK = /^\s+at /m;

describe('news-annotate edges', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'news-annotate-edges-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects an unknown flag with exit status 2 and no stack trace', () => {
    const r = run('--jsonll', SEED_FILE);
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /Unknown option '--jsonll'/);
    assert.doesNotMatch(r.stderr, STACK);
    assert.strictEqual(r.stdout, '');
  });

  it('names a missing input in one line, analyses the others and exits 1', () => {
    const r = run(join(dir, 'missing.txt'), SEED_FILE);
    assert.strictEqual(r.status, 1);
    assert.strictEqual(r.stderr, `news-annotate: cannot read ${join(dir, 'missing.txt')}: no such file or folder\n`);
    assert.match(r.stdout, /^Speakers \(8 claims\)$/m);
  });

  it('refuses a bad --out before any work: a folder, a missing folder, an unwritable file, an input', () => {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, JSON.stringify({ doc_id: 'a', text: SEED }) + '\n');
    const locked = join(dir, 'locked.jsonl');
    writeFileSync(locked, '');
    chmodSync(locked, 0o444);
    const cases: Array<[string, RegExp]> = [
      [dir, /is a folder/],
      [join(dir, 'no', 'such', 'out.jsonl'), /does not exist/],
      [input, /is an input .*it would be overwritten/],
    ];
    // root may write anywhere: the unwritable case only means something for other users.
    if (process.getuid?.() !== 0) cases.push([locked, /cannot be written/]);
    for (const [out, message] of cases) {
      const r = run('--jsonl', input, '--out', out);
      assert.strictEqual(r.status, 2, out);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, STACK);
    }
    assert.strictEqual(readFileSync(input, 'utf8'), JSON.stringify({ doc_id: 'a', text: SEED }) + '\n');
    const article = join(dir, 'a.article');
    writeFileSync(article, SEED);
    const r = run('--format', 'csv', dir, '--out', article);
    assert.strictEqual(r.status, 2);
    assert.strictEqual(readFileSync(article, 'utf8'), SEED);
  });

  it('writes any format to --out, which is never read as an input', () => {
    const out = join(dir, 'report.txt');
    const r = run(SEED_FILE, '--out', out);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, '');
    assert.match(readFileSync(out, 'utf8'), /^Speakers \(8 claims\)$/m);
  });

  it('reports a null, an array or a bad line of --jsonl with its number and keeps every later line', () => {
    const input = join(dir, 'in.jsonl');
    const out = join(dir, 'out.jsonl');
    const doc = (id: string) => JSON.stringify({ doc_id: id, text: SEED });
    writeFileSync(input, [doc('a'), 'null', '[1]', '{"doc_id": 3, "text": ""}', '{"doc_id": "b"', doc('c'), '', doc('d')].join('\r\n'));
    const r = run('--jsonl', input, '--out', out);
    assert.strictEqual(r.status, 1);
    const lines = r.stderr.trim().split('\n');
    assert.strictEqual(lines.length, 4, r.stderr);
    assert.match(lines[0], /in\.jsonl:2: not a JSON object \(null\): line skipped/);
    assert.match(lines[1], /in\.jsonl:3: not a JSON object/);
    assert.match(lines[2], /in\.jsonl:4: needs string fields doc_id and text/);
    assert.match(lines[3], /in\.jsonl:5: not JSON/);
    const written = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(written.map((p) => [p.doc_id, p.quotes.length]), [['a', 8], ['c', 8], ['d', 8]]);
  });

  it('reads a UTF-16 article by its byte-order mark, as many claims as in UTF-8', () => {
    const le = join(dir, 'le.article');
    const be = join(dir, 'be.article');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED, 'utf16le')]));
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SEED, 'utf16le').swap16()]));
    const r = run('--format', 'jsonl', le, be);
    assert.strictEqual(r.status, 0, r.stderr);
    const expected = JSON.parse(run('--format', 'jsonl', SEED_FILE).stdout);
    for (const line of r.stdout.trim().split('\n')) assert.deepStrictEqual(JSON.parse(line).quotes, expected.quotes);
  });

  it('skips a binary file with a warning (exit 1) unless --force, and warns on invalid UTF-8', () => {
    const binary = join(dir, 'blob.article');
    writeFileSync(binary, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i % 3 ? 65 + (i % 26) : 0))));
    const latin1 = join(dir, 'latin1.article');
    writeFileSync(latin1, Buffer.from('date 2024-03-01\n"Ça va très bien," said Zoé Martin.', 'latin1'));
    const r = run('--format', 'csv', binary, latin1);
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /blob\.article: looks binary \(\d+ % NUL bytes\): skipped \(--force analyses it anyway\)/);
    assert.match(r.stderr, /latin1\.article: warning: not valid UTF-8/);
    assert.match(r.stdout, /latin1\.article,2024-03-01,2,/);
    const forced = run('--force', binary);
    assert.strictEqual(forced.status, 0);
    assert.match(forced.stderr, /analysed because of --force/);
  });

  it('says so when a folder holds no articles', () => {
    const r = run(dir);
    assert.strictEqual(r.status, 1);
    assert.strictEqual(r.stderr, `news-annotate: no articles in ${dir}\n`);
  });

  it('analyses an empty file as an article without claims', () => {
    const empty = join(dir, 'empty.article');
    writeFileSync(empty, '');
    const r = run('--json', empty);
    assert.strictEqual(r.status, 0);
    assert.deepStrictEqual(JSON.parse(r.stdout), { textLength: 0, entities: [], claims: [] });
  });

  it('is quiet on a pipe: no progress line or control characters on standard error', () => {
    mkdirSync(join(dir, 'many'));
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, 'many', `${i}.article`), SEED);
    const r = run('--summary', join(dir, 'many'));
    assert.strictEqual(r.status, 0);
    assert.strictEqual(r.stderr, '');
    assert.ok(!existsSync(join(dir, 'many', 'out')));
  });
});
