// The engine's own TypeScript, bundled in memory and imported, for the build and training scripts: they read text
// as the engine does (its tokenizer, features, cue verbs), so what they learn fits what the engine sees.
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The exports of `contents`, a module of export lines over './src/…' paths from the repository's root. */
export async function importEngine(contents, plugins = []) {
  const bundle = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning', plugins,
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}
