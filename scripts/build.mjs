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

const builds = [
  { ...common, entryPoints: { extension: 'src/extension.ts', analysisWorker: 'src/analysisWorker.ts' }, outdir, external: ['vscode'] },
  { ...common, entryPoints: { 'news-annotate': 'src/cli/news-annotate.ts' }, outdir, banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
