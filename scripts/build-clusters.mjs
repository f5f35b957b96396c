// Writes src/engine/entities/model/clusters.ts: word clusters learned from unlabelled text, a feature of the
// entity tagger that holds up away from its training genre (Ratinov & Roth 2009; Agerri & Rigau 2016): a word the
// labelled sets never show gets the weights its cluster learned from the words it shares contexts with. The
// clusters are class-bigram (Brown) classes found by the exchange algorithm (Martin, Liebermann & Ney 1998): each
// lower-cased word moves, in turn, to the class that most raises the likelihood of the text's class bigrams.
// The text is what we may learn from: the train parts of the gold sets (conllpp_train and polnear_train as plain
// text, the extra sets' train parts, see extra-split.mjs; never a dev set or a check part) and seeds/.
// Deterministic. Takes a minute or two on one core.
// Usage: npm run build:clusters [-- --classes N] [-- --min-count N] [-- --rounds N] (needs ../shared/eval)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTRA_SETS, isCheckDoc } from './extra-split.mjs';
import { importEngine } from './importEngine.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '..', 'shared', 'eval');
const OUT = join(root, 'src', 'engine', 'entities', 'model', 'clusters.ts');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
// Classes: at most 256, as each is written as two hex digits.
const CLASSES = opt('--classes', 256);
// Words seen fewer times are left unclustered: their contexts are too few to place them.
const MIN_COUNT = opt('--min-count', 3);
// Rounds of moving every word; the likelihood gains little after fifteen.
const ROUNDS = opt('--rounds', 15);
// The stand-in for every word seen fewer than MIN_COUNT times, and for a sentence's edges.
const RARE = '<rare>';
const EDGE = '<s>';

const trainFile = join(evalDir, 'conllpp_train.jsonl');
if (!existsSync(trainFile)) {
  console.log(`No training text at ${trainFile}: the clusters need ../shared/eval beside the repo.`);
  process.exit(0);
}

// Tokenize as the engine does, so that the clusters' words are the tagger's.
const core = await importEngine('export * from \'./src/engine/text/tokens\'; export * from \'./src/engine/text/paragraphs\';');

const readDocs = (file) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const texts = readDocs(trainFile).map((d) => d.text);
const polnear = join(evalDir, 'polnear_train.jsonl');
if (existsSync(polnear)) for (const d of readDocs(polnear)) texts.push(d.text);
for (const { name } of EXTRA_SETS) {
  const file = join(evalDir, 'extra', `${name}.jsonl`);
  if (existsSync(file)) for (const d of readDocs(file)) if (!isCheckDoc(d.doc_id)) texts.push(d.text);
}
for (const f of readdirSync(join(root, 'seeds')).filter((x) => !x.endsWith('.md')).sort()) {
  texts.push(readFileSync(join(root, 'seeds', f), 'utf8'));
}

// Sentences as lists of lower-cased words (numbers and punctuation kept: they are contexts too).
const sentences = [];
const counts = new Map();
for (const text of texts) {
  for (const line of core.splitLines(text)) {
    const tokens = core.tokenize(text.slice(line.start, line.end));
    for (const [a, b] of core.sentenceRanges(tokens)) {
      const words = tokens.slice(a, b).map((t) => (t.kind === 'number' ? '<num>' : t.text.toLowerCase()));
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      sentences.push(words);
    }
  }
}
const vocabulary = [...counts].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
vocabulary.push(RARE, EDGE);
const id = new Map(vocabulary.map((w, i) => [w, i]));
const V = vocabulary.length;
const rare = id.get(RARE);
const edge = id.get(EDGE);

