// Runs the CLI's batch mode on the gold sets in ../shared/eval and prints the scorers' tables: quotes, speaker
// mentions and entities (score.mjs), speaker identity (speakers.mjs, where the split has its identity file) and
// entities on the out-of-domain sets of extra/ (WikiGold, UNER English-EWT): the whole set, and apart from it
// the check part the tagger never trains on (extra-split.mjs) — the honest figure for those sets.
// Usage: npm run eval [-- --split train] [-- --set polnear,conllpp,wikigold,uner_ewt]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isCheckDoc } from './extra-split.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '..', 'shared', 'eval');
const { values } = parseArgs({ options: { split: { type: 'string', default: 'dev' }, set: { type: 'string', default: 'polnear,conllpp,wikigold,uner_ewt' } } });

/** Where each set's gold lives: the news sets by split, the extra sets whole (they have no split here). */
function goldOf(set, split) {
  const extra = join(evalDir, 'extra', `${set}.jsonl`);
  return existsSync(extra) ? extra : join(evalDir, `${set}_${split}.jsonl`);
}

if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.log(`No gold data at ${evalDir}: nothing to evaluate (the eval needs ../shared/eval beside the repo).`);
  process.exit(0);
}
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
const outDir = join(root, '.eval');
mkdirSync(outDir, { recursive: true });
for (const set of values.set.split(',')) {
  const gold = goldOf(set, values.split);
  if (!existsSync(gold)) {
    console.log(`${gold} is missing; skipped.`);
    continue;
  }
  const pred = join(outDir, `${set}_${values.split}.pred.jsonl`);
  const started = Date.now();
  execFileSync(process.execPath, [join(root, 'dist', 'news-annotate.js'), '--jsonl', gold, '--out', pred], { stdio: 'inherit' });
  console.log(`\n== ${set} ${gold.includes('/extra/') ? '(whole set; the shipped tagger trains on three quarters of it)' : values.split} (analysed in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  execFileSync(process.execPath, [join(evalDir, 'score.mjs'), '--gold', gold, '--pred', pred], { stdio: 'inherit' });
  if (gold.includes('/extra/')) {
    // The check part: the same predictions, scored on the documents left out of training.
    const check = (file) => readFileSync(file, 'utf8').split('\n').filter((l) => l && isCheckDoc(JSON.parse(l).doc_id)).join('\n') + '\n';
    const checkGold = join(outDir, `${set}_check.gold.jsonl`);
    const checkPred = join(outDir, `${set}_check.pred.jsonl`);
    writeFileSync(checkGold, check(gold));
    writeFileSync(checkPred, check(pred));
    console.log(`\n== ${set} check part (never trained on, whatever train:ner's --sets: one document in four, by doc_id hash)`);
    execFileSync(process.execPath, [join(evalDir, 'score.mjs'), '--gold', checkGold, '--pred', checkPred], { stdio: 'inherit' });
  }
  const ids = join(evalDir, `${set}_${values.split}_speakers.jsonl`);
  if (existsSync(ids) && existsSync(join(evalDir, 'speakers.mjs'))) {
    console.log(`\n== ${set} ${values.split}: speaker identity (is the claim filed under the right person or organization?)`);
    execFileSync(process.execPath, [join(evalDir, 'speakers.mjs'), '--polnear', gold, '--ids', ids, '--pred', pred], { stdio: 'inherit' });
  }
}
