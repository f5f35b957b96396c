// Checks what `npm run package` ships: builds the .vsix with @vscode/vsce into a temp folder, requires it to be
// under 1 MB, installs it with code-server's `--install-extension` into a fresh extensions folder, requires
// `--list-extensions` to show it, and requires the installed files to be exactly what runs: every file the
// manifest names, the runtime bundles, and nothing else (no sources, tests, seeds, source maps or CLI bundle).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { codeServerCli, ROOT } from './codeServer.mjs';
import { ensureHost } from './install.mjs';

const MAX_BYTES = 1_000_000;
// Files allowed in the installed extension besides those the manifest names (vsce renames LICENSE and README).
const ALLOWED = [
  /^package\.json$/,
  /^readme\.md$/,
  /^LICENSE\.txt$/,
  /^\.vsixmanifest$/,
  /^language-configuration\.json$/,
  /^dist\/(?!news-annotate\.js$)[\w-]+\.js$/,
  /^dist\/web\/extension\.js$/,
  /^syntaxes\/[\w.-]+\.json$/,
  /^media\/[\w.-]+\.(png|svg)$/,
];

/** Paths in package.json that must exist in the installed extension. */
function manifestFiles(manifest) {
  const c = manifest.contributes ?? {};
  const files = [manifest.main, manifest.browser, manifest.icon];
  for (const l of c.languages ?? []) files.push(l.configuration, l.icon?.light, l.icon?.dark);
  for (const g of c.grammars ?? []) files.push(g.path);
  for (const containers of Object.values(c.viewsContainers ?? {})) for (const v of containers) files.push(v.icon);
  return files.filter((f) => typeof f === 'string' && !f.startsWith('$(')).map((f) => path.posix.normalize(f));
}

function listFiles(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

function check() {
  const problems = [];
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-package-'));
  try {
    const vsix = path.join(tmp, `${manifest.name}-${manifest.version}.vsix`);
    try {
      execFileSync('npm', ['run', '--silent', 'package', '--', '-o', vsix], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    } catch {
      return ['`npm run package` failed (its messages are above)'];
    }
    const size = fs.statSync(vsix).size;
    if (size >= MAX_BYTES) problems.push(`the .vsix is ${size} bytes, not under ${MAX_BYTES}`);

    codeServerCli(tmp, ['--install-extension', vsix]);
    const listed = codeServerCli(tmp, ['--list-extensions', '--show-versions']).split('\n');
    if (!listed.includes(`${id}@${manifest.version}`)) {
      problems.push(`--list-extensions does not show ${id}@${manifest.version}: ${listed.join(' ')}`);
    }
    const installedDir = path.join(tmp, 'extensions', `${id}-${manifest.version}`);
    const files = fs.existsSync(installedDir) ? listFiles(installedDir).sort() : [];
    for (const f of manifestFiles(manifest)) if (!files.includes(f)) problems.push(`missing ${f}, named in package.json`);
    for (const f of files) if (!ALLOWED.some((re) => re.test(f))) problems.push(`ships ${f}, which does not run`);

    console.log(`package: ${path.basename(vsix)}, ${(size / 1024).toFixed(0)} KB, installs as ${id}@${manifest.version}:`);
    for (const f of files) console.log(`  ${f} (${(fs.statSync(path.join(installedDir, f)).size / 1024).toFixed(1)} KB)`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return problems;
}

ensureHost('package');
const problems = check();
for (const p of problems) console.error(`package: ${p}`);
process.exitCode = problems.length > 0 ? 1 : 0;
