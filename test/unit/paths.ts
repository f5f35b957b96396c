// Paths of the repository for the unit tests, which run compiled from out/test/unit/…
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
/** Compiled sources (tsconfig.test.json's outDir mirrors the tree). */
export const OUT_SRC = path.join(ROOT, 'out', 'src');
export const SEEDS = path.join(ROOT, 'seeds');
export const SEED_FILE = path.join(SEEDS, '000_b46657698715220a.txt');

/** The sample articles of seeds/ (NNN_*.txt), in name order. */
export function sampleArticles(): string[] {
  return fs
    .readdirSync(SEEDS)
    .filter((f) => /^\d{3}_/.test(f))
    .sort()
    .map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));
}
