import * as assert from 'assert';
import * as vscode from 'vscode';
import { HIGHLIGHT_CATEGORIES } from '../../src/presentation/highlightPlan';
import { waitFor } from './extensionUnderTest';
import { BRIDGE_ARTICLE, closeAllEditors, drawnTexts, editorApi, waitForHighlights, writeAndOpen } from './editorFixtures';

describe('highlights', () => {
  afterEach(closeAllEditors);

  it('draws each category: people, places, dates, the direct quote and the speaker at its cue', async () => {
    const api = await editorApi();
    const editor = await vscode.window.showTextDocument(await writeAndOpen('bridge.article', BRIDGE_ARTICLE));
    await waitForHighlights(api, editor);
    assert.ok(drawnTexts(api, editor, 'person').includes('Maria Lopez'), `person: ${drawnTexts(api, editor, 'person')}`);
    assert.ok(drawnTexts(api, editor, 'place').includes('Springfield'), `place: ${drawnTexts(api, editor, 'place')}`);
    assert.ok(drawnTexts(api, editor, 'date').some((t) => t.includes('Tuesday') || t.includes('2024-05-06')));
    const quotes = drawnTexts(api, editor, 'quoteDirect');
    assert.ok(quotes.some((q) => q.includes('finish the new bridge before winter')), `quotes: ${quotes}`);
    assert.deepStrictEqual(drawnTexts(api, editor, 'speaker'), ['Maria Lopez']);
    assert.deepStrictEqual(drawnTexts(api, editor, 'quoteReported'), []);
  });

  it('draws the same highlights in both halves of a split editor', async () => {
    const api = await editorApi();
    const doc = await writeAndOpen('split.article', BRIDGE_ARTICLE);
    const left = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const right = await vscode.window.showTextDocument(doc, vscode.ViewColumn.Two);
    assert.notStrictEqual(left, right);
    await waitForHighlights(api, left);
    await waitForHighlights(api, right);
    for (const category of HIGHLIGHT_CATEGORIES) {
      assert.deepStrictEqual(drawnTexts(api, right, category), drawnTexts(api, left, category), category);
    }
    assert.ok(drawnTexts(api, right, 'quoteDirect').length > 0);
  });

  it('keeps highlights while typing, moved with the text, and never draws an analysis of an older version', async () => {
    const api = await editorApi();
    const editor = await vscode.window.showTextDocument(await writeAndOpen('typing.article', BRIDGE_ARTICLE));
    const doc = editor.document;
    await waitForHighlights(api, editor);
    const analysed = api.decorations.drawnVersion(editor);

    // Sample what is drawn all along, and at every edit: the highlights never go, and each analysis drawn is
    // of the version on screen when it is drawn (then carried along with the text by later edits).
    const mismatches: string[] = [];
    let last = analysed;
    const check = (current: number) => {
      const drawn = api.decorations.drawnVersion(editor);
      if (drawn === undefined) mismatches.push(`nothing drawn at ${current}`);
      else if (drawn !== last && drawn !== current) mismatches.push(`drew ${drawn} over ${current}`);
      last = drawn;
    };
    const sampler = setInterval(() => check(doc.version), 5);
    // A change event comes with the new version: what was drawn just before it belongs to the one before.
    const edits = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc) check(doc.version - 1);
    });
    try {
      const quoteLine = 2;
      await editor.edit((b) => b.insert(new vscode.Position(quoteLine, 0), ' '));
      assert.strictEqual(api.decorations.drawnVersion(editor), analysed, 'the highlights stay while typing');
      assert.deepStrictEqual(drawnTexts(api, editor, 'speaker'), ['Maria Lopez'], 'moved with the text');
      assert.ok(drawnTexts(api, editor, 'place').includes('Springfield'));
      // The quote the character was typed against is no longer highlighted: its text changed.
      assert.deepStrictEqual(drawnTexts(api, editor, 'quoteDirect'), []);
      // Typing inside a name takes its highlight away at once; the others stay.
      const city = doc.getText().lastIndexOf('Springfield');
      await editor.edit((b) => b.insert(doc.positionAt(city + 6), 'x'));
      assert.deepStrictEqual(drawnTexts(api, editor, 'place'), ['Springfield'], 'only the touched place went');
      assert.deepStrictEqual(drawnTexts(api, editor, 'speaker'), ['Maria Lopez']);
      await editor.edit((b) => b.insert(new vscode.Position(quoteLine, 0), 'Rain had stopped.\n\n'));
      await waitForHighlights(api, editor);
    } finally {
      clearInterval(sampler);
      edits.dispose();
    }
    assert.deepStrictEqual(mismatches, []);
    // Ranges from an analysis of an earlier edit would be shifted by the later insertions.
    assert.deepStrictEqual(drawnTexts(api, editor, 'speaker'), ['Maria Lopez']);
    assert.ok(drawnTexts(api, editor, 'person').includes('Maria Lopez'));
    assert.ok(drawnTexts(api, editor, 'quoteDirect').some((q) => q.includes('finish the new bridge')));
  });

  it('redraws only the editors of the document that changed', async () => {
    const api = await editorApi();
    const a = await vscode.window.showTextDocument(await writeAndOpen('a.article', BRIDGE_ARTICLE), vscode.ViewColumn.One);
    const b = await vscode.window.showTextDocument(await writeAndOpen('b.article', BRIDGE_ARTICLE), vscode.ViewColumn.Two);
    await waitForHighlights(api, a);
    await waitForHighlights(api, b);
    const before = api.decorations.rangesFor(b, 'person');
    const versionB = api.decorations.drawnVersion(b);
    await a.edit((e) => e.insert(new vscode.Position(4, 0), 'Meanwhile, '));
    await waitForHighlights(api, a);
    assert.strictEqual(api.decorations.rangesFor(b, 'person'), before, 'the other article was redrawn');
    assert.strictEqual(api.decorations.drawnVersion(b), versionB);
  });

  it('"Annotate / Refresh" analyses the active article again at once and redraws it', async () => {
    const api = await editorApi();
    const editor = await vscode.window.showTextDocument(await writeAndOpen('refresh.article', BRIDGE_ARTICLE));
    await waitForHighlights(api, editor);
    const before = api.decorations.rangesFor(editor, 'quoteDirect');
    const analysis = await vscode.commands.executeCommand<{ claims: { text: string }[] }>('newsAnnotator.refresh');
    assert.ok(analysis?.claims.some((c) => c.text.includes('finish the new bridge')), 'returns the new analysis');
    assert.notStrictEqual(api.decorations.rangesFor(editor, 'quoteDirect'), before, 'drawn again');
    assert.deepStrictEqual(drawnTexts(api, editor, 'quoteDirect'), before.map((r) => editor.document.getText(r)));
  });

  it('switches a category off through its setting', async () => {
    const api = await editorApi();
    const editor = await vscode.window.showTextDocument(await writeAndOpen('settings.article', BRIDGE_ARTICLE));
    await waitForHighlights(api, editor);
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    await config.update('highlight.places', false, vscode.ConfigurationTarget.Global);
    try {
      await waitFor('places to be cleared', () => drawnTexts(api, editor, 'place').length === 0);
      assert.ok(drawnTexts(api, editor, 'person').includes('Maria Lopez'), 'other categories stay');
    } finally {
      await config.update('highlight.places', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('places to return', () => drawnTexts(api, editor, 'place').includes('Springfield'));
  });

  it('"Toggle Highlights" switches all highlights off and on for the session', async () => {
    const api = await editorApi();
    const editor = await vscode.window.showTextDocument(await writeAndOpen('toggle.article', BRIDGE_ARTICLE));
    await waitForHighlights(api, editor);
    assert.strictEqual(api.decorations.isHighlighting(), true);
    try {
      assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.toggleHighlights'), false);
      assert.strictEqual(api.decorations.isHighlighting(), false);
      for (const category of HIGHLIGHT_CATEGORIES) assert.deepStrictEqual(drawnTexts(api, editor, category), [], category);
      // A newly opened article stays plain while highlights are off.
      const other = await vscode.window.showTextDocument(await writeAndOpen('toggle-2.article', BRIDGE_ARTICLE), vscode.ViewColumn.Two);
      await api.store.getAsync(other.document);
      assert.strictEqual(api.decorations.drawnVersion(other), undefined);
    } finally {
      if (!api.decorations.isHighlighting()) await vscode.commands.executeCommand('newsAnnotator.toggleHighlights');
    }
    assert.strictEqual(api.decorations.isHighlighting(), true);
    await waitForHighlights(api, editor);
    assert.ok(drawnTexts(api, editor, 'quoteDirect').length > 0);
  });

  it('draws a category too large to draw whole around the visible lines, and follows scrolling', async function () {
    this.timeout(120_000);
    const api = await editorApi();
    const paragraphs = 'Maria Lopez visited Springfield on Monday.\n\n'.repeat(2500);
    const editor = await vscode.window.showTextDocument(await writeAndOpen('many.article', `date 2024-05-06\n\n${paragraphs}`));
    await waitForHighlights(api, editor, 90_000);
    const lastLine = editor.document.lineCount - 1;
    const lines = () => api.decorations.rangesFor(editor, 'person').map((r) => r.start.line);
    assert.ok(lines().length > 0, 'people are drawn');
    assert.ok(lines().length < 2500 && Math.max(...lines()) < lastLine / 2, 'only around the top, where the editor is');

    editor.revealRange(new vscode.Range(lastLine, 0, lastLine, 0), vscode.TextEditorRevealType.InCenter);
    await waitFor('people drawn near the end', () => Math.max(...lines()) > lastLine - 50);
    assert.ok(Math.min(...lines()) > lastLine / 2, 'the top is no longer drawn');
    assert.deepStrictEqual([...new Set(drawnTexts(api, editor, 'person'))], ['Maria Lopez']);
  });

  it('keeps highlighting after a switch to a high-contrast theme', async () => {
    const api = await editorApi();
    const editor = await vscode.window.showTextDocument(await writeAndOpen('theme.article', BRIDGE_ARTICLE));
    await waitForHighlights(api, editor);
    const before = api.decorations.rangesFor(editor, 'quoteDirect');
    const workbench = vscode.workspace.getConfiguration('workbench');
    await workbench.update('colorTheme', 'Default High Contrast', vscode.ConfigurationTarget.Global);
    try {
      await waitFor('the high-contrast theme', () => vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.HighContrast);
      // New decoration types for the new theme kind: the editor is drawn again with them.
      await waitFor('a redraw', () => api.decorations.rangesFor(editor, 'quoteDirect') !== before);
      assert.deepStrictEqual(
        api.decorations.rangesFor(editor, 'quoteDirect').map((r) => editor.document.getText(r)),
        before.map((r) => editor.document.getText(r)),
      );
    } finally {
      await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
