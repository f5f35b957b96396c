// Installs the integration-test host once into test/host/node_modules: code-server 4.100.3 (a real VS Code
// served to a browser; the last line that runs on Node 20) and playwright-core, which drives Debian's chromium.
// code-server's own install scripts download binaries, which fails offline, so its steps are done here by hand.
// Re-running is cheap: a stamp file records a finished install of this exact package-lock.json.
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { missingSystemPackages, SYSTEM_PACKAGES } from './system.mjs';

const hostDir = path.dirname(fileURLToPath(import.meta.url));
const modules = path.join(hostDir, 'node_modules');
const codeServer = path.join(modules, 'code-server');
const vscodeDir = path.join(codeServer, 'lib', 'vscode');
const stamp = path.join(modules, '.news-annotator-host');
// Native modules of VS Code's server that must be compiled for this Node (kerberos needs libkrb5-dev).
const NATIVE = ['@vscode/spdlog', 'node-pty', 'native-watchdog', '@vscode/deviceid', 'kerberos'];

function lockHash() {
  return createHash('sha256').update(fs.readFileSync(path.join(hostDir, 'package-lock.json'))).digest('hex');
}

export function hostInstalled() {
  return fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === lockHash();
}

function run(cmd, args, cwd, env = {}) {
  console.log(`host install: (${path.relative(hostDir, cwd) || '.'}) ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
}

function installSystemPackages() {
  const missing = missingSystemPackages();
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `the test host needs Debian packages that are missing: ${missing.join(', ')}\n`
      + `install them with: sudo apt-get install -y ${SYSTEM_PACKAGES.join(' ')}`,
    );
  }
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], hostDir, env);
  run('apt-get', ['install', '-y', '-qq', ...SYSTEM_PACKAGES], hostDir, env);
}

/** Installs the host unless it is there, saying so under `label` (the script that needs it). */
export function ensureHost(label) {
  if (hostInstalled()) return;
  console.log(`${label}: installing the browser-based VS Code host once (test/host)`);
  installHost();
}

export function installHost() {
  const started = Date.now();
  installSystemPackages();
  const npmEnv = { npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
  run('npm', ['ci', '--ignore-scripts'], hostDir, npmEnv);
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], vscodeDir, npmEnv);
  run('npm', ['rebuild', ...NATIVE], vscodeDir, npmEnv);
  // argon2 (password hashing, loaded at start even with --auth none) would otherwise fetch a prebuilt binary.
  run('npm', ['rebuild', 'argon2'], hostDir, { ...npmEnv, npm_config_build_from_source: 'true' });
  // What code-server's postinstall does: VS Code looks for bundled modules under node_modules.asar.
  const asar = path.join(vscodeDir, 'node_modules.asar');
  fs.rmSync(asar, { force: true, recursive: true });
  fs.symlinkSync('node_modules', asar);
  // File search runs the ripgrep binary that @vscode/ripgrep would download; use Debian's.
  const rgDir = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgDir, { recursive: true });
  fs.rmSync(path.join(rgDir, 'rg'), { force: true });
  fs.symlinkSync(execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim(), path.join(rgDir, 'rg'));
  fs.writeFileSync(stamp, lockHash());
  console.log(`host install: done in ${Math.round((Date.now() - started) / 1000)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    if (hostInstalled() && !process.argv.includes('--force')) {
      installSystemPackages();
      console.log('host install: already installed (test/host/node_modules); --force reinstalls');
    } else {
      installHost();
    }
  } catch (err) {
    console.error(`host install failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
