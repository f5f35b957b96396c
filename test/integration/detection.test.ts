import * as assert from 'assert';
import * as vscode from 'vscode';
import { extensionUnderTest, waitFor, workspaceFile } from './extensionUnderTest';
import { closeAllEditors, writeAndOpen } from './editorFixtures';

const isArticle = (d: vscode.TextDocument) => d.languageId === 'news-article';

describe('article detection', () => {
  afterEach(closeAllEditors);

  it('switches the seed, a .txt whose first line starts with " date YYYY-MM-DD", to news-article and activates', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('000_b46657698715220a.txt'));
    await vscode.window.showTextDocument(doc);
    await waitFor('the seed to become a news article', () => isArticle(doc));
    assert.strictEqual(extensionUnderTest().isActive, true);
  });

  it('opens .article and .news files as news articles', async () => {
    for (const name of ['001_warsaw_grain_subsidy.article', '002_valencia_flood_plan.news']) {
      const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
      assert.strictEqual(doc.languageId, 'news-article', name);
    }
  });

  it('leaves a plain-text file without the header as plain text', async () => {
    const plain = await writeAndOpen('shopping.txt', 'Eggs, milk, bread.\ndate 2024-01-01 is on line two.\n');
    // Opened after the plain file: once this one is switched, the plain one has been looked at too.
    const barrier = await writeAndOpen('barrier-1.txt', 'date 2024-01-01\nSomething happened.\n');
    await waitFor('the barrier article to be detected', () => isArticle(barrier));
    assert.strictEqual(plain.languageId, 'plaintext');
  });

  it('respects the user picking another language for a detected article', async () => {
    const doc = await writeAndOpen('chosen.txt', 'date 2024-02-03\nThe minister said nothing.\n');
    await waitFor('detection', () => isArticle(doc));
    await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
    const barrier = await writeAndOpen('barrier-2.txt', 'date 2024-01-01\nSomething else happened.\n');
    await waitFor('the barrier article to be detected', () => isArticle(barrier));
    assert.strictEqual(doc.languageId, 'plaintext');
  });

  it('detects an article in an untitled document, opened with it or pasted into its first line', async () => {
    const opened = await vscode.workspace.openTextDocument({ content: 'date 2024-03-04\nA council voted.\n' });
    await waitFor('the untitled article to be detected', () => isArticle(opened));

    const empty = await vscode.workspace.openTextDocument({ content: '' });
    const editor = await vscode.window.showTextDocument(empty);
    assert.strictEqual(empty.languageId, 'plaintext');
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '  date 2024-03-05 Paris\nMayors met.\n'));
    await waitFor('the pasted article to be detected', () => isArticle(empty));
  });

  it('does not detect when newsAnnotator.detectArticles is off', async () => {
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    await config.update('detectArticles', false, vscode.ConfigurationTarget.Global);
    try {
      const doc = await writeAndOpen('undetected.txt', 'date 2024-04-05\nThe mayor said it would rain.\n');
      // Treat as Article still works and acts as a barrier for the open event above.
      const other = await writeAndOpen('treated.txt', 'Notes without a header.\n');
      await vscode.window.showTextDocument(other);
      await vscode.commands.executeCommand('newsAnnotator.treatAsArticle');
      await waitFor('Treat as Article', () => isArticle(other));
      assert.strictEqual(doc.languageId, 'plaintext');
    } finally {
      await config.update('detectArticles', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('"Treat as Article" switches the active plain-text document, and a file given by a menu', async () => {
    const doc = await writeAndOpen('memo.txt', 'Memo\nThe director said the plan works.\n');
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'plaintext');
    const result = await vscode.commands.executeCommand<vscode.TextDocument>('newsAnnotator.treatAsArticle');
    assert.strictEqual(result?.languageId, 'news-article');
    await waitFor('the active editor to show an article', () => isArticle(vscode.window.activeTextEditor!.document));

    const uri = workspaceFile('memo-2.txt');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('Another memo.\n', 'utf8'));
    const byUri = await vscode.commands.executeCommand<vscode.TextDocument>('newsAnnotator.treatAsArticle', uri);
    assert.strictEqual(byUri?.languageId, 'news-article');
  });
});
