import * as assert from 'assert';
import * as vscode from 'vscode';
import { extensionUnderTest, waitFor, workspaceFile } from './extensionUnderTest';

// Read when Mocha loads this file, before any test has opened a document.
const activeAtLoad = vscode.extensions.getExtension('news-annotator.news-annotator')?.isActive;

describe('activation', () => {
  it('does not activate at start-up', () => {
    const events: string[] = extensionUnderTest().packageJSON.activationEvents ?? [];
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), `activationEvents: ${events.join(', ')}`);
    assert.strictEqual(activeAtLoad, false, 'the extension was already active before any article was opened');
  });

  it('activates when the seed article is opened from the workspace', async () => {
    const ext = extensionUnderTest();
    const doc = await vscode.workspace.openTextDocument(workspaceFile('000_b46657698715220a.txt'));
    await vscode.window.showTextDocument(doc);
    await waitFor('the extension to activate', () => ext.isActive);
    assert.strictEqual(ext.isActive, true);
  });
});
