// `npm start`: on a fresh clone first installs what is missing (npm packages, the code-server host), then builds
// the extension, serves a browser-based VS Code on 127.0.0.1 with seeds/ open and this extension loaded as under
// development, prints the address, and serves until Ctrl-C. For trying the extension without VS Code desktop.
// PORT picks the port (default 8080, or a free one if that is taken).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  freePort,
  portIsFree,
  ROOT,
  startCodeServer,
  stopProcessGroup,
  waitForServer,
  workbenchUrl,
} from '../test/host/codeServer.mjs';
import { ensureInstalled } from './ensureInstalled.mjs';

try {
  ensureInstalled('npm start');
  console.log('npm start: building the extension (scripts/build.mjs)…');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
} catch (err) {
  console.error(`npm start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

const wanted = Number(process.env.PORT ?? 8080);
const port = (await portIsFree(wanted)) ? wanted : await freePort();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-start-'));
const seeds = path.join(ROOT, 'seeds');
const log = fs.createWriteStream(path.join(tmp, 'code-server.log'));
const server = startCodeServer({ port, tmp, folder: seeds, output: log });

let stopping = false;
async function stop(code) {
  stopping = true;
  await stopProcessGroup(server);
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => stop(0));
server.once('exit', (code) => {
  if (stopping) return;
  console.error(`code-server stopped (exit code ${code}); its log:\n${fs.readFileSync(path.join(tmp, 'code-server.log'), 'utf8')}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(1);
});

try {
  await waitForServer(port, server, 60000);
} catch (err) {
  console.error(`start: ${err.message}`);
  await stop(1);
}
console.log(`\nNews Annotator in VS Code for the browser, with seeds/ open. Open this address:\n\n  ${workbenchUrl(port, seeds)}\n`);
console.log('Open an article (e.g. 000_b46657698715220a.txt) from the Explorer. Press Ctrl-C to stop.');
