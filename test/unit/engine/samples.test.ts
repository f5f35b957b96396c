import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../../src/engine/analyze';
import { SEEDS } from '../paths';

// seeds/README.md lists every claim of each sample article: kind, first words, cue, speaker as written, entity.
// The engine must find exactly those claims, in reading order.
const seeds = SEEDS;

interface Row {
  kind: string;
  /** Pieces of the content in order: the first starts it, the others ("… the roads,”", "/ „We decided") follow. */
  starts: string[];
  cue: string;
  speakers: string[] | null;
  entities: string[] | null;
}

/** The claim tables of seeds/README.md, by sample file name. */
function tables(): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  let file = '';
  for (const line of readFileSync(join(seeds, 'README.md'), 'utf8').split('\n')) {
    const heading = /^## (\S+)/.exec(line);
    if (heading) file = heading[1];
    const cells = /^\| \d+ \|(.*)\|$/.exec(line)?.[1].split('|').map((c) => c.trim());
    if (!cells || !file) continue;
    const [kind, starts, cue, speaker, entity] = cells;
    const plain = (s: string): string => s.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s*…\s*$/, '').trim();
    const alternatives = (s: string): string[] | null => (s.startsWith('—') ? null : [plain(s), ...[...s.matchAll(/\(or ([^)]+)\)/g)].map((m) => m[1])]);
    const row: Row = {
      kind: kind.split(' ')[0],
      starts: plain(starts).split(/(?:\s+…)?\s+\/\s+|\s+…\s+/),
      cue,
      speakers: alternatives(speaker),
      entities: alternatives(entity),
    };
    out.set(file, [...(out.get(file) ?? []), row]);
  }
  return out;
}

describe('sample articles (seeds/README.md tables)', () => {
  for (const [file, rows] of tables()) {
    if (file.startsWith('000_')) continue; // the seed has its own exact test
    it(`finds the ${rows.length} claims of ${file}`, () => {
      const text = readFileSync(join(seeds, file), 'utf8');
      const analysis = analyze(text);
      const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
      const found = analysis.claims.map((c) => [c.kind, c.text, c.cue?.text ?? null, c.speaker?.text ?? null, c.speaker?.entityId ? names.get(c.speaker.entityId) : null]);
      assert.strictEqual(found.length, rows.length, `claims found:\n${found.map((f) => JSON.stringify(f)).join('\n')}`);
      rows.forEach((row, i) => {
        const [kind, content, cue, speaker, entity] = found[i];
        const where = `claim ${i + 1} of ${file}: ${JSON.stringify(found[i])}`;
        assert.strictEqual(kind, row.kind, where);
        const body = (content ?? '').replace(/^that /, '');
        assert.ok(body.startsWith(row.starts[0].replace(/^that /, '')), where);
        for (const part of row.starts.slice(1)) assert.ok(body.includes(part), `${where} lacks ${part}`);
        assert.ok(!!cue && row.cue.toLowerCase().startsWith(cue.toLowerCase()), where);
        if (row.speakers) assert.ok(row.speakers.includes(speaker ?? ''), where);
        else assert.strictEqual(speaker, null, where);
        if (row.entities) assert.ok(row.entities.includes(entity ?? ''), where);
      });
    });
  }
});
