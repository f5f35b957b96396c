// npm run fuzz -- [--seed N] [--runs N]: the engine fuzz test (test/unit/engine/fuzz.slow.test.ts) with any seed
// and count; npm test runs it with a fixed seed. A failure prints fast-check's seed and path to replay it.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { seed: { type: 'string', default: String(Date.now() % 2 ** 31) }, runs: { type: 'string', default: '20000' } },
  strict: true,
});
for (const [name, value] of Object.entries(values)) {
  if (!/^\d+$/.test(value)) throw new Error(`--${name} wants a whole number, not "${value}"`);
}
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npx', ['tsc', '-p', 'tsconfig.test.json']);
console.log(`fuzz: seed ${values.seed}, ${values.runs} runs`);
run('npx', ['mocha', '--no-config', '--timeout', '0', 'out/test/unit/engine/fuzz.slow.test.js'], { FUZZ_SEED: values.seed, FUZZ_RUNS: values.runs });
