// "Treat as Article" is remembered per workspace: for a file across close and reopen, for a folder and a glob
// pattern, until "Stop Treating as Article".
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor, workspaceFile } from './extensionUnderTest';
import { closeAllEditors, editorApi, writeAndOpen } from './editorFixtures';

const isArticle = (d: vscode.TextDocument) => d.languageId === 'news-article';

/** Opens a file and waits until an article opened after it is detected: by then the file has been looked at. */
async function openAndSettle(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const barrier = await writeAndOpen(`barrier-${Date.now()}.txt`, 'date 2024-01-01\nSomething happened.\n');
  await waitFor('the barrier article to be detected', () => isArticle(barrier));
  return document;
}

describe('Treat as Article, remembered', () => {
  afterEach(closeAllEditors);

  // VS Code keeps a document an extension opened for minutes after its editor closes, so "reopen" here is what
  // the detector consults when the file next opens (the folder and pattern test below opens files fresh).
  it('remembers a treated file in workspace state after its editor closes, until Stop Treating as Article', async () => {
    const api = await editorApi();
    const doc = await writeAndOpen('remembered-notes.txt', 'Notes\nThe director said the plan works.\n');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('newsAnnotator.treatAsArticle');
    await waitFor('Treat as Article', () => isArticle(vscode.window.activeTextEditor!.document));
    await closeAllEditors();
    assert.deepStrictEqual(api.treatedArticles.matching(doc), [{ file: doc.uri.toString() }]);

    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('newsAnnotator.stopTreatingAsArticle');
    await waitFor('the file to be plain text again', () => vscode.window.activeTextEditor?.document.languageId === 'plaintext');
    assert.deepStrictEqual(api.treatedArticles.matching(doc), []);
  });

  it('treats every file of a folder and every file matching a pattern as articles, and forgets them on request', async () => {
    const folder = workspaceFile('treated-folder');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'inside.txt'), Buffer.from('No header here.\n', 'utf8'));
    await vscode.workspace.fs.writeFile(workspaceFile('outside.txt'), Buffer.from('No header here either.\n', 'utf8'));
    await vscode.commands.executeCommand('newsAnnotator.treatFolderAsArticles', folder);
    const inside = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'inside.txt'));
    await waitFor('a file in the folder to open as an article', () => isArticle(inside));
    const outside = await openAndSettle(workspaceFile('outside.txt'));
    assert.strictEqual(outside.languageId, 'plaintext', 'a file outside the folder stays plain text');

    await vscode.commands.executeCommand('newsAnnotator.treatPatternAsArticles', '**/*.memo');
    const memo = await writeAndOpen('minutes.memo', 'Minutes\nThe chair said the vote stands.\n');
    await waitFor('a file matching the pattern to open as an article', () => isArticle(memo));

    // Stopping on a file that a pattern made an article forgets the pattern.
    await vscode.window.showTextDocument(memo);
    await vscode.commands.executeCommand('newsAnnotator.stopTreatingAsArticle');
    await waitFor('the memo to be plain text again', () => vscode.window.activeTextEditor?.document.languageId === 'plaintext');
    await vscode.window.showTextDocument(inside);
    await vscode.commands.executeCommand('newsAnnotator.stopTreatingAsArticle');
    await waitFor('the folder file to be plain text again', () => vscode.window.activeTextEditor?.document.languageId === 'plaintext');
  });
});
