import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './extensionUnderTest';
import { BRIDGE_ARTICLE, closeAllEditors, editorApi, writeAndOpen } from './editorFixtures';

describe('status bar', () => {
  afterEach(closeAllEditors);

  it('shows claims and speakers for the active article and hides for other documents', async () => {
    const api = await editorApi();
    await vscode.window.showTextDocument(await writeAndOpen('status.article', BRIDGE_ARTICLE));
    await waitFor('the summary', () => api.statusBar.text !== undefined);
    assert.match(api.statusBar.text!, /\b1 claim · 1 speaker\b/);

    await vscode.window.showTextDocument(await writeAndOpen('status-plain.md', '# Not an article\n'));
    await waitFor('the summary to hide', () => api.statusBar.text === undefined);

    await vscode.window.showTextDocument(await writeAndOpen('status-empty.article', 'date 2024-01-01\n\nNothing was said.\n'));
    await waitFor('the summary of the other article', () => api.statusBar.text?.includes('0 claims') ?? false);
    assert.match(api.statusBar.text!, /0 claims · 0 speakers/);
  });

  it('follows edits of the active article', async () => {
    const api = await editorApi();
    const editor = await vscode.window.showTextDocument(await writeAndOpen('status-edit.article', BRIDGE_ARTICLE));
    await waitFor('the summary', () => api.statusBar.text?.includes('1 claim') ?? false);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n“Traffic will improve,” said John Carter, the city engineer.\n'));
    // Until the new analysis arrives, the old counts stay with a sign that an update is under way.
    assert.match(api.statusBar.text!, /^\$\(sync~spin\) 1 claim · 1 speaker$/);
    assert.match(api.statusBar.tooltip!, /updating after your edit/);
    await waitFor('the new counts', () => api.statusBar.text?.includes('2 claims · 2 speakers') ?? false);
    assert.match(api.statusBar.text!, /^\$\(quote\) /);
  });

  it('focuses the Speakers view on click', async () => {
    const api = await editorApi();
    await vscode.window.showTextDocument(await writeAndOpen('status-click.article', BRIDGE_ARTICLE));
    // The focus command VS Code generates for the Speakers view; running it fails if there is no such view.
    assert.strictEqual(api.statusBar.command, 'newsAnnotator.speakers.focus');
    await vscode.commands.executeCommand(api.statusBar.command);
  });
});
