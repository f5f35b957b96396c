// Mocha entry that VS Code's extension host loads (extensionTestsPath), under @vscode/test-electron and under
// the code-server host alike: it finds every compiled `*.test.js` beside it and runs them with the spec reporter.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import Mocha from 'mocha';

// For a runner that cannot read the extension host's console (a browser-hosted VS Code): optional files that
// receive a copy of Mocha's spec output and a JSON summary. @vscode/test-electron shows the console itself.
const LOG_ENV = 'NEWS_ANNOTATOR_TEST_LOG';
const REPORT_ENV = 'NEWS_ANNOTATOR_TEST_REPORT';

function findTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(full));
    else if (entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

export interface Summary {
  passed: number;
  failed: number;
  pending: number;
  failures: string[];
}

/** Mocha reporters print through Base.consoleLog; copy each line to the log file as well. */
function teeReporterOutput(): void {
  const file = process.env[LOG_ENV];
  if (!file) return;
  fs.writeFileSync(file, '');
  const print = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    print(...args);
    fs.appendFileSync(file, format(...args) + '\n');
  };
}

function writeReport(summary: Summary): void {
  const file = process.env[REPORT_ENV];
  if (file) fs.writeFileSync(file, JSON.stringify(summary, null, 2));
}

export function run(): Promise<void> {
  return runTests(__dirname);
}

/** Runs every `*.test.js` under `dir` (another suite, such as test/restricted, shares this runner). */
export function runTests(dir: string): Promise<void> {
  teeReporterOutput();
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30000 });
  const grep = process.env.NEWS_ANNOTATOR_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of findTests(dir)) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    const summary: Summary = { passed: 0, failed: 0, pending: 0, failures: [] };
    let runner: Mocha.Runner;
    try {
      runner = mocha.run(() => {
        writeReport(summary);
        if (summary.failed > 0) reject(new Error(`${summary.failed} integration test(s) failed`));
        else if (summary.passed === 0) reject(new Error('no integration test ran'));
        else resolve();
      });
    } catch (err) {
      summary.failures.push(`loading the tests: ${String(err)}`);
      summary.failed++;
      writeReport(summary);
      reject(err);
      return;
    }
    runner.on('pass', () => summary.passed++);
    runner.on('pending', () => summary.pending++);
    runner.on('fail', (test, err: Error) => {
      summary.failed++;
      summary.failures.push(`${test.fullTitle()}: ${err.message}`);
    });
  });
}
