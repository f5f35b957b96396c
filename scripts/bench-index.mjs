// The editor's workspace index on 1,000 articles (run by scripts/bench.mjs, or alone): the same code as the
// extension's index (src/worker/cachedAnalyses.ts through one analysis worker, src/presentation/corpus models)
// with Node's fs in place of VS Code's. Cold: nothing cached, every article analysed; warm: reopening the
// folder, every analysis read from the cache by content hash. Articles are eval texts (or seeds/) with a
// `date` header, each made unique, written under .bench/ and never to git.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ARTICLES = 1000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, '.bench', 'index');
const require = createRequire(import.meta.url);

fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const dist = path.join(work, 'dist');
const built = spawnSync(process.execPath, ['scripts/build.mjs', '--release', '--outdir', dist], { cwd: root, encoding: 'utf8' });
if (built.status !== 0) throw new Error(`release build failed:\n${built.stderr}`);
const bundle = path.join(work, 'index.cjs');
await esbuild.build({
  stdin: {
    contents: [
      'export { CachedAnalyses } from \'./src/worker/cachedAnalyses\';',
      'export { WorkerClient } from \'./src/worker/client\';',
      'export { nodeWorker } from \'./src/worker/nodeWorker\';',
      'export { corpusArticle } from \'./src/presentation/corpus/article\';',
      'export { corpusSpeakers } from \'./src/presentation/corpus/speakers\';',
      'export { shareOfVoice } from \'./src/presentation/corpus/shareOfVoice\';',
      'export { PeopleIndex } from \'./src/presentation/corpus/people\';',
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
    sourcefile: 'bench-index-entry.ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  // As scripts/build.mjs bundles what ships: \p{…} patterns stay literals (see there).
  supported: { 'regexp-unicode-property-escapes': true },
  outfile: bundle,
  logLevel: 'warning',
});
const { CachedAnalyses, WorkerClient, nodeWorker, corpusArticle, corpusSpeakers, shareOfVoice, PeopleIndex } = require(bundle);

const folder = path.join(work, 'articles');
fs.mkdirSync(folder);
const pool = texts();
let bytes = 0;
for (let i = 0; i < ARTICLES; i++) {
  const day = String((i % 28) + 1).padStart(2, '0');
  const text = `date 2024-${String((i % 12) + 1).padStart(2, '0')}-${day}\n\n${pool.texts[i % pool.texts.length]}\n\n(Article ${i + 1}.)\n`;
  bytes += Buffer.byteLength(text);
  fs.writeFileSync(path.join(folder, `${String(i).padStart(4, '0')}.article`), text);
}

/** The editor's cache, on Node's fs: one JSON file per content hash. */
const cacheFolder = path.join(work, 'cache');
fs.mkdirSync(cacheFolder);
const cache = {
  get: async (hash) => {
    try {
      return JSON.parse(await fs.promises.readFile(path.join(cacheFolder, `${hash}.json`), 'utf8'));
    } catch {
      return undefined;
    }
  },
  set: (hash, analysis) => fs.promises.writeFile(path.join(cacheFolder, `${hash}.json`), JSON.stringify(analysis)),
};

console.log(`editor index: ${ARTICLES} articles (${(bytes / 1e6).toFixed(1)} MB) from ${pool.source}, one analysis worker as in the extension`);
for (const pass of ['cold (nothing cached)', 'warm (reopened: all cached)']) {
  const client = new WorkerClient(nodeWorker(path.join(dist, 'analysisWorker.js')), { workers: 1 });
  const analyses = new CachedAnalyses(client, cache);
  const start = performance.now();
  const articles = [];
  for (const name of fs.readdirSync(folder).sort()) {
    const text = await fs.promises.readFile(path.join(folder, name), 'utf8');
    const analysis = await analyses.analyze(name, text);
    articles.push(corpusArticle(name, name, text, analysis));
  }
  const indexed = performance.now();
  const people = new PeopleIndex();
  const cpu = process.cpuUsage();
  const speakers = corpusSpeakers(articles, people);
  const treeCpu = process.cpuUsage(cpu);
  shareOfVoice(articles, people);
  const modelsCpu = process.cpuUsage(cpu);
  const modelled = performance.now();
  client.dispose();
  const { hits, analysed } = analyses.stats;
  console.log(
    `  ${pass.padEnd(28)} index ${(indexed - start) / 1000 < 10 ? ((indexed - start) / 1000).toFixed(2) : ((indexed - start) / 1000).toFixed(1)} s`
    + ` (${analysed} analysed, ${hits} from cache; ${((indexed - start) / ARTICLES).toFixed(1)} ms per article);`
    + ` Corpus view model ${cpuMs(treeCpu)} ms CPU, + share of voice ${cpuMs(modelsCpu)} ms CPU (${Math.round(modelled - indexed)} ms wall; ${speakers.length} speakers)`,
  );
}

function cpuMs({ user, system }) {
  return Math.round((user + system) / 1000);
}

function texts() {
  const evalDir = path.join(root, '../shared/eval');
  if (fs.existsSync(path.join(evalDir, 'polnear_dev.jsonl'))) {
    const lines = ['polnear_dev.jsonl', 'polnear_train.jsonl']
      .filter((f) => fs.existsSync(path.join(evalDir, f)))
      .flatMap((f) => fs.readFileSync(path.join(evalDir, f), 'utf8').split('\n').filter(Boolean));
    return { source: '../shared/eval polnear texts', texts: lines.map((line) => JSON.parse(line).text) };
  }
  const dir = path.join(root, 'seeds');
  const files = fs.readdirSync(dir).filter((f) => /^\d{3}_/.test(f)).sort();
  // Without the header line: each bench article gets its own.
  return { source: 'seeds/ articles', texts: files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/^.*\n/, '')) };
}
