// What `npm start` and `npm test` need on a fresh clone, installed if missing and said so while it happens:
// the project's npm packages (npm install) and the browser-based VS Code host (test/host/install.mjs).
// Only Node built-ins here: nothing else exists before the first install.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { ensureHost } from '../test/host/install.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The dependencies of package.json that node_modules lacks. */
function missingPackages() {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
  return names.filter((name) => !fs.existsSync(path.join(ROOT, 'node_modules', name, 'package.json')));
}

export function ensureInstalled(label) {
  const missing = missingPackages();
  if (missing.length) {
    console.log(`${label}: installing the project's npm packages first (npm install; ${missing.length} missing, e.g. ${missing.slice(0, 3).join(', ')})…`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  }
  ensureHost(label);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    ensureInstalled(process.argv[2] ?? 'setup');
  } catch (err) {
    console.error(`install failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
