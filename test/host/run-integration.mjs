// Runs the integration suite (out/test/integration/index.js) inside a real VS Code: code-server serves the
// workbench on a free 127.0.0.1 port with a temp copy of seeds/, headless Debian chromium (via playwright-core)
// opens it with the extension under development and the tests as payload, and the workbench reports Mocha's
// result through window.codeAutomationExit. The suite's entry copies Mocha's spec output and a JSON summary to
// files named by environment variables (the extension host inherits code-server's environment); this prints them.
// Exits non-zero on a failure, on a timeout, or when no test ran; always stops code-server and chromium.
// With --web it runs test/web instead, in the browser's web worker extension host, the extension loaded from its
// `browser` entry as in VS Code for the Web. The payload's extensionDevelopmentKind=web has no effect in this
// code-server (its browser workbench reads the kind under another name), so the runner stages a copy of the
// extension whose manifest has no `main`: such an extension can only run in the web worker host. The tests are
// bundled for a browser inside that copy (VS Code runs tests in the host of the extension that contains them),
// and since that host has no files to write, their summary comes from the browser console.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { freePort, privateHome, ROOT, startCodeServer, stopProcessGroup, waitForServer, workbenchUrl } from './codeServer.mjs';
import { ensureHost } from './install.mjs';

const WEB = process.argv.includes('--web');
// --restricted: workspace trust on, the folder untrusted (Restricted Mode), and the suite of test/restricted.
const RESTRICTED = process.argv.includes('--restricted');
/** test/web/index.ts's summary line on the console. */
const WEB_SUMMARY = 'news-annotator web summary: ';
const TIMEOUT_MS = Number(process.env.INTEGRATION_TIMEOUT_MS ?? 10 * 60 * 1000);
// Debian's chromium without its wrapper script, which only adds desktop flags.
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(fs.existsSync);

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

/** Opens the workbench and resolves with the suite's exit code; rejects on timeout or if code-server dies. */
async function runInBrowser(browser, server, url, workbenchErrors, consoleLines) {
  const page = await browser.newPage();
  let timer;
  try {
    return await new Promise((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
      server.once('exit', (code) => reject(new Error(`code-server exited with code ${code} during the run`)));
      page.on('console', (msg) => {
        if (msg.type() === 'error') workbenchErrors.push(msg.text());
        consoleLines.push(msg.text());
        if (WEB && /[✔✘] /.test(msg.text())) console.log(msg.text().replace(/^.*?([✔✘] )/, '  $1'));
        if (process.env.NEWS_ANNOTATOR_DEBUG_CONSOLE) console.log(`console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => workbenchErrors.push(err.message));
      page
        .exposeFunction('codeAutomationExit', (code) => resolve(code))
        .then(() => page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS }))
        .catch(reject);
    });
  } finally {
    clearTimeout(timer);
  }
}

/** The browser entry scripts/build.mjs writes (see README, VS Code for the Web). */
const BROWSER_ENTRY = './dist/web/extension.js';

/**
 * Copies what the extension needs in a browser into `dir`, with the manifest's `main` replaced by the `browser`
 * entry, and bundles test/web into it: one CommonJS file with Mocha's browser build inside. Returns the tests entry.
 */
async function stageWebExtension(dir) {
  const { main: _main, ...manifest } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  manifest.browser = BROWSER_ENTRY;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  // dist/engine.js: the web worker runs the engine from that file (analysisBackend.web.ts).
  for (const item of ['dist/web', 'dist/engine.js', 'media', 'syntaxes', 'language-configuration.json', 'README.md']) {
    fs.cpSync(path.join(ROOT, item), path.join(dir, item), { recursive: true });
  }
  const tests = path.join(dir, 'out', 'test', 'web', 'index.js');
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test', 'web', 'index.ts')],
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    outfile: tests,
    logLevel: 'warning',
  });
  return tests;
}

function webReport(consoleLines) {
  // The extension host's console reaches the page with a style prefix.
  const line = consoleLines.find((l) => l.includes(WEB_SUMMARY));
  return line && { pending: 0, ...JSON.parse(line.slice(line.indexOf(WEB_SUMMARY) + WEB_SUMMARY.length)) };
}

async function main() {
  for (const needed of WEB ? ['dist/web/extension.js', 'dist/engine.js'] : ['dist/extension.js', 'out/test/integration/index.js']) {
    if (!fs.existsSync(path.join(ROOT, needed))) {
      throw new Error(`${needed} is missing: run \`npm run build && npm run compile-tests\` first`);
    }
  }
  ensureHost('integration');
  const { chromium } = await import('playwright-core');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-it-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(ROOT, 'seeds'), workspace, { recursive: true });
  const serverLog = fs.createWriteStream(path.join(tmp, 'code-server.log'));
  const stopFollowing = follow(path.join(tmp, 'mocha.log'));
  const workbenchErrors = [];
  const consoleLines = [];
  const started = Date.now();
  let server;
  let browser;
  let exitCode;
  try {
    const port = await freePort();
    server = startCodeServer({
      port,
      tmp,
      folder: workspace,
      output: serverLog,
      restricted: RESTRICTED,
      env: {
        NEWS_ANNOTATOR_TEST_LOG: path.join(tmp, 'mocha.log'),
        NEWS_ANNOTATOR_TEST_REPORT: path.join(tmp, 'report.json'),
      },
    });
    // code-server runs in its own process group, so an interrupted run must stop it explicitly.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.once(signal, () => {
        console.error(`integration: ${signal}, stopping code-server`);
        stopProcessGroup(server).finally(() => {
          fs.rmSync(tmp, { recursive: true, force: true });
          process.exit(1);
        });
      });
    }
    await waitForServer(port, server, 60000);
    console.log(`integration: VS Code (code-server) on http://127.0.0.1:${port}, workspace ${workspace}`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox'], // required as root
      env: { ...process.env, ...privateHome(tmp) },
    });
    const extensionPath = WEB ? path.join(tmp, 'web-extension') : ROOT;
    const testsPath = WEB ? await stageWebExtension(extensionPath) : path.join(ROOT, 'out', 'test', RESTRICTED ? 'restricted' : 'integration');
    const url = workbenchUrl(port, workspace, testsPath, { extensionPath });
    exitCode = await runInBrowser(browser, server, url, workbenchErrors, consoleLines);
  } catch (err) {
    console.error(`integration: ${err instanceof Error ? err.message : String(err)}`);
    exitCode = 1;
  } finally {
    stopFollowing();
    await browser?.close().catch(() => {});
    if (server) await stopProcessGroup(server);
    await new Promise((resolve) => serverLog.end(resolve));
  }

  const report = WEB ? webReport(consoleLines) : readReport(path.join(tmp, 'report.json'));
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
