// The correction layer in the real editor: decisions kept in the sidecar beside the article, anchored through
// edits in the editor and changes on disk, and a corrupt or newer sidecar never lost.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { AnalysisStore } from '../../src/vscode/documents/analysisStore';
import { CorrectionsStore } from '../../src/vscode/documents/correctionsStore';
import { nodeWorker } from '../../src/worker/nodeWorker';
import type { Analysis, Claim } from '../../src/engine/types';
import type { NewsAnnotatorApi } from '../../src/vscode/api';
import { closeAllEditors, editorApi } from './editorFixtures';
import { extensionUnderTest, waitFor, workspaceFile } from './extensionUnderTest';

const BRIDGE = '“We will finish the new bridge before winter,”';
const BUDGET = 'the budget was far too small for the project';
const CLOSURES = '“Nobody asked us about the closures,”';
const ARTICLE = [
  'date 2024-05-06',
  '',
  `${BRIDGE} said Maria Lopez, the mayor of Springfield.`,
  '',
  `Council member Tom Reed said ${BUDGET}.`,
  '',
  `${CLOSURES} said a resident, Ana Silva.`,
  '',
].join('\n');

let api: NewsAnnotatorApi;
let counter = 0;

/** A fresh article file (and no sidecar) per test, so tests do not share corrections. */
async function freshArticle(text = ARTICLE): Promise<vscode.Uri> {
  const uri = workspaceFile(`corrections-${++counter}-${Date.now()}.article`);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}

