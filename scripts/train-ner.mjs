// Trains the entity tagger: a greedy averaged perceptron over BIO labels on ../shared/eval/conllpp_train.jsonl
// (Reuters 1996) and the train part of the extra sets (WikiGold, UNER English-EWT: see
// extra-split.mjs), and writes src/engine/entities/model/weights.ts (quantized integer weights, bundled by esbuild).
// Deterministic: sentences are shuffled with a fixed-seed PRNG. Takes a few minutes at most on one core.
// Usage: npm run train:ner [-- --holdout] (train on 90% of train, report on the rest; writes nothing)
//        [-- --epochs N] [-- --min-count N] [-- --min-weight N] [-- --eval-dev] (also report on conllpp_dev)
//        [-- --sets wikigold,uner_ewt | none] (the extra sets whose train part it trains on; default both) [-- --out FILE]
//        [-- --eval-check] (also report on the extra sets' check parts) [-- --news-share S] (see NEWS_SHARE)
//        [-- --try-shares 0.5,1] (report on the held-out parts with each share of the news set's weights)
//        [-- --news-weight W] (see NEWS_WEIGHT)
//        [-- --org-margins 0,2,4] (report with each floor on an organization's margin: see ORG_MARGINS)
//        [-- --extra-weight W] [-- --org-cost C] (see EXTRA_WEIGHT) [-- --set-shares uner_ewt:0.25 | none]
//        [-- --try-set-shares "uner_ewt:0;uner_ewt:0.5"] (see SET_SHARES)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTRA_SETS, isCheckDoc } from './extra-split.mjs';
import { importEngine } from './importEngine.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '..', 'shared', 'eval');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const holdout = args.includes('--holdout');
const evalDev = args.includes('--eval-dev');
const EPOCHS = opt('--epochs', 8);
const MIN_COUNT = opt('--min-count', 2);
const STEP = opt('--step', 1); // quantization: integer weight = round(average weight / STEP); 0 is dropped
// A feature is shipped only if one of its quantized weights reaches this size: the many features with small
// weights barely change a decision and would make the bundles (and the .vsix, under 1 MB) too large.
const MIN_WEIGHT = opt('--min-weight', 7);
const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'];
// The weights written one character each: within ±SMALL_LIMIT, as the character of code ZERO + weight (printable
// ASCII from "(" to "x"; the one backslash among them is escaped).
const SMALL_LIMIT = 40;
const ZERO = 0x50;
const NEWS = 'conll'; // the domain of conllpp_train, whose own weights ship with the general ones
// The share of the news set's own weights in the shipped ones, and the shares to report on.
const NEWS_SHARE = opt('--news-share', 1);
// How much more a mistake on the news set counts than one on the other sets: the engine reads news, and the
// other sets' conventions differ (CoNLL++ dev 90.1 with 1, 90.6 with 2, 90.3 with 3 at first measure).
const NEWS_WEIGHT = opt('--news-weight', 2);
// How much a mistake on an extra set counts (--extra-weight), and how many times more a false organization
// (an ORG label where the gold has none) counts than another mistake (--org-cost). Measured on the held-out
// fifths (tagger alone, micro F1 UNER / WikiGold / CoNLL held out / CoNLL++ dev; 67.7 / 54.6 / 83.5 / 88.7 with
// 1 and 1): --org-cost 2 68.6 / 54.0 / 82.6 / 88.7 (fewer false organizations, fewer right ones in news). The
// shipped model counts an extra set's mistake twice, with a quarter of each extra set's own weights (SET_SHARES).
const EXTRA_WEIGHT = opt('--extra-weight', 2);
const ORG_COST = opt('--org-cost', 1);
// With --holdout, one document in HOLDOUT_EVERY of each extra set's train part is held out as well.
const HOLDOUT_EVERY = 5;
// The floors on an organization's margin to report with (see src/engine/entities/unsureOrganizations.ts).
const ORG_MARGINS = args.includes('--org-margins') ? args[args.indexOf('--org-margins') + 1].split(',').map(Number) : [];
const TRY_SHARES = args.includes('--try-shares') ? args[args.indexOf('--try-shares') + 1].split(',').map(Number) : [NEWS_SHARE];
// The shares of the extra sets' own weights added to the shipped ones ("uner_ewt:0.5,wikigold:0.25"; "none" for
// none), and the mixes to report on besides (--try-set-shares, mixes split by ";"). Web text's own weights
// help web text and cost news: uner_ewt 0.25 (with --extra-weight 2) took the whole engine on UNER's held-out
// fifth from 70.1 to 73.2 and its check part from 62.4 to 64.3, but PolNeAR's organization speaker identity from
// 86.2 to 83.1 and CoNLL++ dev from 91.9 to 91.5 (on an older engine). With WikiGold's own weights as well, the
// whole engine at f2edbdd (npm run eval, shipped model -> uner_ewt 0.25 -> uner_ewt 0.25 and wikigold 0.25 ->
// and wikigold 0.5): UNER check 63.0 / 64.7 / 64.8 / 64.7, WikiGold check 74.9 / 74.8 / 75.2 / 74.9, CoNLL++ dev
// 92.4 / 91.9 / 91.8 / 91.2, PolNeAR named speaker identity 93.4 with each: the shipped model takes 0.25 of both.
const setShares = (text) => Object.fromEntries(text.split(',').filter((x) => x && x !== 'none').map((x) => [x.split(':')[0], Number(x.split(':')[1])]));
const SET_SHARES = setShares(args.includes('--set-shares') ? args[args.indexOf('--set-shares') + 1] : 'uner_ewt:0.25,wikigold:0.25');
const TRY_SET_SHARES = args.includes('--try-set-shares') ? args[args.indexOf('--try-set-shares') + 1].split(';').map(setShares) : [];
// The extra sets trained on as well (their train part): both by default, as the shipped model is trained;
// --sets none trains on CoNLL alone.
const SETS = args.includes('--sets') ? args[args.indexOf('--sets') + 1].split(',').filter((x) => x !== 'none') : EXTRA_SETS.map((x) => x.name);
const OUT = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]) : join(root, 'src', 'engine', 'entities', 'model', 'weights.ts');

