// `npm run test:electron`: the integration suite in VS Code desktop via @vscode/test-electron, for machines that
// can download VS Code (or have it: set VSCODE_EXECUTABLE to its binary). On Linux without a display, run it
// under xvfb-run. The suite, workspace and checks are the same as under the code-server host.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(__dirname, '..', '..', '..');

function readSummary(file: string): { passed: number; failed: number; failures: string[] } | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-electron-'));
  const workspace = path.join(tmp, 'workspace');
  const report = path.join(tmp, 'report.json');
  fs.cpSync(path.join(root, 'seeds'), workspace, { recursive: true });
  let failedToRun: unknown;
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'integration'),
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      version: process.env.VSCODE_VERSION || undefined,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
      extensionTestsEnv: { NEWS_ANNOTATOR_TEST_REPORT: report },
    });
  } catch (err) {
    failedToRun = err;
  }
  const summary = readSummary(report);
  fs.rmSync(tmp, { recursive: true, force: true });
  if (!summary) {
    console.error(`integration (electron): the suite did not report: ${String(failedToRun)}`);
    return 1;
  }
  for (const failure of summary.failures) console.log(`integration: FAILED ${failure}`);
  console.log(`integration: ${summary.passed} passed, ${summary.failed} failed`);
  return failedToRun || summary.failed > 0 || summary.passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
