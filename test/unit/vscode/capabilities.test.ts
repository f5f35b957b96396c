import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../paths';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('package.json capabilities', () => {
  // The extension runs no workspace code and reads documents only through VS Code: it is safe in Restricted
  // Mode and works on virtual file systems (github.dev, vscode.dev).
  it('supports untrusted workspaces fully', () => {
    assert.deepStrictEqual(manifest.capabilities?.untrustedWorkspaces, { supported: true });
  });

  it('supports virtual workspaces', () => {
    assert.strictEqual(manifest.capabilities?.virtualWorkspaces, true);
  });

  it('needs no setting that only a trusted workspace may change', () => {
    // Settings marked restricted are ignored in Restricted Mode; none of ours is.
    const properties: Record<string, { restricted?: boolean }> = manifest.contributes.configuration.properties;
    assert.deepStrictEqual(Object.keys(properties).filter((key) => properties[key].restricted), []);
  });
});