const trainFile = join(evalDir, 'conllpp_train.jsonl');
if (!existsSync(trainFile)) {
  console.log(`No training data at ${trainFile}: the tagger needs ../shared/eval beside the repo.`);
  process.exit(0);
}

// Bundle the analysis code the tagger shares with the extension, so that training and use featurize alike.
const core = await importEngine(`export * from './src/engine/text/tokens'; export * from './src/engine/text/paragraphs';
  export * from './src/engine/entities/features'; export * from './src/engine/entities/tagger';
  export { wordClass } from './src/engine/entities/gazetteer';
  export { organizationFloor, withoutUnsureOrganizations } from './src/engine/entities/unsureOrganizations';
  export { organizationStands } from './src/engine/entities/local';`);
const LABELS = core.labelSet(CLASSES);

/**
 * Sentences of a document: tokens, static features, gold labels, and whether the set annotates MISC (where it
 * does not, a MISC guess on an unannotated word is no error: the set is silent about it).
 */
function prepare(doc) {
  const noMisc = doc.classes !== undefined && !doc.classes.includes('MISC');
  const domain = (doc.domain ?? NEWS) + ' '; // features hold no white space
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
      out.push({ toks, gold, statics, features, noMisc, domain });
    }
  }
  return out;
}

/**
 * A set that tags a place acting as a government ORG ("Washington said") is read with CoNLL's convention,
 * where it stays LOC: a name the lexicons know as a country, state or city and not as an organization. The
 * tagger learns one convention; a place that speaks is filed under its institution by speaker resolution
 * (claims/resolve.ts, institutionOf).
 */
function asConllPlace(e) {
  if (e.type !== 'ORG') return e;
  const cls = core.wordClass(e.text.toLowerCase());
  return /[CPS]/.test(cls) && !cls.includes('O') ? { ...e, type: 'LOC' } : e;
}

