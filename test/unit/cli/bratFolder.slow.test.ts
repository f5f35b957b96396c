// --format brat over a corpus: with --out DIR each article becomes NAME.ann beside NAME.txt, the copy of the text
// its code-point offsets refer to; names come from the files or the doc_ids, made safe and unique.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { OUT_SRC, sampleArticles } from '../paths';

const cli = join(OUT_SRC, 'cli', 'news-annotate.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
const ARTICLES = sampleArticles();
/** Non-BMP characters before the quote shift UTF-16 offsets from code points. */
const BRIDGE = '“We will finish the new bridge before winter,”';
const EMOJI_ARTICLE = ['date 2024-05-06', '', 'Flags 🇵🇱 and 𝒜 lead the page.', '', `${BRIDGE} said Maria Lopez, the mayor of Springfield.`, ''].join('\n');
/** The quote's line in code points (4 fewer than UTF-16 units before it). */
const QUOTE_START = [...EMOJI_ARTICLE.slice(0, EMOJI_ARTICLE.indexOf(BRIDGE))].length;
const QUOTE_LINE = new RegExp(`^T\\d+\tQuote ${QUOTE_START} ${QUOTE_START + BRIDGE.length}\t${BRIDGE}$`, 'm');

/** Checks that every text-bound line of the .ann quotes its .txt at its code-point offsets; returns their count. */
function assertAnnMatchesText(folder: string, name: string): number {
  const codePoints = [...readFileSync(join(folder, `${name}.txt`), 'utf8')];
  const lines = readFileSync(join(folder, `${name}.ann`), 'utf8').split('\n').filter((l) => l.startsWith('T'));
  for (const line of lines) {
    const [, typeAndOffsets, written] = line.split('\t');
    const fragments = typeAndOffsets.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
    const sliced = fragments.map(([start, end]) => codePoints.slice(start, end).join('')).join(' ');
    assert.strictEqual(written, sliced, `${name}.ann: ${line}`);
  }
  return lines.length;
}

describe('news-annotate --format brat --out DIR', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'news-annotate-brat-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes NAME.ann beside NAME.txt for each file, creating the folder; same names made unique, inputs never replaced', () => {
    mkdirSync(join(dir, 'in', 'other'), { recursive: true });
    const inputs = [join(dir, 'in', 'story.article'), join(dir, 'in', 'other', 'story.news'), join(dir, 'in', 'emoji.article')];
    [ARTICLES[1], ARTICLES[2], EMOJI_ARTICLE].forEach((text, i) => writeFileSync(inputs[i], text));
    // An input .txt inside the output folder: its pair must take another name.
    const txtInput = join(dir, 'in', 'lisbon.txt');
    writeFileSync(txtInput, ARTICLES[6]);
    const out = join(dir, 'out', 'brat');
    const r = run(['--format', 'brat', '--jobs', '2', '--out', out, ...inputs]);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, '');
    assert.deepStrictEqual(readdirSync(out).sort(), ['emoji.ann', 'emoji.txt', 'story-2.ann', 'story-2.txt', 'story.ann', 'story.txt']);
    assert.strictEqual(readFileSync(join(out, 'story.txt'), 'utf8'), ARTICLES[1]);
    assert.strictEqual(readFileSync(join(out, 'story-2.txt'), 'utf8'), ARTICLES[2]);
    for (const name of ['story', 'story-2', 'emoji']) assert.ok(assertAnnMatchesText(out, name) > 0, name);
    assert.match(readFileSync(join(out, 'emoji.ann'), 'utf8'), QUOTE_LINE);

    const beside = run(['-f', 'brat', '-o', join(dir, 'in'), txtInput, inputs[0]]);
    assert.strictEqual(beside.status, 0, beside.stderr);
    assert.strictEqual(readFileSync(txtInput, 'utf8'), ARTICLES[6]);
    assert.ok(existsSync(join(dir, 'in', 'lisbon-2.ann')) && existsSync(join(dir, 'in', 'lisbon-2.txt')));
    assert.ok(assertAnnMatchesText(join(dir, 'in'), 'lisbon-2') > 0);
  });

  it('names a --jsonl stream by doc_id: safe, unique, never outside the folder; bad lines skipped', () => {
    const ids = ['../../escape', 'same', 'Same', 'same', '', 'CON', 'a/b\\c', '.hidden'];
    const lines = ids.map((doc_id, i) => JSON.stringify({ doc_id, text: i === 1 ? EMOJI_ARTICLE : ARTICLES[i % ARTICLES.length] }));
    lines.splice(3, 0, '{"doc_id": 7, "text": "x"}');
    const out = join(dir, 'stream');
    const r = run(['--jsonl', '-', '-f', 'brat', '-j', '2', '-o', out], lines.join('\n') + '\n');
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /^stdin:4: needs string fields doc_id and text: line skipped$/m);
    const names = ['_.._escape', 'same', 'Same-2', 'same-3', 'article', '_CON', 'a_b_c', 'hidden'];
    assert.deepStrictEqual(readdirSync(out).sort(), names.flatMap((n) => [`${n}.ann`, `${n}.txt`]).sort());
    assert.deepStrictEqual(readdirSync(dir).sort(), ['in', 'out', 'stream']);
    for (const name of names) assertAnnMatchesText(out, name);
    assert.strictEqual(readFileSync(join(out, 'same.txt'), 'utf8'), EMOJI_ARTICLE);
  });

  it('refuses several articles or a stream without a folder, and an --out that is a file', () => {
    const file = join(dir, 'one.article');
    writeFileSync(file, EMOJI_ARTICLE);
    const two = run(['--format', 'brat', file, file.replace('one', 'in/emoji')]);
    assert.strictEqual(two.status, 2);
    assert.strictEqual(two.stdout, '');
    assert.match(two.stderr, /--format brat writes one \.ann per article .*give --out DIR for 2 articles/);
    const stream = run(['--jsonl', '-', '-f', 'brat'], JSON.stringify({ doc_id: 'x', text: EMOJI_ARTICLE }) + '\n');
    assert.strictEqual(stream.status, 2);
    assert.match(stream.stderr, /give --out DIR for a stream of documents/);
    const onFile = run(['-f', 'brat', '-o', file, file]);
    assert.strictEqual(onFile.status, 2);
    assert.match(onFile.stderr, /--out .*one\.article is a file: name a folder/);
    assert.strictEqual(readFileSync(file, 'utf8'), EMOJI_ARTICLE);
    const annName = run(['-f', 'brat', '-o', join(dir, 'story.ann'), file]);
    assert.strictEqual(annName.status, 2);
    assert.ok(!existsSync(join(dir, 'story.ann')));
    // One article alone still goes to standard output.
    const alone = run(['-f', 'brat', file]);
    assert.strictEqual(alone.status, 0, alone.stderr);
    assert.match(alone.stdout, QUOTE_LINE);
  });
});
