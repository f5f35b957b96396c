// Bundles the extension and the CLI with esbuild. --release minifies without source maps; --watch rebuilds.
import * as fs from 'fs';
import * as path from 'path';
import * as acorn from 'acorn';
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
  // esbuild writes a pattern with \p{…} as `new RegExp(source, flags)` for every target (it cannot know which
  // Unicode version the runtime has), and a function that tests /^\p{Lu}/u then builds a RegExp through the
  // constructor and its cache on every call: ~0.6 µs more than a literal, 420,000 times per MB of news text.
  // Node 18 and every browser VS Code for the Web runs in have these escapes, so they stay literals.
  supported: { 'regexp-unicode-property-escapes': true },
};

/** A plugin that rewrites each JavaScript file the build wrote, `rewrite(text, file)` giving its new text. */
function rewritingOutputs(name, rewrite) {
  return {
    name,
    setup(build) {
      build.initialOptions.metafile = true;
      build.onEnd((result) => {
        for (const file of Object.keys(result.metafile?.outputs ?? {}).filter((f) => f.endsWith('.js'))) {
          const text = fs.readFileSync(file, 'utf8');
          const rewritten = rewrite(text, file);
          if (rewritten !== text) fs.writeFileSync(file, rewritten);
        }
      });
    },
  };
}

// Node reads a script that is not pure ASCII into a two-byte string, which V8 then scans and compiles more slowly:
// one curly quote in a pattern made the whole 1 MB engine two-byte (callgrind, load + first analysis of the seed:
// 1,501 -> 1,442 M instructions once ASCII). esbuild escapes non-ASCII characters in strings and templates but not
// in regular expression literals, so this writes those as \uXXXX escapes (the same code units, so the same pattern
// with or without the u flag). An identity escape (a backslash before such a character) would need more: it stops
// the build. Line lengths change, so a dev build's source map is off by a few columns on those lines.
const asciiOutput = rewritingOutputs('ascii-output', (text, file) => {
  if (/\\[\u0080-\uffff]/.test(text)) throw new Error(`${file}: a backslash before a non-ASCII character`);
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
});

// V8 checks a regular expression literal's syntax whenever it parses the code around it: once when the bundle
// loads, again when the function holding it first runs, and parses it once more to build the object and again to
// compile it. For each \p{…} in it, every one of those parses asks ICU for the property's ranges and sorts them:
// 40 % of a fresh worker's load and first analysis of the seed (callgrind). A pattern built with `new RegExp` from
// a string is parsed only when built and when compiled. So a \p{…} literal at the top of a module (built once) is
// written as `new RegExp(source, flags)` in place, and one inside a function, unless global or sticky (those keep a
// position), as one shared RegExp built when the bundle loads (a literal builds a new object on every evaluation,
// and the esbuild way, `new RegExp` at each use, costs a constructor call each time: see `supported` above).
// Callgrind, a fresh process loading the release engine and analysing the seed: 1,607 -> 1,455 M instructions.
const sharedPatterns = rewritingOutputs('shared-patterns', withSharedPatterns);

/** `code` with its \p{…} literals built from strings (see sharedPatterns); offsets change within lines only. */
function withSharedPatterns(code, file) {
  const program = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
  const names = new Set();
  const edits = [];
  const shared = new Map();
  const built = (regex) => `new RegExp(${JSON.stringify(regex.pattern)}, ${JSON.stringify(regex.flags)})`;
  (function visit(node, inFunction) {
    if (node.type === 'Identifier') names.add(node.name);
    if (node.type === 'Literal' && node.regex?.pattern.includes('\\p{')) {
      if (!inFunction) edits.push([node.start, node.end, ` ${built(node.regex)} `]);
      else if (!/[gy]/.test(node.regex.flags)) {
        const source = built(node.regex);
        if (!shared.has(source)) shared.set(source, `__sharedPattern${shared.size}`);
        edits.push([node.start, node.end, ` ${shared.get(source)} `]);
      }
    }
    const inner = inFunction || /Function|ClassBody/.test(node.type);
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) if (typeof child?.type === 'string') visit(child, inner);
    }
  })(program, false);
  if ([...shared.values()].some((name) => names.has(name))) throw new Error(`${file}: already names a __sharedPattern`);
  if (shared.size) {
    // After the directive prologue ("use strict" must stay the first statement), on its line.
    const first = program.body[0];
    const at = first.directive ? first.end : first.start;
    edits.push([at, at, `var ${[...shared].map(([source, name]) => `${name} = ${source}`).join(', ')};`]);
  }
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

