import * as assert from 'assert';
import * as vscode from 'vscode';
import { BRIDGE_ARTICLE, closeAllEditors, drawnTexts, editorApi, waitForHighlights, writeAndOpen } from '../integration/editorFixtures';

// Run by `node test/host/run-integration.mjs --restricted` (part of `npm test`): code-server with workspace trust
// on and the folder not trusted. The ordinary integration runs disable workspace trust, hence a suite of its own.
// VS Code enables an extension under development in Restricted Mode whatever its manifest declares (checked: the
// test passes without `capabilities`), so this shows that the features work there; the declaration itself is
// held by test/unit/vscode/capabilities.test.ts.
describe('Restricted Mode', () => {
  after(closeAllEditors);

  it('runs in an untrusted workspace: active, highlighting', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the runner should have left the workspace untrusted');
    const api = await editorApi();
    const editor = await vscode.window.showTextDocument(await writeAndOpen('restricted.article', BRIDGE_ARTICLE));
    await waitForHighlights(api, editor, 60000);
    assert.deepStrictEqual(drawnTexts(api, editor, 'person'), ['Maria Lopez']);
  });
});
