// Bundles the extension and the CLI with esbuild. --release minifies without source maps; --watch rebuilds.
import * as esbuild from 'esbuild';

const release = process.argv.includes('--release');
const watch = process.argv.includes('--watch');
// --outdir DIR builds elsewhere than dist/ (the bench measures a release bundle without touching dist/).
const outdirArg = process.argv.indexOf('--outdir');
const outdir = outdirArg > 0 ? process.argv[outdirArg + 1] : 'dist';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: release,
  sourcemap: !release,
  logLevel: 'info',
  legalComments: 'none',
};

// The analysis engine is a file of its own, dist/engine.js, which the extension requires on first use and the
// worker shares: compiling it at activation would cost more than all the rest of the extension.
const engineApart = {
  name: 'engine-apart',
  setup(build) {
    build.onResolve({ filter: /\/engine\/incremental$/ }, () => ({ path: './engine.js', external: true }));
  },
};

const builds = [
  { ...common, entryPoints: { extension: 'src/vscode/extension.ts', analysisWorker: 'src/worker/entry.ts' }, outdir, external: ['vscode'], plugins: [engineApart] },
  { ...common, entryPoints: { engine: 'src/engine/incremental.ts' }, outdir },
  // The Share of Voice webview's script (with Chart.js): runs in the webview, a browser page.
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: { shareOfVoice: 'src/webview/shareOfVoice.ts' }, outdir },
  // ES modules it bundles (tinyglobby's fdir) read import.meta.url, which a CommonJS bundle must supply.
  {
    ...common,
    entryPoints: { 'news-annotate': 'src/cli/news-annotate.ts' },
    outdir,
    banner: { js: '#!/usr/bin/env node\nconst __importMetaUrl = require(\'url\').pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__importMetaUrl' },
  },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
