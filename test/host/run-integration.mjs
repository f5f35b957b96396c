// Runs the integration suite (out/test/integration/index.js) inside a real VS Code: code-server serves the
// workbench on a free 127.0.0.1 port, headless Debian chromium (via playwright-core) opens it with the extension
// under development and the tests as payload, and the workbench reports Mocha's result through
// window.codeAutomationExit. The suite's entry writes Mocha's spec output and a JSON summary to files named by
// environment variables (the extension host inherits code-server's environment); this prints them as they grow.
// Exits non-zero on a failure, on a timeout, or when no test ran; always stops code-server and chromium.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { hostInstalled, installHost } from './install.mjs';

const hostDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(hostDir, '..', '..');
const TIMEOUT_MS = Number(process.env.INTEGRATION_TIMEOUT_MS ?? 10 * 60 * 1000);
// Debian's chromium without its wrapper script, which only adds desktop flags.
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(fs.existsSync);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, server, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited early with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer ${url} within ${ms} ms`);
}

/** The workbench URL that loads the extension and the tests from this checkout, both on the code-server side. */
function workbenchUrl(port, workspace) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(path.join(root, 'out', 'test', 'integration'))],
    ['skipWelcome', 'true'],
  ];
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

function mkdir(dir) {
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Keeps what code-server and chromium write to the home directory (config, crash reports) under `tmp`. */
function privateHome(tmp) {
  return {
    XDG_CONFIG_HOME: mkdir(path.join(tmp, 'xdg-config')),
    XDG_DATA_HOME: mkdir(path.join(tmp, 'xdg-data')),
    XDG_CACHE_HOME: mkdir(path.join(tmp, 'xdg-cache')),
  };
}

/** Starts code-server with everything it writes kept under `tmp`. */
function startCodeServer(port, tmp, workspace, log) {
  const entry = path.join(hostDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const args = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--config', path.join(tmp, 'config.yaml'),
    '--user-data-dir', mkdir(path.join(tmp, 'user-data')),
    '--extensions-dir', mkdir(path.join(tmp, 'extensions')),
    workspace,
  ];
  const env = {
    ...process.env,
    ...privateHome(tmp),
    EXTENSIONS_GALLERY: '{}', // no marketplace: nothing to fetch, and no errors from failing to reach one
    NEWS_ANNOTATOR_TEST_LOG: path.join(tmp, 'mocha.log'),
    NEWS_ANNOTATOR_TEST_REPORT: path.join(tmp, 'report.json'),
  };
  // Its own process group, so the extension host, pty host and file watcher it forks die with it.
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  return child;
}

async function stopProcessGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

function readReport(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Copies what is appended to `file` to stdout while the suite runs; call the result to stop (after a last read). */
function follow(file) {
  let offset = 0;
  const poll = () => {
    if (!fs.existsSync(file)) return;
    const text = fs.readFileSync(file);
    if (text.length > offset) process.stdout.write(text.subarray(offset));
    offset = text.length;
  };
  const interval = setInterval(poll, 250);
  return () => {
    clearInterval(interval);
    poll();
  };
}

async function main() {
  for (const needed of ['dist/extension.js', 'out/test/integration/index.js']) {
    if (!fs.existsSync(path.join(root, needed))) {
      throw new Error(`${needed} is missing: run \`npm run build && npm run compile-tests\` first`);
    }
  }
  if (!hostInstalled()) {
    console.log('integration: the test host is not installed yet; installing it once');
    installHost();
  }
  const { chromium } = await import('playwright-core');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-it-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(root, 'seeds'), workspace, { recursive: true });
  const serverLog = fs.createWriteStream(path.join(tmp, 'code-server.log'));
  const stopFollowing = follow(path.join(tmp, 'mocha.log'));
  const workbenchErrors = [];
  const port = await freePort();
  const started = Date.now();
  let server;
  let browser;
  let timer;
  let exitCode;
  try {
    server = startCodeServer(port, tmp, workspace, serverLog);
    await waitForServer(`http://127.0.0.1:${port}/healthz`, server, 60000);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox'], // required as root
      env: { ...process.env, ...privateHome(tmp) },
    });
    const page = await browser.newPage();
    let exited;
    const result = new Promise((resolve, reject) => {
      exited = resolve;
      timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
      server.once('exit', (code) => reject(new Error(`code-server exited with code ${code} during the run`)));
    });
    result.catch(() => {}); // awaited below; this only keeps an early rejection from counting as unhandled
    await page.exposeFunction('codeAutomationExit', (code) => exited(code));
    page.on('console', (msg) => {
      if (msg.type() === 'error') workbenchErrors.push(msg.text());
    });
    page.on('pageerror', (err) => workbenchErrors.push(err.message));
    console.log(`integration: VS Code (code-server) on http://127.0.0.1:${port}, workspace ${workspace}`);
    await page.goto(workbenchUrl(port, workspace));
    exitCode = await result;
  } catch (err) {
    console.error(`integration: ${err instanceof Error ? err.message : String(err)}`);
    exitCode = 1;
  } finally {
    clearTimeout(timer);
    stopFollowing();
    await browser?.close().catch(() => {});
    if (server) await stopProcessGroup(server);
    await new Promise((resolve) => serverLog.end(resolve));
  }

  const report = readReport(path.join(tmp, 'report.json'));
  const serverOutput = fs.readFileSync(path.join(tmp, 'code-server.log'), 'utf8');
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`integration: finished in ${Math.round((Date.now() - started) / 1000)} s, exit code ${exitCode}`);
  if (exitCode !== 0 && workbenchErrors.length > 0) {
    console.log(`integration: errors in the workbench console:\n  ${workbenchErrors.join('\n  ')}`);
  }
  if (!report) {
    console.error(`integration: the suite wrote no report; code-server's output follows\n${serverOutput}`);
    console.log('integration: 0 passed, 1 failed');
    return 1;
  }
  for (const failure of report.failures) console.log(`integration: FAILED ${failure}`);
  console.log(`integration: ${report.passed} passed, ${report.failed} failed`);
  if (report.passed === 0) {
    console.error('integration: no test ran');
    return 1;
  }
  return report.failed > 0 || exitCode !== 0 ? 1 : 0;
}

process.exitCode = await main().catch((err) => {
  console.error(`integration: ${err instanceof Error ? err.message : String(err)}`);
  return 1;
});
