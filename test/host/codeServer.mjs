// Starting and stopping the code-server host (a real VS Code served to a browser) on 127.0.0.1, shared by the
// integration runner, `npm start` and the package check. Everything it writes stays under a given temp folder.
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { fileURLToPath } from 'url';

const hostDir = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(hostDir, '..', '..');
const ENTRY = path.join(hostDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Whether `port` on 127.0.0.1 can be listened on now. */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function mkdir(dir) {
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Environment that keeps what code-server and chromium write to the home directory (config, crash reports) in `tmp`. */
export function privateHome(tmp) {
  return {
    XDG_CONFIG_HOME: mkdir(path.join(tmp, 'xdg-config')),
    XDG_DATA_HOME: mkdir(path.join(tmp, 'xdg-data')),
    XDG_CACHE_HOME: mkdir(path.join(tmp, 'xdg-cache')),
  };
}

/** Flags that give code-server a fresh profile and extensions folder under `tmp`, and no prompts or phoning home. */
function isolatedFlags(tmp, { restricted = false } = {}) {
  return [
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    // Workspace trust on leaves the folder untrusted, in Restricted Mode, until someone answers the prompt.
    ...(restricted ? [] : ['--disable-workspace-trust']),
    '--config', path.join(tmp, 'config.yaml'),
    '--user-data-dir', mkdir(path.join(tmp, 'user-data')),
    '--extensions-dir', mkdir(path.join(tmp, 'extensions')),
  ];
}

function hostEnv(tmp, extra) {
  // No marketplace: nothing to fetch offline, and no errors from failing to reach one.
  return { ...process.env, ...privateHome(tmp), EXTENSIONS_GALLERY: '{}', ...extra };
}

/**
 * Starts code-server serving `folder` on 127.0.0.1:`port`, in its own process group so that the extension host,
 * pty host and file watcher it forks stop with it (see stopProcessGroup). `output` receives its stdout and stderr.
 */
export function startCodeServer({ port, tmp, folder, env = {}, output, restricted = false }) {
  const args = [ENTRY, '--bind-addr', `127.0.0.1:${port}`, ...isolatedFlags(tmp, { restricted }), folder];
  const child = spawn(process.execPath, args, { env: hostEnv(tmp, env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(output, { end: false });
  child.stderr.pipe(output, { end: false });
  return child;
}

/** Runs a one-off code-server command line (e.g. --install-extension) against the profile in `tmp`. */
export function codeServerCli(tmp, args) {
  return execFileSync(process.execPath, [ENTRY, ...isolatedFlags(tmp), ...args], { env: hostEnv(tmp), encoding: 'utf8' });
}

export async function waitForServer(port, child, ms) {
  const url = `http://127.0.0.1:${port}/healthz`;
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer ${url} within ${ms / 1000} s`);
}

/**
 * The workbench address for `folder` in the code-server on `port`, with an extension loaded as under development
 * (as `code --extensionDevelopmentPath`; by default the one in this checkout) and, if given, a tests entry to run.
 */
export function workbenchUrl(port, folder, testsPath, { extensionPath = ROOT } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)], ['skipWelcome', 'true']];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Stops a process started with `detached: true` and everything in its group: SIGTERM, then SIGKILL after 5 s. */
export async function stopProcessGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
  signal('SIGKILL'); // forked helpers that ignored SIGTERM while their parent exited
}
