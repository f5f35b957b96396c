// Runs the CLI's batch mode on the dev sets in ../shared/eval and prints the scorer's tables.
// Usage: npm run eval [-- --split train] [-- --set polnear|conllpp]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '..', 'shared', 'eval');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const split = opt('--split', 'dev');
const sets = opt('--set', 'polnear,conllpp').split(',');

if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.log(`No gold data at ${evalDir}: nothing to evaluate (the eval needs ../shared/eval beside the repo).`);
  process.exit(0);
}
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
const outDir = join(root, '.eval');
mkdirSync(outDir, { recursive: true });
for (const set of sets) {
  const gold = join(evalDir, `${set}_${split}.jsonl`);
  if (!existsSync(gold)) {
    console.log(`${gold} is missing; skipped.`);
    continue;
  }
  const pred = join(outDir, `${set}_${split}.pred.jsonl`);
  const started = Date.now();
  execFileSync(process.execPath, [join(root, 'dist', 'news-annotate.js'), '--jsonl', gold, '--out', pred], { stdio: 'inherit' });
  console.log(`\n== ${set} ${split} (analysed in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  execFileSync(process.execPath, [join(evalDir, 'score.mjs'), '--gold', gold, '--pred', pred], { stdio: 'inherit' });
}
