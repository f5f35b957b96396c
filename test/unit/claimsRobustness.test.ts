import * as assert from 'assert';
import * as fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { findClaims } from '../../src/analysis/claims';
import { splitLines } from '../../src/analysis/text/paragraphs';
import type { Claim } from '../../src/analysis/types';

/** Every range of the claims is a non-empty, in-bounds range; claims and spans are sorted; ids are unique. */
function assertValidClaims(text: string, claims: Claim[]): void {
  const ids = new Set<string>();
  let previous = -1;
  for (const c of claims) {
    assert.ok(!ids.has(c.id), `repeated id ${c.id}`);
    ids.add(c.id);
    assert.ok(c.start >= previous, 'claims sorted by start');
    previous = c.start;
    assert.ok(c.spans.length > 0, 'at least one span');
    let at = -1;
    for (const s of c.spans) {
      assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `span ${s.start}..${s.end} in 0..${text.length}`);
      assert.ok(s.start >= at, 'spans sorted');
      at = s.start;
    }
    assert.strictEqual(c.start, c.spans[0].start);
    assert.strictEqual(c.text, c.spans.map((s) => text.slice(s.start, s.end)).join(' '));
    for (const m of [c.cue, c.speaker]) {
      if (!m) continue;
      assert.ok(m.start >= 0 && m.start < m.end && m.end <= text.length, `mention ${m.start}..${m.end}`);
      assert.strictEqual(m.text, text.slice(m.start, m.end));
    }
  }
}

const pieces = [
  '“', '”', '"', '«', '»', '„', '‘', '’', "'", ' said ', ' says ', ', she said. ', 'According to ', ' told reporters ',
  'Smith', ' the minister ', 'He added that ', ' — ', ' (@handle) ', 'June 14, 2021', '\n', '\n\n', '\r\n', '. ', ', ',
  '🇱🇹', '\ud800', '\udc00', 'שלום', 'ليلى', 'Nausėda', ' that ', ':', '\u2028', '\u0000', 'U.S. ', 'He', 'x',
];
const articleish = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(''));

describe('findClaims robustness', () => {
  it('never throws and keeps every range valid, for article-like fragments', () => {
    fc.assert(
      fc.property(articleish, (text) => {
        assertValidClaims(text, findClaims(text, splitLines(text), []).claims);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and keeps every range valid, for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        assertValidClaims(text, findClaims(text, splitLines(text), []).claims);
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty text, unbalanced and nested quotes', () => {
    for (const text of ['', '“', '”', '"""', '“He said “no” and left', '«««', '„a“b“c”', '“A “B” C,” he said.', '“Open\n\n“still open\n\n']) {
      assertValidClaims(text, findClaims(text, splitLines(text), []).claims);
    }
  });

  it('finds the claims of 1 MB of news text in under 3 s of CPU time', function () {
    const seed = readFileSync(join(__dirname, '..', '..', '..', 'seeds', '000_b46657698715220a.txt'), 'utf8');
    // Vary each copy so that the per-line cache can't answer for the repeats.
    const parts: string[] = [];
    for (let i = 0, n = 0; n < 1_000_000; i++) n += parts[parts.push(seed.replace(/Nausėda/g, `Nausėda${i}`)) - 1].length + 2;
    const text = parts.join('\n\n');
    // CPU time rather than wall time: the test machine is shared.
    const before = process.cpuUsage();
    const { claims } = findClaims(text, splitLines(text), []);
    const used = process.cpuUsage(before);
    const ms = (used.user + used.system) / 1000;
    assertValidClaims(text, claims);
    assert.ok(claims.length > 1000, `claims found: ${claims.length}`);
    assert.ok(ms < 3000, `1 MB took ${ms.toFixed(0)} ms of CPU`);
  });
});