const readDocs = (file) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
let trainDocs = readDocs(trainFile);
// Held-out parts, by set: [name, documents].
const heldOut = [];
if (holdout) {
  const cut = Math.floor(trainDocs.length * 0.9);
  heldOut.push(['conllpp_train', trainDocs.slice(cut)]);
  trainDocs = trainDocs.slice(0, cut);
}
for (const set of EXTRA_SETS.filter((x) => SETS.includes(x.name))) {
  const file = join(evalDir, 'extra', `${set.name}.jsonl`);
  if (!existsSync(file)) continue;
  let docs = readDocs(file).filter((d) => !isCheckDoc(d.doc_id));
  if (holdout) {
    // --holdout keeps every HOLDOUT_EVERY-th document of the train part out too, to tune on without the check part.
    heldOut.push([`${set.name} train part`, docs.filter((_, i) => i % HOLDOUT_EVERY === 0).map((d) => ({ ...d, classes: set.classes }))]);
    docs = docs.filter((_, i) => i % HOLDOUT_EVERY !== 0);
  }
  console.log(`+ ${docs.length} documents of ${set.name} (train part)`);
  for (const d of docs) {
    const entities = set.placesActAsOrg ? d.entities.map(asConllPlace) : d.entities;
    trainDocs.push({ ...d, entities, classes: set.classes, domain: set.name });
  }
}
if (evalDev) heldOut.push(['conllpp_dev', readDocs(join(evalDir, 'conllpp_dev.jsonl'))]);
// --eval-check: also report on the extra sets' check parts, with their own conventions (never trained on).
const checkDocs = [];
for (const set of args.includes('--eval-check') ? EXTRA_SETS : []) {
  const file = join(evalDir, 'extra', `${set.name}.jsonl`);
  if (existsSync(file)) checkDocs.push([set.name, readDocs(file).filter((d) => isCheckDoc(d.doc_id)).map((d) => ({ ...d, classes: set.classes }))]);
}
const started = Date.now();
const train = trainDocs.flatMap(prepare);

// Features seen fewer than MIN_COUNT times in training are left out (less noise, a smaller model).
const counts = new Map();
for (const s of train) for (const fs of s.statics) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);

