import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/vscode/api';
import { closeAllEditors, editorApi, writeAndOpen } from './editorFixtures';
import { waitFor } from './extensionUnderTest';
import { QUOTES, SPEAKERS_ARTICLE, quoteClaims, selectedText, showInViews } from './viewFixtures';

describe('navigation', () => {
  let api: NewsAnnotatorApi;
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;

  const at = (line: number, character = 0) => {
    const p = new vscode.Position(line, character);
    editor.selection = new vscode.Selection(p, p);
  };

  before(async () => {
    api = await editorApi();
    doc = await writeAndOpen('navigation.article', SPEAKERS_ARTICLE);
  });
  beforeEach(async () => {
    editor = await showInViews(api, doc);
  });
  after(closeAllEditors);

  it('Next Quote selects each quote in turn and wraps around to the first', async () => {
    quoteClaims(api);
    at(0);
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await vscode.commands.executeCommand('newsAnnotator.nextQuote');
      seen.push(selectedText(editor));
    }
    assert.deepStrictEqual(
      seen.map((s) => QUOTES.findIndex((q) => s.includes(q.words))),
      [0, 1, 2, 0],
      JSON.stringify(seen),
    );
  });

  it('Previous Quote goes backwards from the cursor and wraps around to the last', async () => {
    at(6); // the paragraph between the second and the third quote
    await vscode.commands.executeCommand('newsAnnotator.previousQuote');
    assert.ok(selectedText(editor).includes(QUOTES[1].words), selectedText(editor));
    await vscode.commands.executeCommand('newsAnnotator.previousQuote');
    assert.ok(selectedText(editor).includes(QUOTES[0].words), selectedText(editor));
    await vscode.commands.executeCommand('newsAnnotator.previousQuote');
    assert.ok(selectedText(editor).includes(QUOTES[2].words), selectedText(editor));
  });

  it('selects exactly the claim range and keeps it in view', async () => {
    const claims = quoteClaims(api);
    at(6);
    await vscode.commands.executeCommand('newsAnnotator.nextQuote');
    assert.strictEqual(doc.offsetAt(editor.selection.start), claims[2].start);
    assert.strictEqual(doc.offsetAt(editor.selection.end), claims[2].end);
    assert.ok(editor.visibleRanges.some((r) => r.contains(editor.selection)));
  });

  it('Go to Speaker… picks a speaker and goes to their claim', async () => {
    at(0);
    const done = vscode.commands.executeCommand('newsAnnotator.goToSpeaker');
    // The first pick lists speakers by position: Tom Becker, with a single claim, is first and is taken directly.
    await acceptQuickPick();
    await done;
    assert.ok(selectedText(editor).includes(QUOTES[0].words), selectedText(editor));
  });

  it('Go to Speaker… offers a speaker\'s claims, previews the highlighted one and goes to the chosen one', async () => {
    at(0);
    const maria = api.speakers.getChildren().find((n) => n.type === 'speaker' && n.group.name === 'Maria Lopez');
    assert.ok(maria?.type === 'speaker');
    // Given a speaker (as hover links may), it opens the claims pick at once, the first claim highlighted and previewed.
    const done = vscode.commands.executeCommand('newsAnnotator.goToSpeaker', maria.group.key);
    await waitFor('the preview of the first claim', () => selectedText(editor).includes(QUOTES[1].words));
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await waitFor('the preview of the second claim', () => selectedText(editor).includes(QUOTES[2].words));
    await acceptQuickPick();
    await done;
    assert.ok(selectedText(editor).includes(QUOTES[2].words), selectedText(editor));
  });

  it('Go to Entity… picks an entity and one of its mentions', async () => {
    at(0);
    const done = vscode.commands.executeCommand('newsAnnotator.goToEntity');
    // Entities are listed as in the Entities view: People first, the most mentioned first.
    await acceptQuickPick();
    await waitFor('the preview of the first mention', () => selectedText(editor) === 'Maria Lopez');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await acceptQuickPick();
    await done;
    assert.strictEqual(selectedText(editor), 'Maria Lopez');
    assert.strictEqual(editor.selection.start.line, 8);
  });

  it('Go to Speaker… selects the chosen claim where it is after an edit made while the pick was open', async () => {
    const edited = await showInViews(api, await writeAndOpen('navigation-edit.article', SPEAKERS_ARTICLE));
    const maria = api.speakers.getChildren().find((n) => n.type === 'speaker' && n.group.name === 'Maria Lopez');
    assert.ok(maria?.type === 'speaker');
    const done = vscode.commands.executeCommand('newsAnnotator.goToSpeaker', maria.group.key);
    await waitFor('the preview of the first claim', () => selectedText(edited).includes(QUOTES[1].words));
    // Moves every claim down by a line: the offsets the pick was built from no longer hold.
    await edited.edit((b) => b.insert(new vscode.Position(1, 0), 'The council published its plans.\n'));
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await acceptQuickPick();
    await done;
    assert.ok(selectedText(edited).includes(QUOTES[2].words), selectedText(edited));
    assert.strictEqual(edited.selection.start.line, QUOTES[2].line);
  });
});

/** Gives an open quick pick a moment to render, then accepts its highlighted item. */
async function acceptQuickPick(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}
