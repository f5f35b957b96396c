// Paths of the repository for the unit tests, which run compiled from out/test/unit/…
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
/** Compiled sources (tsconfig.test.json's outDir mirrors the tree). */
export const OUT_SRC = path.join(ROOT, 'out', 'src');
export const SEEDS = path.join(ROOT, 'seeds');
export const SEED_FILE = path.join(SEEDS, '000_b46657698715220a.txt');
