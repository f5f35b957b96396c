// The CLI applies the corrections made in the editor: FILE.annotations.json beside the article, unless
// --no-corrections; and writes brat standoff.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { anchorOf } from '../../../src/corrections/anchor';
import { serializeSidecar } from '../../../src/corrections/sidecar';
import { textHash } from '../../../src/corrections/textHash';
import { OUT_SRC } from '../paths';

const cli = join(OUT_SRC, 'cli', 'news-annotate.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

const BRIDGE = '“We will finish the new bridge before winter,”';
const TEXT = ['date 2024-05-06', '', `${BRIDGE} said Maria Lopez, the mayor of Springfield.`, ''].join('\n');

describe('news-annotate with corrections', () => {
  let dir: string;
  let file: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-annotate-corrections-'));
    file = join(dir, 'story.article');
    // The file changed since the correction: a line above moved the quote, which is re-anchored.
    writeFileSync(file, TEXT.replace('\n\n', '\n\nA new first paragraph.\n\n'));
    const start = TEXT.indexOf(BRIDGE);
    const decision = {
      id: 'd1', action: 'reassignSpeaker', speaker: { entityId: null, name: 'a campaign aide' },
      target: anchorOf(TEXT, { start, end: start + BRIDGE.length }), creator: 'tester', created: '2026-11-30T10:00:00Z',
    } as const;
    writeFileSync(`${file}.annotations.json`, serializeSidecar({ textHash: textHash(TEXT), decisions: [decision] }, 'story.article'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('applies FILE.annotations.json, and ignores it with --no-corrections', () => {
    const corrected = JSON.parse(run('--json', file).stdout);
    assert.deepStrictEqual([corrected.claims[0].speaker.text, corrected.claims[0].status], ['a campaign aide', 'human']);
    const machine = JSON.parse(run('--json', '--no-corrections', file).stdout);
    assert.strictEqual(machine.claims[0].speaker.text, 'Maria Lopez');
  });

  it('gives each claim of --json its file, date, line, status and the provenance of the decision', () => {
    const [bridge, ...others] = JSON.parse(run('--json', file).stdout).claims;
    assert.deepStrictEqual(
      [bridge.file, bridge.date, bridge.line, bridge.status, bridge.provenance],
      [file, '2024-05-06', 5, 'human', { creator: 'tester', created: '2026-11-30T10:00:00Z' }],
    );
    assert.ok(others.every((c: { status: string; provenance?: unknown }) => c.status === 'suggested' && c.provenance === undefined));
    const csv = run('--format', 'csv', file).stdout.split('\r\n');
    assert.match(csv[1], /,human$/, 'the CSV status is the corrected one too');
  });

  it('writes brat standoff with the corrected speaker', () => {
    const r = run('--format', 'brat', file);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^T\d+\tQuote \d+ \d+\t“We will finish the new bridge before winter,”$/m);
    assert.match(r.stdout, /^#\d+\tAnnotatorNotes T\d+\tspeaker: a campaign aide$/m);
  });

  it('applies the corrections to each article of a brat folder too', () => {
    const out = join(dir, 'brat');
    const r = run('--format', 'brat', '--out', out, file);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(readFileSync(join(out, 'story.ann'), 'utf8'), /^#\d+\tAnnotatorNotes T\d+\tspeaker: a campaign aide$/m);
  });

  it('refuses brat for several articles without --out DIR, since each .ann refers to one text', () => {
    const other = join(dir, 'other.article');
    writeFileSync(other, TEXT);
    const r = run('--format', 'brat', file, other);
    assert.strictEqual(r.status, 2);
    assert.strictEqual(r.stdout, '');
    assert.match(r.stderr, /--format brat writes one \.ann per article .*give --out DIR for 2 articles/);
  });

  it('warns, and keeps the machine reading, when the sidecar cannot be read', () => {
    const broken = join(dir, 'broken.article');
    writeFileSync(broken, TEXT);
    writeFileSync(`${broken}.annotations.json`, '{ not json');
    const r = run('--json', broken);
    assert.match(r.stderr, /corrections not applied: .*broken\.article\.annotations\.json: not valid JSON/);
    assert.strictEqual(JSON.parse(r.stdout).claims[0].speaker.text, 'Maria Lopez');
  });

  it('marks every result suggested when the article has no sidecar, as Export in the editor does', () => {
    const plain = join(dir, 'plain.article');
    writeFileSync(plain, TEXT);
    const analysis = JSON.parse(run('--json', plain).stdout);
    assert.ok(analysis.claims.length > 0 && analysis.entities.length > 0);
    for (const item of [...analysis.claims, ...analysis.entities]) assert.strictEqual(item.status, 'suggested', item.id);
  });
});
