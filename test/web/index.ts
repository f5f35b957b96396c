// Mocha entry for VS Code's web worker extension host (bundled by test/host/run-integration.mjs --web into
// out/test/web/index.js): the browser build of Mocha, the tests of this folder, and a summary line on the
// console, which the runner reads from the browser since a web extension host has no files to write.
// Defines the global `mocha` (typed by @types/mocha).
import 'mocha/mocha';

export const SUMMARY_PREFIX = 'news-annotator web summary: ';

export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60000, color: false });
  // Loaded after setup, which defines describe and it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./web.test');
  return new Promise((resolve, reject) => {
    const summary = { passed: 0, failed: 0, failures: [] as string[] };
    const runner = mocha.run(() => {
      console.log(SUMMARY_PREFIX + JSON.stringify(summary));
      if (summary.failed > 0) reject(new Error(`${summary.failed} web integration test(s) failed`));
      else if (summary.passed === 0) reject(new Error('no web integration test ran'));
      else resolve();
    });
    runner.on('pass', (test: Mocha.Test) => {
      summary.passed++;
      console.log(`  ✔ ${test.fullTitle()}`);
    });
    runner.on('fail', (test: Mocha.Test, err: Error) => {
      summary.failed++;
      summary.failures.push(`${test.fullTitle()}: ${err.message}`);
      console.log(`  ✘ ${test.fullTitle()}: ${err.message}`);
    });
  });
}