// Averaged perceptron with lazy averaging: per feature, current weights, summed weights, last update time.
// Each feature has a general weight and one per training set ("frustratingly easy domain adaptation", Daumé
// 2007): the sets' conventions differ (UNER, web text, has no MISC; casing differs), and what they share goes
// to the general weights. The shipped weight is the general one plus the news set's (CoNLL's): the engine
// reads news, and learns from the other sets what holds across them.
const params = new Map();
const L = LABELS.length;
let clock = 0;
function param(f) {
  let p = params.get(f);
  if (!p) params.set(f, (p = { w: new Float64Array(L), sum: new Float64Array(L), at: new Float64Array(L) }));
  return p;
}
function update(features, domain, k, delta) {
  for (const f of features) {
    if (!f.startsWith('t') && (counts.get(f) ?? 0) < MIN_COUNT) continue;
    for (const key of SETS.length ? [f, domain + f] : [f]) {
      const p = param(key);
      p.sum[k] += (clock - p.at[k]) * p.w[k];
      p.at[k] = clock;
      p.w[k] += delta;
    }
  }
}
const live = { get: (f) => params.get(f)?.w };
const domainWeights = (domain) => ({ get: (f) => params.get(domain + f)?.w });

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
      if (SETS.length) core.score(domainWeights(s.domain), feats, scores);
      let best = 0;
      for (let k = 1; k < L; k++) if (scores[k] > scores[best] && core.allowed(prev, LABELS[k])) best = k;
      const gold = LABELS.indexOf(s.gold[i]);
      const silent = s.noMisc && s.gold[i] === 'O' && LABELS[best].endsWith('MISC');
      if (best !== gold && !silent) {
        errors++;
        const falseOrg = LABELS[best].endsWith('ORG') && !s.gold[i].endsWith('ORG');
        const step = (s.domain === NEWS + ' ' ? NEWS_WEIGHT : EXTRA_WEIGHT) * (falseOrg ? ORG_COST : 1);
        update(feats, s.domain, gold, step);
        update(feats, s.domain, best, -step);
      }
      pred.push(LABELS[best]);
    }
  }
  console.log(`epoch ${epoch + 1}: ${errors} token errors (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

// Average, quantize to integers, drop features whose weights are all smaller than MIN_WEIGHT. The shipped
// weight is the general one plus `share` times the news set's own (and `sets`' shares of theirs).
const average = (p, k) => (p ? (p.sum[k] + (clock - p.at[k]) * p.w[k]) / clock : 0);
function shippedModel(share, minWeight = MIN_WEIGHT, sets = SET_SHARES) {
  const model = new Map();
  for (const [f, p] of params) {
    if (f.includes(' ')) continue; // a set's own weight: the news set's is added to the general one below
    const news = params.get(NEWS + ' ' + f);
    const own = Object.entries(sets).map(([name, s]) => [params.get(name + ' ' + f), s]);
    const q = new Int32Array(L);
    let largest = 0;
    for (let k = 0; k < L; k++) {
      const avg = average(p, k) + share * average(news, k) + own.reduce((a, [o, s]) => a + s * average(o, k), 0);
      q[k] = Math.round(avg / STEP);
      largest = Math.max(largest, Math.abs(q[k]));
    }
    if (largest >= minWeight) model.set(f, q);
  }
  return model;
}
const model = shippedModel(NEWS_SHARE);

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

/**
 * Token-level span F1 of `model` on `docs` (gold sentences), MISC left out, per class and micro; the organizations
 * under `orgFloor` (by default the engine's floor for the sentence) taken out by the engine's own code.
 */
function report(label, model, docs, orgFloor) {
  const tally = {};
  for (const doc of docs) {
    for (const s of prepare(doc)) {
      const margins = [];
      const tags = core.tagSentence(model, LABELS, s.toks.length, s.features, margins);
      const labels = core.withoutUnsureOrganizations(tags, margins, (first, end) => core.organizationStands(s.toks, first, end), orgFloor ?? core.organizationFloor(s.toks.map((t) => t.text)));
      const pred = new Set(spans(s.toks, labels).filter((x) => !x.startsWith('MISC')));
      const gold = new Set(spans(s.toks, s.gold).filter((x) => !x.startsWith('MISC')));
      for (const x of pred) (tally[x.split(':')[0]] ??= { tp: 0, fp: 0, fn: 0 })[gold.has(x) ? 'tp' : 'fp']++;
      for (const x of gold) if (!pred.has(x)) (tally[x.split(':')[0]] ??= { tp: 0, fp: 0, fn: 0 }).fn++;
    }
  }
  const f1 = ({ tp, fp, fn }) => ((200 * tp) / (2 * tp + fp + fn)).toFixed(1);
  const precision = ({ tp, fp }) => ((100 * tp) / (tp + fp)).toFixed(1);
  const all = Object.values(tally).reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { tp: 0, fp: 0, fn: 0 });
  console.log(`${label}: token-level span F1 (gold sentences):`, Object.entries(tally).map(([k, t]) => `${k} ${f1(t)} (P ${precision(t)})`).join(', '), `micro ${f1(all)}`);
}
for (const share of TRY_SHARES) {
  const tried = share === NEWS_SHARE ? model : shippedModel(share);
  for (const [name, docs] of heldOut) report(`news share ${share}, ${tried.size} features: ${name} held out`, tried, docs);
  for (const [name, docs] of checkDocs) report(`news share ${share}: ${name} check part`, tried, docs);
}
for (const sets of TRY_SET_SHARES) {
  const tried = shippedModel(NEWS_SHARE, MIN_WEIGHT, sets);
  const label = Object.entries(sets).map(([name, s]) => `${name} ${s}`).join(', ');
  for (const [name, docs] of heldOut) report(`set shares ${label}: ${name} held out`, tried, docs);
  for (const [name, docs] of checkDocs) report(`set shares ${label}: ${name} check part`, tried, docs);
  if (!holdout) writeModel(tried, OUT.replace(/\.ts$/, `.${Object.entries(sets).map(([name, s]) => name + s).join('-')}.ts`));
}
for (const floor of ORG_MARGINS) {
  for (const [name, docs] of heldOut) report(`organization margin ≥ ${floor}: ${name} held out`, model, docs, floor);
  for (const [name, docs] of checkDocs) report(`organization margin ≥ ${floor}: ${name} check part`, model, docs, floor);
}

// --try-min-weights 6,8: also writes the model pruned at each of these sizes (OUT with .mwN before .ts), with
// its scores, to pick a size without training again.
const TRY_MIN_WEIGHTS = args.includes('--try-min-weights') ? args[args.indexOf('--try-min-weights') + 1].split(',').map(Number) : [];
for (const minWeight of TRY_MIN_WEIGHTS) {
  const pruned = shippedModel(NEWS_SHARE, minWeight);
  for (const [name, docs] of heldOut) report(`min weight ${minWeight}, ${pruned.size} features: ${name} held out`, pruned, docs);
  for (const [name, docs] of checkDocs) report(`min weight ${minWeight}: ${name} check part`, pruned, docs);
  if (!holdout) writeModel(pruned, OUT.replace(/\.ts$/, `.mw${minWeight}.ts`));
}

// With --holdout the model is written only to an explicit --out (to analyse the held-out parts with the engine).
if (!holdout || args.includes('--out')) writeModel(model, OUT);

function writeModel(model, OUT) {
  // Compact: the feature names as text ("<TAB>prefix" opens a section, as no value holds white space; then
  // one value a line), and their weights, LABELS.length a feature in the names' order: first of the features
  // whose weights all lie within ±SMALL_LIMIT, one character a weight (code ZERO + weight: byte-aligned text that the
  // .vsix's zip packs a fifth smaller than base64 bytes), then of the few others, base64 16-bit words
  // (little-endian). Decoding takes milliseconds, where parsing a number per weight took most of a first analysis.
  const rows = [...model].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const fits = (q) => q.every((v) => v >= -SMALL_LIMIT && v <= SMALL_LIMIT);
  const narrow = rows.filter(([, q]) => fits(q));
  const wide = rows.filter(([, q]) => !fits(q));
  const names = [];
  for (const part of [narrow, wide]) {
    let section;
    for (const [f] of part) {
      const cut = f.indexOf('=');
      if (f.slice(0, cut) !== section) names.push('\t' + (section = f.slice(0, cut)));
      names.push(f.slice(cut + 1));
    }
  }
  const literal = names.join('\n').replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${');
  const small = narrow.flatMap(([, q]) => [...q].map((v) => String.fromCharCode(ZERO + v))).join('').replace(/\\/g, '\\\\');
  const words = Buffer.from(Int16Array.from(wide.flatMap(([, q]) => [...q])).buffer).toString('base64');
  writeFileSync(
    OUT,
    `// Generated by scripts/train-ner.mjs from conllpp_train${SETS.map((x) => ', ' + x).join('')} (do not edit):\n`
    + '// entity tagger weights. FEATURES: "<TAB>p" opens the features "p=…", then one value a line; the first\n'
    + `// NARROW features have their weights (one per label of LABELS) in SMALL, one character each, its code ${ZERO} +\n`
    + '// the weight; the rest in WORDS, base64 16-bit little-endian words.\n'
    + `export const LABELS = '${LABELS.join(' ')}';\n`
    + `export const NARROW = ${narrow.length};\n`
    + `export const FEATURES = \`${literal}\`;\n`
    + `export const SMALL = '${small}';\n`
    + `export const WORDS = '${words}';\n`,
  );
  console.log(`wrote ${OUT}: ${model.size} features (${wide.length} of 16 bits), ${((literal.length + small.length + words.length) / 1024).toFixed(0)} KB`);
}
console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
