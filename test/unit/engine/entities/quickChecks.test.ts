// The quick checks that spare most lines and mentions a regular expression (issue 14) give what the regular
// expression alone gave: each function is compared, on random text, with its plain form.
import * as assert from 'assert';
import fc from 'fast-check';
import type { LineMention } from '../../../../src/engine/entities/lineMention';
import { contactNameWords } from '../../../../src/engine/entities/local';
import { isProgramAfterIn } from '../../../../src/engine/entities/programNames';
import { resultTeams } from '../../../../src/engine/entities/results';

/** Random strings joined from `pieces`. */
const textOf = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((parts) => parts.join(''));
const RUNS = { numRuns: 400, seed: 14 };

describe('quick checks before regular expressions', () => {
  it('contactNameWords: as CONTACT_LINE alone decides', () => {
    const CONTACT_LINE = /[\p{L}\d._-]@[\p{L}\d-]+\.\p{L}|(?:^|[^\d])\(?\d{3}\)?[ .-]?\d{3}[.-]\d{4}(?!\d)/u;
    const pieces = ['jo', '.', '@', 'ex', '.com', '5', '55', '555', '0142', '-', '(', ')', ' ', 'é', '٣٣٣', '_', '(713) 555-0142', 'jo@ex.com'];
    fc.assert(fc.property(textOf(pieces), (line) => {
      assert.strictEqual(contactNameWords(line) !== undefined, CONTACT_LINE.test(line), JSON.stringify(line));
    }), RUNS);
  });

  it('resultTeams: as its two patterns alone decide', () => {
    const pieces = ['Leeds', 'Racing de Santander', ' ', '  ', '2', '10', ' 0', '٣', '1234', 'won', '.', '\u00a0', '\t', 'x', 'Leeds 2 Viborg 0', 'Reading 5 3 1 0'];
    const RESULT = /^(\p{Lu}[\p{L}\p{M}.'’ -]*?) \d{1,3} (\p{Lu}[\p{L}\p{M}.'’ -]*?) \d{1,3}$/u;
    const STANDINGS_ROW = /^(\p{Lu}[\p{L}\p{M}.'’-]*(?: (?:\p{Lu}[\p{L}\p{M}.'’-]*|de|del|la|of|the|and))*)(?: \d{1,3}){4,}$/u;
    fc.assert(fc.property(textOf(pieces), (line) => {
      const matched = STANDINGS_ROW.test(line.trim()) || RESULT.test(line.trim());
      assert.strictEqual(resultTeams(line).length > 0, matched, JSON.stringify(line));
    }), RUNS);
  });

  it('isProgramAfterIn: false wherever IN_BEFORE finds no "in" before the name', () => {
    const IN_BEFORE = /(?:^|[^\p{L}])(\p{L}[\p{L}-]*)\s+in\s+$/u;
    const pieces = ['opened', 'photo', 'bug', 'in', 'In', 'bin', ' ', '\u00a0', '\u2003', '\n', ',', '-', 'é'];
    fc.assert(fc.property(textOf(pieces), fc.constantFrom('Photoshop', 'Firefox', 'Lyon'), (before, name) => {
      const line = `${before}${name} format`;
      const m: LineMention = { start: before.length, end: before.length + name.length, type: 'place' };
      if (!IN_BEFORE.test(before)) assert.strictEqual(isProgramAfterIn(line, m), false, JSON.stringify(line));
    }), RUNS);
    // Where it does, the quick check lets the rule read the words: any white space after "in".
    for (const space of [' ', '\u00a0', '\u2003 ', '\t']) {
      const line = `a bug in${space}Firefox`;
      assert.strictEqual(isProgramAfterIn(line, { start: line.length - 7, end: line.length, type: 'place' }), true, JSON.stringify(line));
    }
  });
});
