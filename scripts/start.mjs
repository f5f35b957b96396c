// `npm start`: serves a browser-based VS Code (the code-server test host) on 127.0.0.1 with seeds/ open and this
// extension loaded as under development, prints the address, and serves until Ctrl-C. For trying the extension
// without VS Code desktop. PORT picks the port (default 8080, or a free one if that is taken).
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
import { ensureHost } from '../test/host/install.mjs';

if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
  console.error('dist/extension.js is missing: run `npm run build` first (npm start does)');
  process.exit(1);
}
ensureHost('start');

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