// Word bigram counts (a word after itself is left out: it would count in both of its class's row and column).
const pairs = new Map();
let tokenCount = 0;
for (const words of sentences) {
  let prev = edge;
  for (const w of [...words, EDGE]) {
    const cur = w === EDGE ? edge : id.get(w) ?? rare;
    if (cur !== prev) {
      const key = prev * V + cur;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    prev = cur;
    tokenCount++;
  }
}
console.log(`${sentences.length} sentences, ${tokenCount} tokens, ${V} words, ${pairs.size} word bigrams`);

/** Compressed rows: for each word, its neighbours on one side and the bigram counts. */
function adjacency(right) {
  const degree = new Int32Array(V + 1);
  for (const key of pairs.keys()) degree[(right ? Math.floor(key / V) : key % V) + 1]++;
  for (let i = 0; i < V; i++) degree[i + 1] += degree[i];
  const next = degree.slice(0, V);
  const other = new Int32Array(pairs.size);
  const count = new Float64Array(pairs.size);
  for (const [key, n] of pairs) {
    const a = Math.floor(key / V);
    const b = key % V;
    const at = next[right ? a : b]++;
    other[at] = right ? b : a;
    count[at] = n;
  }
  return { start: degree, other, count };
}
const rightOf = adjacency(true);
const leftOf = adjacency(false);
const total = (adj, w) => {
  let s = 0;
  for (let k = adj.start[w]; k < adj.start[w + 1]; k++) s += adj.count[k];
  return s;
};
const asLeft = Float64Array.from(vocabulary, (_, w) => total(rightOf, w));
const asRight = Float64Array.from(vocabulary, (_, w) => total(leftOf, w));

// Start: words by frequency dealt round the classes; the edge and rare stand-ins stay in classes of their own.
const C = CLASSES;
const cls = Int32Array.from(vocabulary, (_, w) => w % (C - 2));
cls[edge] = C - 2;
cls[rare] = C - 1;
const N = new Float64Array(C * C);
const Nl = new Float64Array(C);
const Nr = new Float64Array(C);
for (const [key, n] of pairs) {
  const a = cls[Math.floor(key / V)];
  const b = cls[key % V];
  N[a * C + b] += n;
  Nl[a] += n;
  Nr[b] += n;
}
const f = (x) => (x > 0 ? x * Math.log(x) : 0);
const likelihood = () => {
  let s = 0;
  for (let i = 0; i < C * C; i++) s += f(N[i]);
  for (let c = 0; c < C; c++) s -= f(Nl[c]) + f(Nr[c]);
  return s;
};

const R = new Float64Array(C);
const L = new Float64Array(C);
/** Adds (sign 1) or takes away (-1) word w's bigrams to or from class c; R and L hold its neighbours' classes. */
function move(w, c, sign, rs, ls) {
  for (const d of rs) N[c * C + d] += sign * R[d];
  for (const d of ls) N[d * C + c] += sign * L[d];
  Nl[c] += sign * asLeft[w];
  Nr[c] += sign * asRight[w];
}
/** Class counts of a word's neighbours on one side into `into`; the classes touched. */
function neighbourClasses(adj, w, into) {
  const touched = [];
  for (let k = adj.start[w]; k < adj.start[w + 1]; k++) {
    const d = cls[adj.other[k]];
    if (into[d] === 0) touched.push(d);
    into[d] += adj.count[k];
  }
  return touched;
}

console.log(`start: log-likelihood ${likelihood().toFixed(0)}`);
for (let round = 0; round < ROUNDS; round++) {
  let moved = 0;
  for (let w = 0; w < V; w++) {
    if (w === edge || w === rare) continue;
    const rs = neighbourClasses(rightOf, w, R);
    const ls = neighbourClasses(leftOf, w, L);
    const from = cls[w];
    move(w, from, -1, rs, ls);
    let best = from;
    let bestGain = -Infinity;
    for (let c = 0; c < C - 2; c++) {
      let gain = f(Nl[c]) - f(Nl[c] + asLeft[w]) + f(Nr[c]) - f(Nr[c] + asRight[w]);
      for (const d of rs) gain += f(N[c * C + d] + R[d]) - f(N[c * C + d]);
      for (const d of ls) gain += f(N[d * C + c] + L[d]) - f(N[d * C + c]);
      // Into its own class, the word's bigrams with its classmates fill one cell from both sides at once.
      if (R[c] > 0 && L[c] > 0) {
        const n = N[c * C + c];
        gain += f(n + R[c] + L[c]) - f(n + R[c]) - f(n + L[c]) + f(n);
      }
      if (gain > bestGain + 1e-9 || (c === from && gain >= bestGain - 1e-9)) {
        best = c;
        bestGain = gain;
      }
    }
    move(w, best, 1, rs, ls);
    if (best !== from) moved++;
    cls[w] = best;
    for (const d of rs) R[d] = 0;
    for (const d of ls) L[d] = 0;
  }
  console.log(`round ${round + 1}: ${moved} words moved, log-likelihood ${likelihood().toFixed(0)}`);
  if (moved === 0) break;
}

// Only words with a letter are written (numbers and punctuation have their shape features).
const rows = vocabulary
  .map((w, i) => [w, cls[i]])
  .filter(([w]) => w !== RARE && w !== EDGE && /\p{L}/u.test(w) && !/\s/u.test(w))
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const literal = rows.map(([w]) => w).join('\n').replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${');
const ids = rows.map(([, c]) => c.toString(16).padStart(2, '0')).join('');
writeFileSync(
  OUT,
  `// Generated by scripts/build-clusters.mjs (do not edit): ${C} word clusters of the lower-cased words seen at least\n`
  + `// ${MIN_COUNT} times in the unlabelled text. WORDS: sorted, one a line; CLUSTERS: each word's cluster, two hex digits.\n`
  + `export const WORDS = \`${literal}\`;\n`
  + `export const CLUSTERS = '${ids}';\n`,
);
console.log(`wrote ${OUT}: ${rows.length} words, ${((literal.length + ids.length) / 1024).toFixed(0)} KB`);