// The analysis engine is a file of its own, dist/engine.js, which the extension requires on first use and the
// worker shares: compiling it at activation would cost more than all the rest of the extension.
const engineApart = {
  name: 'engine-apart',
  setup(build) {
    build.onResolve({ filter: /\/engine\/incremental$/ }, () => ({ path: './engine.js', external: true }));
  },
};

// VS Code for the Web loads the `browser` entry, dist/web/extension.js, in a Web Worker: the analysis backend there
// is analysisBackend.web.ts (a Web Worker, no Node), in place of analysisBackend.ts.
const webBackend = {
  name: 'web-backend',
  setup(build) {
    build.onResolve({ filter: /\/analysisBackend$/ }, (args) => ({ path: path.resolve(args.resolveDir, `${args.path}.web.ts`) }));
  },
};
// The global through which the web worker's script finds the engine; the browser bundle gets it as the constant
// WEB_ENGINE_GLOBAL (src/vscode/documents/webWorkerSource.d.ts).
const ENGINE_GLOBAL = 'newsAnnotatorEngine';
const web = { ...common, platform: 'browser', target: 'es2022', charset: 'utf8' };
// Node's `os` in a browser: annotator.ts asks it for the user name and falls back to 'unknown' when it throws.
const browserOs = {
  name: 'browser-os',
  setup(build) {
    build.onResolve({ filter: /^(node:)?os$/ }, () => ({ path: 'os', namespace: 'browser-os' }));
    build.onLoad({ filter: /.*/, namespace: 'browser-os' }, () => ({
      contents: 'export function userInfo() { throw new Error("no operating system user in a browser"); }',
      loader: 'js',
    }));
  },
};
// In the Web Worker the engine is dist/engine.js itself, run before the worker's script (analysisBackend.web.ts
// joins the two into one blob), not a second copy inside the browser bundle: the engine is most of the .vsix.
const engineFromGlobal = {
  name: 'engine-from-global',
  setup(build) {
    build.onResolve({ filter: /\/engine\/incremental$/ }, () => ({ path: 'engine', namespace: 'engine-from-global' }));
    build.onLoad({ filter: /.*/, namespace: 'engine-from-global' }, () => ({
      contents: `module.exports = self.${ENGINE_GLOBAL};`,
      loader: 'js',
    }));
  },
};
// The Web Worker's script (the analysis service, without the engine) goes into the browser bundle as the text of
// the module 'web-worker-source' (see src/vscode/documents/webWorkerSource.d.ts).
const webWorkerSource = {
  name: 'web-worker-source',
  setup(build) {
    build.onResolve({ filter: /^web-worker-source$/ }, () => ({ path: 'web-worker-source', namespace: 'web-worker-source' }));
    build.onLoad({ filter: /.*/, namespace: 'web-worker-source' }, async () => {
      const worker = await esbuild.build({
        ...web, format: 'iife', entryPoints: ['src/worker/webEntry.ts'], sourcemap: false, write: false, metafile: true, logLevel: 'warning',
        plugins: [engineFromGlobal],
      });
      return { contents: worker.outputFiles[0].text, loader: 'text', watchFiles: Object.keys(worker.metafile.inputs) };
    });
  },
};

const builds = [
  { ...common, entryPoints: { extension: 'src/vscode/extension.ts', analysisWorker: 'src/worker/entry.ts' }, outdir, external: ['vscode'], plugins: [engineApart, sharedPatterns, asciiOutput] },
  { ...common, entryPoints: { engine: 'src/engine/incremental.ts' }, outdir, plugins: [sharedPatterns, asciiOutput] },
  // The Share of Voice webview's script (with Chart.js): runs in the webview, a browser page.
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: { shareOfVoice: 'src/webview/shareOfVoice.ts' }, outdir },
  // ES modules it bundles (tinyglobby's fdir) read import.meta.url, which a CommonJS bundle must supply.
  {
    ...common,
    entryPoints: { 'news-annotate': 'src/cli/news-annotate.ts' },
    outdir,
    banner: { js: '#!/usr/bin/env node\nconst __importMetaUrl = require(\'url\').pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__importMetaUrl' },
    plugins: [sharedPatterns, asciiOutput],
  },
  {
    ...web,
    entryPoints: { extension: 'src/vscode/extension.ts' },
    outdir: path.join(outdir, 'web'),
    external: ['vscode'],
    define: { WEB_ENGINE_GLOBAL: JSON.stringify(ENGINE_GLOBAL) },
    plugins: [webBackend, webWorkerSource, browserOs],
  },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
