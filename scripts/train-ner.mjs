// Trains the entity tagger: a greedy averaged perceptron over BIO labels on ../shared/eval/conllpp_train.jsonl
// and writes src/engine/entities/model/weights.ts (quantized integer weights, bundled by esbuild).
// Deterministic: sentences are shuffled with a fixed-seed PRNG. Takes a few minutes at most on one core.
// Usage: npm run train:ner [-- --holdout] (train on 90% of train, report on the rest; writes nothing)
//        [-- --epochs N] [-- --min-count N] [-- --min-weight N] [-- --eval-dev] (also report on conllpp_dev)
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '..', 'shared', 'eval');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const holdout = args.includes('--holdout');
const evalDev = args.includes('--eval-dev');
const EPOCHS = opt('--epochs', 8);
const MIN_COUNT = opt('--min-count', 2);
const STEP = opt('--step', 0.5); // quantization: integer weight = round(average weight / STEP); 0 is dropped
// A feature is shipped only if one of its quantized weights reaches this size: the many features with small
// weights barely change a decision (dev micro F1 91.0 with all, 90.6 without) and would double the bundle.
const MIN_WEIGHT = opt('--min-weight', 4);
const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'];
const OUT = join(root, 'src', 'engine', 'entities', 'model', 'weights.ts');

const trainFile = join(evalDir, 'conllpp_train.jsonl');
if (!existsSync(trainFile)) {
  console.log(`No training data at ${trainFile}: the tagger needs ../shared/eval beside the repo.`);
  process.exit(0);
}

