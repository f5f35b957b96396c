// The layer rules of eslint.config.mjs bite: a deliberate violation in each layer fails lint, and the same
// import is allowed where the layers permit it.
import * as assert from 'assert';
import { ESLint } from 'eslint';
import * as path from 'path';
import { ROOT } from '../paths';

const eslint = new ESLint({ cwd: ROOT });

async function ruleErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules in lint', function () {
  this.timeout(30000);

  it('keeps vscode out of the engine, the corrections, the formats, the view models, the worker and the CLI', async () => {
    for (const file of ['src/engine/x.ts', 'src/corrections/x.ts', 'src/formats/x.ts', 'src/presentation/x.ts', 'src/worker/x.ts', 'src/cli/x.ts']) {
      const errors = await ruleErrors(file, 'import * as vscode from \'vscode\';\nexport const v = vscode;\n');
      assert.strictEqual(errors.length, 1, `${file}: ${errors.join('; ')}`);
      assert.match(errors[0], /must not depend on VS Code/);
    }
  });

  it('keeps Node built-ins out of the layers that run in a browser, under either spelling', async () => {
    for (const file of ['src/engine/claims/x.ts', 'src/corrections/x.ts', 'src/formats/x.ts', 'src/presentation/x.ts']) {
      for (const name of ['fs', 'node:path', 'worker_threads']) {
        const errors = await ruleErrors(file, `import * as m from '${name}';\nexport const v = m;\n`);
        assert.strictEqual(errors.length, 1, `${file} importing ${name}`);
        assert.match(errors[0], /runs in a browser too/);
      }
    }
  });

  it('lets no inner layer import an outer one', async () => {
    const cases: Array<[string, string]> = [
      ['src/engine/claims/x.ts', '../../formats/report'],
      ['src/engine/x.ts', '../presentation/summary'],
      ['src/engine/x.ts', '../corrections/apply'],
      ['src/corrections/x.ts', '../formats/json'],
      ['src/corrections/x.ts', '../vscode/config'],
      ['src/engine/x.ts', '../vscode/config'],
      ['src/formats/x.ts', '../presentation/summary'],
      ['src/presentation/x.ts', '../worker/protocol'],
      ['src/presentation/x.ts', '../vscode/config'],
      ['src/worker/x.ts', '../vscode/documents/analysisStore'],
    ];
    for (const [file, spec] of cases) {
      const errors = await ruleErrors(file, `import { x } from '${spec}';\nexport const v = x;\n`);
      assert.strictEqual(errors.length, 1, `${file} importing ${spec}`);
      assert.match(errors[0], /must not import from src\//);
    }
  });

  it('allows what the layers permit: the engine from every layer, Node in the worker and CLI, vscode in the editor layer', async () => {
    const allowed: Array<[string, string]> = [
      ['src/presentation/x.ts', '../engine/types'],
      ['src/presentation/x.ts', '../formats/report'],
      ['src/corrections/x.ts', '../engine/types'],
      ['src/formats/x.ts', '../corrections/sidecar'],
      ['src/presentation/x.ts', '../corrections/review'],
      ['src/worker/x.ts', 'worker_threads'],
      ['src/cli/x.ts', 'node:fs'],
      ['src/vscode/views/x.ts', 'vscode'],
      ['src/vscode/views/x.ts', '../../presentation/summary'],
    ];
    for (const [file, spec] of allowed) {
      assert.deepStrictEqual(await ruleErrors(file, `import { x } from '${spec}';\nexport const v = x;\n`), [], `${file} importing ${spec}`);
    }
  });
});