const sidecarOf = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.annotations.json` });

async function readText(uri: vscode.Uri): Promise<string> {
  return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

/** Opens the article in an editor and waits for its corrected analysis. */
async function open(uri: vscode.Uri): Promise<{ editor: vscode.TextEditor; analysis: Analysis }> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  await api.corrections.decisions(document);
  return { editor, analysis: await api.store.getAsync(document) };
}

function claim(analysis: Analysis, text: string): Claim {
  const found = analysis.claims.find((c) => c.text === text);
  assert.ok(found, `claim ${text} in ${JSON.stringify(analysis.claims.map((c) => c.text))}`);
  return found;
}

/** Puts the cursor inside a claim. */
function cursorIn(editor: vscode.TextEditor, text: string): void {
  const at = editor.document.positionAt(editor.document.getText().indexOf(text) + 3);
  editor.selection = new vscode.Selection(at, at);
}

/**
 * What a window reload leaves of the corrections: only the files. A reload cannot run inside this runner (it
 * would end the test host), so a fresh analysis store and corrections store, as activation makes them, read
 * the article and its sidecar from disk.
 */
async function afterReload<T>(document: vscode.TextDocument, read: (analysis: Analysis) => T): Promise<T> {
  await api.corrections.flush(document);
  const analyses = new AnalysisStore({ spawn: nodeWorker(path.join(extensionUnderTest().extensionPath, 'dist', 'analysisWorker.js')) });
  const corrections = new CorrectionsStore(analyses);
  try {
    await corrections.decisions(document);
    return read(await analyses.getAsync(document));
  } finally {
    corrections.dispose();
    analyses.dispose();
  }
}

/** Writes the article's file as another program would, and waits until the editor's copy follows it. */
async function changeOnDisk(document: vscode.TextDocument, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(document.uri, Buffer.from(text, 'utf8'));
  await waitFor('the document to reload from disk', () => document.getText() === text, 15000);
}

describe('corrections', function () {
  this.timeout(60000);

  before(async () => {
    api = await editorApi();
  });

  afterEach(closeAllEditors);

  it('keeps a speaker reassignment in the sidecar across a reload (fresh stores reading from disk)', async () => {
    const uri = await freshArticle();
    const { editor } = await open(uri);
    cursorIn(editor, CLOSURES);
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.reassignSpeaker', undefined, { entityId: 'person:ana-silva', name: 'Ana Silva' }));
    const corrected = api.store.peek(editor.document)!;
    assert.strictEqual(claim(corrected, CLOSURES).speaker?.entityId, 'person:ana-silva');
    assert.strictEqual(claim(corrected, CLOSURES).status, 'human');
    await api.corrections.flush(editor.document);
    const sidecar = JSON.parse(await readText(sidecarOf(uri)));
    assert.strictEqual(sidecar.schema, 1);
    assert.strictEqual(sidecar.decisions[0].action, 'reassignSpeaker');
    assert.strictEqual(sidecar.decisions[0].target.selector[1].exact, CLOSURES);
    assert.ok(sidecar.decisions[0].creator, 'provenance: who');

    const speaker = await afterReload(editor.document, (analysis) => claim(analysis, CLOSURES).speaker?.entityId);
    assert.strictEqual(speaker, 'person:ana-silva');
  });

  it('keeps the decision anchored when a paragraph is inserted above it', async () => {
    const uri = await freshArticle();
    const { editor } = await open(uri);
    cursorIn(editor, BUDGET);
    await vscode.commands.executeCommand('newsAnnotator.reassignSpeaker', undefined, { entityId: null, name: 'a council aide' });
    const paragraph = 'The bridge has been closed since March, when inspectors found cracks.\n\n';
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), paragraph));
    const analysis = await api.store.getAsync(editor.document);
    const moved = claim(analysis, BUDGET);
    assert.strictEqual(moved.start, ARTICLE.indexOf(BUDGET) + paragraph.length);
    assert.deepStrictEqual([moved.speaker?.text, moved.speaker?.entityId, moved.status], ['a council aide', null, 'human']);
    await api.corrections.flush(editor.document);
    const sidecar = JSON.parse(await readText(sidecarOf(uri)));
    assert.strictEqual(sidecar.decisions[0].target.selector[0].start, moved.start);
  });

  it('re-anchors after the file changed on disk with the editor closed, and lists a lost target as an orphan', async () => {
    const uri = await freshArticle();
    const { editor } = await open(uri);
    cursorIn(editor, BRIDGE);
    await vscode.commands.executeCommand('newsAnnotator.markNotClaim');
    cursorIn(editor, CLOSURES);
    await vscode.commands.executeCommand('newsAnnotator.acceptClaim');
    await api.corrections.flush(editor.document);
    await closeAllEditors();

    // Another program moves the last paragraph up and deletes the sentence with the rejected quote. (VS Code
    // keeps a closed editor's document for a while and reloads it from disk: the store sees that as one change.)
    const changed = ['date 2024-05-06', '', `${CLOSURES} said a resident, Ana Silva.`, '', `Council member Tom Reed said ${BUDGET}.`, ''].join('\n');
    await changeOnDisk(editor.document, changed);
    const { editor: reopened, analysis } = await open(uri);
    assert.strictEqual(claim(analysis, CLOSURES).status, 'accepted', 'the accepted claim is found where it moved');
    const orphans = api.corrections.orphans(reopened.document);
    assert.deepStrictEqual(orphans.map((d) => [d.action, d.target.exact]), [['rejectClaim', BRIDGE]], 'the decision on the deleted quote is kept as an orphan');
    await api.corrections.flush(reopened.document);
    const sidecar = JSON.parse(await readText(sidecarOf(uri)));
    assert.strictEqual(sidecar.decisions.length, 2, 'nothing is dropped from the file');
    await waitFor('the orphan in the status bar', () => api.review.text?.endsWith(' · 1 orphan') === true);

    // The person re-attaches the orphan to words of the new text, then drops it.
    const budget = reopened.document.getText().indexOf(BUDGET);
    reopened.selection = new vscode.Selection(reopened.document.positionAt(budget), reopened.document.positionAt(budget + BUDGET.length));
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.reviewOrphans', orphans[0].id, 'reattach'));
    assert.deepStrictEqual(api.corrections.orphans(reopened.document), []);
    assert.ok(!api.store.peek(reopened.document)!.claims.some((c) => c.text === BUDGET), 'the rejection now applies to the selected claim');
    await vscode.commands.executeCommand('newsAnnotator.undoCorrection');
    assert.strictEqual(api.corrections.orphans(reopened.document).length, 1, 'undo brings the orphan back');
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.reviewOrphans', orphans[0].id, 'drop'));
    assert.deepStrictEqual(await api.corrections.decisions(reopened.document).then((ds) => ds.map((d) => d.action)), ['acceptClaim']);
  });

  it('lists orphans in the Orphaned Corrections view, shown only while there are some, with Re-attach and Drop', async () => {
    const uri = await freshArticle();
    const { editor } = await open(uri);
    cursorIn(editor, BRIDGE);
    await vscode.commands.executeCommand('newsAnnotator.acceptClaim');
    assert.ok(!api.orphans.hasOrphans, 'no orphans: the view is hidden');
    const view = extensionUnderTest().packageJSON.contributes.views.newsAnnotator.find((v: { id: string }) => v.id === 'newsAnnotator.orphans');
    assert.strictEqual(view.when, 'newsAnnotator.hasOrphans');
    await api.corrections.flush(editor.document);
    await closeAllEditors();

    await changeOnDisk(editor.document, ARTICLE.replace(`${BRIDGE} said Maria Lopez, the mayor of Springfield.\n\n`, ''));
    const { editor: reopened } = await open(uri);
    await waitFor('the orphan in the view', () => api.orphans.hasOrphans);
    const [node] = api.orphans.getChildren();
    assert.deepStrictEqual([node.decision.action, node.decision.target.exact], ['acceptClaim', BRIDGE]);
    const item = api.orphans.getTreeItem(node);
    assert.strictEqual(item.contextValue, 'orphan.acceptClaim');
    assert.strictEqual(item.description, 'accepted');

    // Re-attach from the view's item: the selected words take the decision, and the view empties.
    const closures = reopened.document.getText().indexOf(CLOSURES);
    reopened.selection = new vscode.Selection(reopened.document.positionAt(closures), reopened.document.positionAt(closures + CLOSURES.length));
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.reattachOrphan', node));
    assert.deepStrictEqual(api.orphans.getChildren(), []);
    assert.ok(!api.orphans.hasOrphans);
    assert.strictEqual(claim(await api.store.getAsync(reopened.document), CLOSURES).status, 'accepted');

    // Undo brings the orphan back to the view; Drop removes it for good.
    await vscode.commands.executeCommand('newsAnnotator.undoCorrection');
    assert.strictEqual(api.orphans.getChildren().length, 1);
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.dropOrphan', api.orphans.getChildren()[0]));
    assert.ok(!api.orphans.hasOrphans);
    assert.deepStrictEqual(await api.corrections.decisions(reopened.document), []);
  });

  it('keeps an untitled article\'s corrections in memory, then writes them beside the file it is saved as', async () => {
    const target = workspaceFile(`saved-${++counter}-${Date.now()}.article`);
    // An untitled document with a file path saves there without a dialog: the same untitled → file change.
    const untitled = await vscode.workspace.openTextDocument(target.with({ scheme: 'untitled' }));
    const editor = await vscode.window.showTextDocument(untitled);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), ARTICLE));
    await api.corrections.decisions(untitled);
    await api.store.getAsync(untitled);
    cursorIn(editor, CLOSURES);
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.reassignSpeaker', undefined, { entityId: null, name: 'a campaign aide' }));
    assert.strictEqual(claim(api.store.peek(untitled)!, CLOSURES).speaker?.text, 'a campaign aide', 'applied while untitled');
    await api.corrections.flush(untitled);
    assert.ok(!(await exists(sidecarOf(target))), 'nothing written while untitled');

    assert.ok(await untitled.save(), 'saved as the file');
    await waitFor('the saved file to open', () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === target.toString()));
    const saved = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString())!;
    await api.corrections.decisions(saved);
    await api.corrections.flush(saved);
    const sidecar = JSON.parse(await readText(sidecarOf(target)));
    assert.deepStrictEqual(sidecar.decisions.map((d: { action: string; speaker: { name: string } }) => [d.action, d.speaker.name]), [['reassignSpeaker', 'a campaign aide']]);
    assert.strictEqual(claim(await api.store.getAsync(saved), CLOSURES).speaker?.text, 'a campaign aide', 'still applied to the saved file');
  });

  it('binds the editor\'s Undo key to Undo Last Correction only while a correction is the last change', async () => {
    const binding = extensionUnderTest().packageJSON.contributes.keybindings.find((k: { key: string }) => k.key === 'ctrl+z');
    assert.deepStrictEqual([binding.command, binding.mac], ['newsAnnotator.undoCorrection', 'cmd+z']);
    assert.match(binding.when, /newsAnnotator\.correctionUndoable/);
    const uri = await freshArticle();
    const { editor } = await open(uri);
    assert.ok(!api.undoKey.undoable, 'no correction yet: Ctrl+Z is the editor\'s');
    cursorIn(editor, BRIDGE);
    await vscode.commands.executeCommand('newsAnnotator.acceptClaim');
    assert.ok(api.undoKey.undoable, 'right after a correction, Ctrl+Z takes it back');
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'x'));
    assert.ok(!api.undoKey.undoable, 'after typing, Ctrl+Z undoes the typing');
    cursorIn(editor, BUDGET);
    await vscode.commands.executeCommand('newsAnnotator.acceptClaim');
    cursorIn(editor, CLOSURES);
    await vscode.commands.executeCommand('newsAnnotator.acceptClaim');
    await vscode.commands.executeCommand('newsAnnotator.undoCorrection');
    assert.ok(api.undoKey.undoable, 'one correction made since the typing is left');
    await vscode.commands.executeCommand('newsAnnotator.undoCorrection');
    assert.ok(!api.undoKey.undoable, 'then Ctrl+Z reaches the typing again');
    assert.deepStrictEqual((await api.corrections.decisions(editor.document)).map((d) => d.target.exact), [BRIDGE]);
  });

  it('keeps a corrupt sidecar aside as .bak with a clear message, and a newer schema untouched', async () => {
    const uri = await freshArticle();
    const corrupt = '{"schema": 1, "decisions": [ {"id": "d1", ';
    await vscode.workspace.fs.writeFile(sidecarOf(uri), Buffer.from(corrupt, 'utf8'));
    const { editor } = await open(uri);
    assert.match(api.corrections.notice(editor.document) ?? '', /could not be read: not valid JSON.*kept as .*\.annotations\.json\.bak/);
    const bak = sidecarOf(uri).with({ path: `${sidecarOf(uri).path}.bak` });
    assert.strictEqual(await readText(bak), corrupt, 'the corrupt file is kept as it was');
    assert.ok(!(await exists(sidecarOf(uri))));

    const newerUri = await freshArticle();
    const newer = JSON.stringify({ schema: 99, decisions: [] });
    await vscode.workspace.fs.writeFile(sidecarOf(newerUri), Buffer.from(newer, 'utf8'));
    const second = await open(newerUri);
    assert.match(api.corrections.problem(second.editor.document) ?? '', /schema 99 is newer/);
    cursorIn(second.editor, BRIDGE);
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.acceptClaim'), false, 'read-only: the correction is refused');
    await api.corrections.flush(second.editor.document);
    assert.strictEqual(await readText(sidecarOf(newerUri)), newer);
  });

  it('reviews from the keyboard: next unreviewed, accept, progress in the status bar, undo', async () => {
    const uri = await freshArticle();
    const { editor } = await open(uri);
    await waitFor('review progress', () => api.review.text === '$(checklist) 0 of 3 reviewed');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const first = (await vscode.commands.executeCommand('newsAnnotator.nextUnreviewed')) as Claim;
    assert.strictEqual(first.text, BRIDGE);
    assert.strictEqual(editor.document.getText(editor.selection), BRIDGE, 'the claim is selected');
    await vscode.commands.executeCommand('newsAnnotator.acceptClaim');
    await waitFor('progress after accepting', () => api.review.text === '$(checklist) 1 of 3 reviewed');
    assert.deepStrictEqual(api.reviewed.rangesFor(editor).map((r) => editor.document.getText(r)), [BRIDGE], 'the reviewed claim is marked');
    const second = (await vscode.commands.executeCommand('newsAnnotator.nextUnreviewed')) as Claim;
    assert.strictEqual(second.text, BUDGET);
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.undoCorrection'));
    await waitFor('progress after undo', () => api.review.text === '$(checklist) 0 of 3 reviewed');
    assert.deepStrictEqual(api.reviewed.rangesFor(editor), []);
  });

  it('exports brat (code-point offsets, with a copy of the text) and CSV, and imports brat as decisions', async () => {
    const uri = await freshArticle(`🇺🇦 ${ARTICLE}`);
    const { editor } = await open(uri);
    cursorIn(editor, CLOSURES);
    await vscode.commands.executeCommand('newsAnnotator.acceptClaim');
    const ann = workspaceFile(`export-${counter}.ann`);
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.export', 'brat', ann));
    const annText = await readText(ann);
    const copy = await readText(ann.with({ path: ann.path.replace(/\.ann$/, '.txt') }));
    assert.strictEqual(copy, editor.document.getText(), 'the text beside the .ann');
    const codePoints = [...copy];
    for (const line of annText.split('\n').filter((l) => l.startsWith('T'))) {
      const [, body, words] = line.split('\t');
      const pieces = body.split(' ').slice(1).join(' ').split(';').map((p) => p.split(' ').map(Number));
      assert.strictEqual(pieces.map(([s, e]) => codePoints.slice(s, e).join('')).join(' '), words, line);
    }
    assert.match(annText, /\tStatus T\d+ accepted$/m);
    const csv = workspaceFile(`export-${counter}.csv`);
    await vscode.commands.executeCommand('newsAnnotator.export', 'csv', csv);
    const rows = (await readText(csv)).split('\r\n');
    assert.match(rows[0], /^\uFEFFfile,date,line,speaker/);
    assert.ok(rows.some((r) => r.includes('Nobody asked us') && r.endsWith(',accepted')), rows.join('\n'));
    const json = workspaceFile(`export-${counter}.json`);
    await vscode.commands.executeCommand('newsAnnotator.export', 'json', json);
    const accepted = (JSON.parse(await readText(json)).claims as Array<Claim & { file: string; line: number }>).find((c) => c.text === CLOSURES)!;
    assert.deepStrictEqual([accepted.file, accepted.line, accepted.status], [vscode.workspace.asRelativePath(uri, false), 7, 'accepted']);
    assert.ok(accepted.provenance?.creator && Date.parse(accepted.provenance.created) > 0, 'who accepted it, and when');

    // The same article elsewhere, with no corrections: the import makes the .ann's reading the person's.
    const other = await freshArticle(`🇺🇦 ${ARTICLE}`);
    const second = await open(other);
    const imported = (await vscode.commands.executeCommand('newsAnnotator.importBrat', ann)) as number;
    assert.ok(imported >= 3, `imported ${imported}`);
    const analysis = api.store.peek(second.editor.document)!;
    const closures = analysis.claims.filter((c) => c.text === CLOSURES);
    assert.ok(closures.some((c) => c.status === 'human'), 'the imported quote is the person\'s');
  });
});
