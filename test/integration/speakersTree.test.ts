import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/vscode/api';
import type { ClaimNode, SpeakerNode } from '../../src/vscode/views/speakersTree';
import { closeAllEditors, editorApi, writeAndOpen } from './editorFixtures';
import { waitFor } from './extensionUnderTest';
import { QUOTES, SPEAKERS_ARTICLE, labelOf, quoteClaims, selectedText, showInViews } from './viewFixtures';

describe('Speakers view', () => {
  let api: NewsAnnotatorApi;
  let doc: vscode.TextDocument;

  const speakers = () => api.speakers.getChildren() as SpeakerNode[];
  const speakerSummary = () =>
    speakers().map((n) => {
      const item = api.speakers.getTreeItem(n);
      return [labelOf(item), item.description, (item.iconPath as vscode.ThemeIcon).id, item.contextValue];
    });

  before(async () => {
    api = await editorApi();
    doc = await writeAndOpen('speakers-view.article', SPEAKERS_ARTICLE);
  });
  beforeEach(async () => {
    await showInViews(api, doc);
  });
  after(async () => {
    await vscode.commands.executeCommand('newsAnnotator.sortByPosition');
    await closeAllEditors();
  });

  it('lists each speaker with a claim count and a person icon, in order of first claim', () => {
    quoteClaims(api);
    assert.deepStrictEqual(speakerSummary(), [
      ['Tom Becker', '1 claim', 'person', 'speaker.person'],
      ['Maria Lopez', '2 claims', 'person', 'speaker.person'],
    ]);
  });

  it('lists a speaker\'s claims in document order, line and cue first, kind icon and full text in the tooltip', () => {
    const maria = speakers()[1];
    const claims = api.speakers.getChildren(maria) as ClaimNode[];
    const items = claims.map((c) => api.speakers.getTreeItem(c));
    // Line and cue lead the label, so the default side-bar width shows them whatever the claim's length.
    assert.deepStrictEqual(
      items.map((i) => [QUOTES.findIndex((q) => labelOf(i).includes(q.words)), labelOf(i).slice(0, labelOf(i).indexOf('“'))]),
      [
        [1, '5 · said: '],
        [2, '9 · said: '],
      ],
    );
    for (const item of items) assert.deepStrictEqual((item.label as vscode.TreeItemLabel).highlights, [[4, 8]], 'the cue is marked');
    for (const item of items) {
      assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'quote');
      assert.strictEqual(item.contextValue, 'claim.direct');
      assert.strictEqual(item.collapsibleState, vscode.TreeItemCollapsibleState.None);
      assert.match(String(item.tooltip), /\n\ndirect quote — Maria Lopez said, line \d$/);
    }
    for (const c of claims) assert.strictEqual(api.speakers.getParent(c), maria);
    assert.strictEqual(api.speakers.getParent(maria), undefined);
  });

  it('cuts long claims to about 80 characters, the whole claim in the tooltip', async () => {
    const words = 'The bridge will carry trams, bikes and people across the river for a century '.repeat(3).trim();
    const long = `“${words},” Ana Ruiz said.`;
    const other = await writeAndOpen('speakers-long.article', `date 2024-05-06\n\n${long}\n`);
    await showInViews(api, other);
    const [ana] = speakers();
    const item = api.speakers.getTreeItem(api.speakers.getChildren(ana)[0]);
    assert.ok(labelOf(item).length <= 80 && labelOf(item).endsWith('…'), labelOf(item));
    assert.ok(String(item.tooltip).includes(words), String(item.tooltip));
  });

  it('selects the claim in the editor when its item is clicked', async () => {
    const maria = speakers()[1];
    const [, second] = api.speakers.getChildren(maria) as ClaimNode[];
    const command = api.speakers.getTreeItem(second).command;
    assert.ok(command, 'claim items carry a command');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    assert.ok(editor);
    assert.strictEqual(doc.offsetAt(editor.selection.start), second.claim.start);
    assert.strictEqual(doc.offsetAt(editor.selection.end), second.claim.end);
    assert.ok(selectedText(editor).includes(QUOTES[2].words));
    assert.ok(editor.visibleRanges.some((r) => r.contains(editor.selection)), 'the claim is scrolled into view');
  });

  it('filters by text, kind and speaker type, shows the filter beside the title, and clears in one click', async () => {
    try {
      await vscode.commands.executeCommand('newsAnnotator.filterSpeakers', { text: 'WINTER' });
      assert.deepStrictEqual(speakers().map((n) => [n.group.name, n.claims.length]), [['Maria Lopez', 1]]);
      assert.match(api.speakersView.description ?? '', /filter: “WINTER”$/);
      await vscode.commands.executeCommand('newsAnnotator.filterSpeakers', { kinds: ['indirect'] });
      assert.deepStrictEqual(speakers(), []);
      assert.match(api.speakersView.message ?? '', /No claims match the filter/);
      await vscode.commands.executeCommand('newsAnnotator.filterSpeakers', { speakerTypes: ['person'], kinds: ['direct'] });
      assert.strictEqual(speakers().length, 2);
      assert.match(api.speakersView.description ?? '', /filter: direct, person$/);
    } finally {
      await vscode.commands.executeCommand('newsAnnotator.clearSpeakersFilter');
    }
    assert.strictEqual(speakers().length, 2);
    assert.doesNotMatch(api.speakersView.description ?? '', /filter/);
    assert.strictEqual(api.speakersView.message, undefined);
  });

  it('sorts by claim count and back by position', async () => {
    await vscode.commands.executeCommand('newsAnnotator.sortByClaimCount');
    assert.deepStrictEqual(speakerSummary().map((s) => s[0]), ['Maria Lopez', 'Tom Becker']);
    await vscode.commands.executeCommand('newsAnnotator.sortByPosition');
    assert.deepStrictEqual(speakerSummary().map((s) => s[0]), ['Tom Becker', 'Maria Lopez']);
  });

  it('follows the active editor and is empty for a document that is not an article', async () => {
    const plain = await writeAndOpen('shopping-list.txt', 'Shopping list: “milk”, bread.\n');
    assert.strictEqual(plain.languageId, 'plaintext');
    await vscode.window.showTextDocument(plain);
    await waitFor('the view to leave the article', () => api.speakers.document === undefined);
    assert.deepStrictEqual(api.speakers.getChildren(), []);
    assert.deepStrictEqual(api.entities.getChildren(), []);
    await showInViews(api, doc);
    assert.strictEqual(speakers().length, 2);
  });

  it('shows a plain-text document once it is treated as an article', async () => {
    const body = SPEAKERS_ARTICLE.slice(SPEAKERS_ARTICLE.indexOf('\n') + 1); // no date line: stays plain text
    const plain = await writeAndOpen('speakers-plain.txt', body);
    await vscode.window.showTextDocument(plain);
    await waitFor('the view to leave the article', () => api.speakers.document === undefined);
    await vscode.commands.executeCommand('newsAnnotator.treatAsArticle');
    await waitFor(
      'the view to show the document as an article',
      () => api.speakers.document?.uri.toString() === plain.uri.toString() && speakers().length === 2,
    );
    assert.strictEqual(api.speakers.document?.languageId, 'news-article');
  });

  it('updates after an edit: a new quote appears under its speaker', async () => {
    const other = await writeAndOpen('speakers-edit.article', SPEAKERS_ARTICLE);
    const editor = await showInViews(api, other);
    await editor.edit((e) => e.insert(other.positionAt(other.getText().length), '\n“Tolls are not planned,” Tom Becker said.\n'));
    await waitFor('the view to show the edited article', () => api.speakers.analysis === api.store.peek(other) && !!api.speakers.analysis);
    await other.save();
    const tom = speakers().find((n) => n.group.name === 'Tom Becker');
    assert.strictEqual(tom?.claims.length, 2);
    assert.ok(tom.claims[1].claim.text.includes('Tolls are not planned'));
  });

  it('reveals the quote under the cursor while the view is visible', async () => {
    await vscode.commands.executeCommand('newsAnnotator.speakers.focus');
    await waitFor('the Speakers view to be visible', () => api.speakersView.visible);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    assert.ok(editor);
    const target = quoteClaims(api)[2];
    const inside = doc.positionAt(target.start + 3);
    editor.selection = new vscode.Selection(inside, inside);
    await waitFor('the quote under the cursor to be selected in the view', () => {
      const selected = api.speakersView.selection[0];
      return selected?.type === 'claim' && selected.claim.id === target.id;
    });
  });

  it('leaves the view alone when newsAnnotator.revealOnCursor is off', async () => {
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    await config.update('revealOnCursor', false, vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand('newsAnnotator.speakers.focus');
      await waitFor('the Speakers view to be visible', () => api.speakersView.visible);
      // Start from a definite selection: a refresh of the view can leave it empty for a moment and then restore
      // the previous test's, which is no reveal but would read as one.
      const [selectedClaim, target] = quoteClaims(api);
      const before = api.speakers.claimNode(selectedClaim.id)!;
      await api.speakersView.reveal(before, { select: true });
      await waitFor('the chosen claim to be selected', () => api.speakersView.selection[0] === before);
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
      assert.ok(editor);
      const inside = doc.positionAt(target.start + 3);
      editor.selection = new vscode.Selection(inside, inside);
      await new Promise((resolve) => setTimeout(resolve, 1000)); // a reveal would have happened by now
      assert.strictEqual(api.speakersView.selection[0], before);
    } finally {
      await config.update('revealOnCursor', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('reveals a speaker by entity id (the hover link)', async () => {
    const maria = speakers()[1];
    assert.ok(maria.group.entityId);
    await vscode.commands.executeCommand('newsAnnotator.revealSpeaker', maria.group.entityId);
    await waitFor('the speaker to be selected in the view', () => {
      const selected = api.speakersView.selection[0];
      return selected?.type === 'speaker' && selected.group.key === maria.group.key;
    });
    assert.ok(api.speakersView.visible);
  });
});
