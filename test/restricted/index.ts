// Mocha entry for the Restricted Mode suite (run-integration.mjs --restricted): the integration suite's runner
// over the tests of this folder.
import { runTests } from '../integration/index';

export function run(): Promise<void> {
  return runTests(__dirname);
}