// Bundle the analysis code the tagger shares with the extension, so that training and use featurize alike.
const tmp = mkdtempSync(join(tmpdir(), 'train-ner-'));
const bundle = join(tmp, 'core.cjs');
await esbuild.build({
  stdin: {
    contents: `export * from './src/engine/text/tokens'; export * from './src/engine/text/paragraphs';
      export * from './src/engine/entities/features'; export * from './src/engine/entities/tagger';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'warning',
});
const core = createRequire(import.meta.url)(bundle);
rmSync(tmp, { recursive: true, force: true });
const LABELS = core.labelSet(CLASSES);

/** Sentences of a document: tokens, static features, gold labels, and gold PER/ORG/LOC spans. */
function prepare(doc) {
  const out = [];
  for (const line of core.splitLines(doc.text)) {
    const lineText = doc.text.slice(line.start, line.end);
    const tokens = core.tokenize(lineText, line.start);
    const allCaps = core.isAllCapsLine(lineText);
    for (const [a, b] of core.sentenceRanges(tokens)) {
      const toks = tokens.slice(a, b);
      const gold = toks.map((t) => {
        const e = doc.entities.find((x) => t.start >= x.start && t.end <= x.end);
        if (!e) return 'O';
        return (e.start === t.start ? 'B-' : 'I-') + e.type;
      });
      const features = core.sentenceFeaturizer(toks, allCaps);
      const statics = toks.map((_, i) => features.word(i).concat(features.context(i)));
      out.push({ toks, gold, statics, features });
    }
  }
  return out;
}

const readDocs = (file) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
let trainDocs = readDocs(trainFile);
let testDocs = [];
if (holdout) {
  const cut = Math.floor(trainDocs.length * 0.9);
  testDocs = trainDocs.slice(cut);
  trainDocs = trainDocs.slice(0, cut);
}
if (evalDev) testDocs = testDocs.concat(readDocs(join(evalDir, 'conllpp_dev.jsonl')));
const started = Date.now();
const train = trainDocs.flatMap(prepare);

// Features seen fewer than MIN_COUNT times in training are left out (less noise, a smaller model).
const counts = new Map();
for (const s of train) for (const fs of s.statics) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);

// Averaged perceptron with lazy averaging: per feature, current weights, summed weights, last update time.
const params = new Map();
const L = LABELS.length;
let clock = 0;
function param(f) {
  let p = params.get(f);
  if (!p) params.set(f, (p = { w: new Float64Array(L), sum: new Float64Array(L), at: new Float64Array(L) }));
  return p;
}
function update(features, k, delta) {
  for (const f of features) {
    if (!f.startsWith('t') && (counts.get(f) ?? 0) < MIN_COUNT) continue;
    const p = param(f);
    p.sum[k] += (clock - p.at[k]) * p.w[k];
    p.at[k] = clock;
    p.w[k] += delta;
  }
}
const live = { get: (f) => params.get(f)?.w };

let seed = 1234567;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const order = train.map((_, i) => i);
const scores = new Float64Array(L);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let errors = 0;
  for (const idx of order) {
    const s = train[idx];
    const pred = [];
    for (let i = 0; i < s.toks.length; i++) {
      clock++;
      const prev = i > 0 ? pred[i - 1] : '<s>';
      const prev2 = i > 1 ? pred[i - 2] : '<s>';
      const feats = s.statics[i].concat(core.labelFeatures(prev, prev2, s.features.lower(i), s.features.short(i)));
      scores.fill(0);
      core.score(live, feats, scores);
      let best = 0;
      for (let k = 1; k < L; k++) if (scores[k] > scores[best] && core.allowed(prev, LABELS[k])) best = k;
      const gold = LABELS.indexOf(s.gold[i]);
      if (best !== gold) {
        errors++;
        update(feats, gold, 1);
        update(feats, best, -1);
      }
      pred.push(LABELS[best]);
    }
  }
  console.log(`epoch ${epoch + 1}: ${errors} token errors (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

// Average, quantize to integers, drop features whose weights are all smaller than MIN_WEIGHT.
const model = new Map();
for (const [f, p] of params) {
  const q = new Int32Array(L);
  let largest = 0;
  for (let k = 0; k < L; k++) {
    const avg = (p.sum[k] + (clock - p.at[k]) * p.w[k]) / clock;
    q[k] = Math.round(avg / STEP);
    largest = Math.max(largest, Math.abs(q[k]));
  }
  if (largest >= MIN_WEIGHT) model.set(f, q);
}

function spans(toks, labels) {
  const out = [];
  for (let i = 0; i < toks.length; i++) {
    if (labels[i][0] !== 'B') continue;
    let j = i + 1;
    while (j < toks.length && labels[j] === 'I-' + labels[i].slice(2)) j++;
    out.push(`${labels[i].slice(2)}:${toks[i].start}:${toks[j - 1].end}`);
  }
  return out;
}

if (testDocs.length) {
  const tally = {};
  for (const doc of testDocs) {
    for (const s of prepare(doc)) {
      const pred = new Set(spans(s.toks, core.tagSentence(model, LABELS, s.toks.length, s.features)).filter((x) => !x.startsWith('MISC')));
      const gold = new Set(spans(s.toks, s.gold).filter((x) => !x.startsWith('MISC')));
      for (const x of pred) (tally[x.split(':')[0]] ??= { tp: 0, fp: 0, fn: 0 })[gold.has(x) ? 'tp' : 'fp']++;
      for (const x of gold) if (!pred.has(x)) (tally[x.split(':')[0]] ??= { tp: 0, fp: 0, fn: 0 }).fn++;
    }
  }
  const f1 = ({ tp, fp, fn }) => ((200 * tp) / (2 * tp + fp + fn)).toFixed(1);
  const all = Object.values(tally).reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { tp: 0, fp: 0, fn: 0 });
  console.log('token-level span F1 (gold sentences):', Object.entries(tally).map(([k, t]) => `${k} ${f1(t)}`).join(', '), `micro ${f1(all)}`);
}

if (!holdout) {
  // Compact text: "#prefix" opens a section; each row is "value<TAB>w0,w1,…" (weights by label index,
  // 0 left empty, trailing zeros dropped). Stored as a template literal: tabs and newlines stay one byte.
  const rows = [...model].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [LABELS.join(' ')];
  let section = '';
  for (const [f, q] of rows) {
    const cut = f.indexOf('=');
    const [prefix, value] = cut < 0 ? [f, ''] : [f.slice(0, cut), f.slice(cut + 1)];
    if (prefix !== section) lines.push('#' + (section = prefix));
    const w = [...q].map((v) => (v ? String(v) : ''));
    while (w.length && !w[w.length - 1]) w.pop();
    lines.push(value + '\t' + w.join(','));
  }
  const text = lines.join('\n');
  const literal = text.replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${');
  writeFileSync(
    OUT,
    '// Generated by scripts/train-ner.mjs from conllpp_train (do not edit): entity tagger weights.\n'
    + '// Line 1: the labels. "#p" opens the features "p=…"; rows are "value<TAB>weight,weight,…" by label.\n'
    + `export const MODEL = \`${literal}\`;\n`,
  );
  console.log(`wrote ${OUT}: ${model.size} features, ${(literal.length / 1024).toFixed(0)} KB`);
}
console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
