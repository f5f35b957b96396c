// Issue 15 on the command line: folders, globs, a pool of threads, records streamed as they finish, the
// share-of-voice tables, and `--jsonl -` as a map step (order, one line out per good line in, bad lines
// reported, bounded memory: a consumer that stops reading stops the input being read).
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { OUT_SRC, sampleArticles } from '../paths';

const cli = join(OUT_SRC, 'cli', 'news-annotate.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
const ARTICLES = sampleArticles();

describe('news-annotate over a corpus', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-annotate-corpus-'));
    mkdirSync(join(dir, 'a', 'deeper'), { recursive: true });
    mkdirSync(join(dir, 'node_modules'));
    mkdirSync(join(dir, '.git'));
    ARTICLES.forEach((text, i) => writeFileSync(join(dir, i % 2 ? 'a/deeper' : 'a', `${i}.${['article', 'news', 'txt'][i % 3]}`), text));
    writeFileSync(join(dir, 'a', 'notes.txt'), 'Not an article: "this is a quote," she said.');
    writeFileSync(join(dir, 'a', 'data.json'), '{}');
    writeFileSync(join(dir, 'node_modules', 'x.article'), ARTICLES[0]);
    writeFileSync(join(dir, '.git', 'x.article'), ARTICLES[0]);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('walks folders for articles only and streams one CSV row per claim, each naming its file, from 2 threads', () => {
    const r = run(['--format', 'csv', '--jobs', '2', '--bom', dir]);
    assert.strictEqual(r.status, 0, r.stderr);
    const rows = r.stdout.split('\r\n').filter(Boolean);
    assert.ok(rows[0].startsWith('\uFEFFfile,date,line,speaker,'));
    const files = new Set(rows.slice(1).map((row) => row.split(',')[0]));
    const expected = ARTICLES.map((_, i) => join(dir, i % 2 ? 'a/deeper' : 'a', `${i}.${['article', 'news', 'txt'][i % 3]}`));
    assert.deepStrictEqual([...files].sort(), expected.filter((f) => rows.some((row) => row.startsWith(f))).sort());
    assert.ok(files.size >= ARTICLES.length - 1, `${files.size} files with claims`);
    // The same rows as one thread writes, whatever order they came in.
    const single = run(['-f', 'csv', '-j', '1', dir]).stdout.split('\r\n').filter(Boolean);
    assert.deepStrictEqual(rows.slice(1).sort(), single.slice(1).sort());
  });

  it('expands a quoted glob and gives the same predictions with 1 job and with 2', () => {
    const pattern = join(dir, 'a', '**', '*.{article,news}');
    const one = run(['-f', 'jsonl', '-j', '1', pattern]);
    const two = run(['-f', 'jsonl', '-j', '2', pattern]);
    assert.strictEqual(one.status, 0, one.stderr);
    const byId = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l)).sort((x, y) => x.doc_id.localeCompare(y.doc_id));
    assert.deepStrictEqual(byId(two.stdout), byId(one.stdout));
    assert.strictEqual(byId(one.stdout).length, ARTICLES.filter((_, i) => i % 3 !== 2).length);
    const none = run([join(dir, '*.nothing')]);
    assert.strictEqual(none.status, 1);
    assert.match(none.stderr, /no file matches this pattern/);
  });

  it('prints the share-of-voice tables with --summary, alone on standard output', () => {
    const r = run(['--summary', dir]);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^Share of voice: \\d+ claims in ${ARTICLES.length} articles$`, 'm'));
    assert.match(r.stdout, /^Top speakers/m);
    assert.match(r.stdout, /^ +\d+ +[\d.]+ % {2}person$/m);
    assert.match(r.stdout, /^ +\d+ +[\d.]+ % {2}reported$/m);
    const both = run(['--summary', '-f', 'csv', dir]);
    assert.match(both.stdout, /^file,date/);
    assert.match(both.stderr, /^Share of voice/m);
  });

  it('reads --jsonl - from standard input: one prediction per good line, in input order, bad lines reported', () => {
    const lines = ARTICLES.flatMap((text, i) => [JSON.stringify({ doc_id: `doc-${i}`, text }), ...(i === 2 ? ['null', '{oops'] : [])]);
    const r = run(['--jsonl', '-', '--jobs', '2'], lines.join('\n') + '\n');
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /^stdin:4: not a JSON object \(null\): line skipped$/m);
    assert.match(r.stderr, /^stdin:5: not JSON/m);
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).doc_id);
    assert.deepStrictEqual(ids, ARTICLES.map((_, i) => `doc-${i}`));
  });

  it('streams: a prediction comes out before the input ends, and a reader that stops reading stops the input', async function () {
    this.timeout(240000);
    const child = spawn(process.execPath, [cli, '--jsonl', '-', '--jobs', '2'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const doc = (i: number) => JSON.stringify({ doc_id: `d${i}`, text: ARTICLES[i % ARTICLES.length] }) + '\n';
    // The first prediction arrives while standard input is still open.
    child.stdin.write(doc(0));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    assert.match(first, /^\{"doc_id":"d0"/);
    // Stop reading standard output and keep writing: once the pipes and the bounded window are full, the
    // child stops reading standard input, long before the whole stream is taken.
    child.stdout.pause();
    let written = 1;
    let bytes = 0;
    const limit = 64 * 2 ** 20;
    while (bytes < limit) {
      const line = doc(written++);
      bytes += line.length;
      if (!child.stdin.write(line)) {
        const drained = await Promise.race([
          new Promise<boolean>((resolve) => child.stdin.once('drain', () => resolve(true))),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000)),
        ]);
        if (!drained) break;
      }
    }
    assert.ok(bytes < 8 * 2 ** 20, `the child took ${(bytes / 2 ** 20).toFixed(1)} MB without its output being read`);
    // Read everything: every line comes back, in order.
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stdout.resume();
    child.stdin.end();
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.strictEqual(status, 0);
    const ids = (first + Buffer.concat(chunks).toString()).trim().split('\n').map((l) => JSON.parse(l).doc_id);
    assert.deepStrictEqual(ids, Array.from({ length: written }, (_, i) => `d${i}`));
  });
});
