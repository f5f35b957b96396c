import * as fs from 'fs';
import fc from 'fast-check';
import { analyzeChecked as check } from './analysisInvariants';
import { SEED_FILE } from '../paths';

// The slow tier of analyze()'s robustness (see robustness.test.ts): long property runs and a 10 MB input.

const SEED = fs.readFileSync(SEED_FILE, 'utf8');

/** A seed article cut and spliced with junk: real structure, broken in random places. */
const mangledSeed = fc
  .array(fc.tuple(fc.nat(SEED.length), fc.nat(SEED.length), fc.string({ unit: 'binary', maxLength: 8 })), {
    maxLength: 6,
  })
  .map((edits) => {
    let text = SEED;
    for (const [a, b, insert] of edits) {
      const start = Math.min(a, b, text.length);
      const end = Math.min(Math.max(a, b), text.length, start + 200);
      text = text.slice(0, start) + insert + text.slice(end);
    }
    return text;
  });

describe('analyze robustness on long runs and large inputs', () => {
  it('keeps its contract on the seed cut and spliced with junk', () => {
    fc.assert(fc.property(mangledSeed, check), { numRuns: 200 });
  });

  it('keeps its contract on a 10 MB string', function () {
    this.timeout(300_000);
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 10_000_000; i++) {
      // Vary the copies so that no stage can get away with caching identical articles.
      const copy = i % 3 === 0 ? SEED : i % 3 === 1 ? SEED.replace(/\n/g, '\r\n') : SEED.replace(/Nausėda/g, `Nausėda ${i}`);
      parts.push(copy);
      size += copy.length;
    }
    check(parts.join('\n\n'));
  });
});
