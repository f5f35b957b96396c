// The entity corrections in the real editor: every one from the cursor, the Entities view or the light bulb,
// and the review mark an accepted entity gets.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Analysis, Entity } from '../../src/engine/types';
import type { NewsAnnotatorApi } from '../../src/vscode/api';
import type { EntityNode, EntityTypeNode, MentionNode } from '../../src/vscode/views/entitiesTree';
import { closeAllEditors, editorApi } from './editorFixtures';
import { workspaceFile } from './extensionUnderTest';
import { showInViews } from './viewFixtures';

const ARTICLE = [
  'date 2024-05-06',
  '',
  '“We will finish the new bridge before winter,” said Maria Lopez, the mayor of Springfield.',
  '',
  'Council member Tom Reed said the budget was far too small for the project.',
  '',
  'Lopez said the work would start in May at the Riverside depot.',
  '',
].join('\n');

let api: NewsAnnotatorApi;
let counter = 0;

/** A fresh article (no sidecar) in the editor and the views. */
async function openFresh(): Promise<vscode.TextEditor> {
  const uri = workspaceFile(`entity-corrections-${++counter}-${Date.now()}.article`);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(ARTICLE, 'utf8'));
  const document = await vscode.workspace.openTextDocument(uri);
  await api.corrections.decisions(document);
  return showInViews(api, document);
}

/** Selects the n-th occurrence of `words` (an empty selection inside them with `cursor`). */
function select(editor: vscode.TextEditor, words: string, { n = 0, cursor = false } = {}): void {
  let at = -1;
  for (let i = 0; i <= n; i++) at = editor.document.getText().indexOf(words, at + 1);
  assert.ok(at >= 0, words);
  const start = editor.document.positionAt(cursor ? at + 1 : at);
  editor.selection = new vscode.Selection(start, cursor ? start : editor.document.positionAt(at + words.length));
}

const analysisOf = (editor: vscode.TextEditor) => api.store.getAsync(editor.document);
const holder = (analysis: Analysis, text: string): Entity | undefined => analysis.entities.find((e) => e.mentions.some((m) => m.text === text));

describe('entity corrections', function () {
  this.timeout(60000);

  before(async () => {
    api = await editorApi();
  });
  afterEach(closeAllEditors);

  it('accepts an entity from the cursor: accepted, with provenance, and a check mark in the Entities view', async () => {
    const editor = await openFresh();
    select(editor, 'Springfield', { cursor: true });
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.acceptEntity'));
    const springfield = holder(await analysisOf(editor), 'Springfield')!;
    assert.strictEqual(springfield.status, 'accepted');
    assert.ok(springfield.provenance?.creator, 'who accepted it');
    const places = (api.entities.getChildren() as EntityTypeNode[]).find((g) => g.group.type === 'place')!;
    const node = (api.entities.getChildren(places) as EntityNode[]).find((e) => e.entity.name === 'Springfield')!;
    assert.match(String(api.entities.getTreeItem(node).description), /✓$/);
  });

  it('splits a mention out of its entity from the Entities view', async () => {
    const editor = await openFresh();
    const lopez = holder(await analysisOf(editor), 'Lopez')!;
    assert.strictEqual(lopez.name, 'Maria Lopez', 'the machine files "Lopez" under Maria Lopez');
    const people = (api.entities.getChildren() as EntityTypeNode[]).find((g) => g.group.type === 'person')!;
    const entity = (api.entities.getChildren(people) as EntityNode[]).find((e) => e.entity.id === lopez.id)!;
    const mention = (api.entities.getChildren(entity) as MentionNode[]).find((m) => m.mention.text === 'Lopez')!;
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.splitMention', mention));
    const after = await analysisOf(editor);
    const alone = holder(after, 'Lopez')!;
    assert.deepStrictEqual([alone.name, alone.status, alone.mentions.length], ['Lopez', 'human', 1]);
    assert.strictEqual(holder(after, 'Maria Lopez')?.mentions.length, lopez.mentions.length - 1);
    // A single mention has nothing to be split from.
    select(editor, 'Tom Reed', { cursor: true });
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.splitMention'), false);
  });

  it('adds, retypes, rejects and merges from the cursor and selection', async () => {
    const editor = await openFresh();
    select(editor, 'Riverside depot');
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.addEntity', undefined, 'place'));
    assert.deepStrictEqual([holder(await analysisOf(editor), 'Riverside depot')?.type, holder(await analysisOf(editor), 'Riverside depot')?.status], ['place', 'human']);
    select(editor, 'Springfield', { cursor: true });
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.retypeEntity', undefined, 'organization'));
    assert.strictEqual(holder(await analysisOf(editor), 'Springfield')?.type, 'organization');
    select(editor, 'Tom Reed', { cursor: true });
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.notAnEntity', undefined, false));
    assert.strictEqual(holder(await analysisOf(editor), 'Tom Reed'), undefined);
    select(editor, 'Riverside depot', { cursor: true });
    const springfield = holder(await analysisOf(editor), 'Springfield')!;
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.retypeEntity', undefined, 'organization'));
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.mergeEntities', undefined, springfield.id));
    const merged = holder(await analysisOf(editor), 'Riverside depot')!;
    assert.ok(merged.mentions.some((m) => m.text === 'Springfield'), 'one entity holds both names');
  });

  it('offers the corrections that apply on the light bulb of a name and of a selection', async () => {
    const editor = await openFresh();
    const titles = async (words: string, n = 0, cursor = true) => {
      select(editor, words, { n, cursor });
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, editor.selection);
      return actions.map((a) => a.title).filter((t) => t.startsWith('News:'));
    };
    const lopez = await titles('Lopez', 1);
    for (const title of ['News: Accept Entity', 'News: Change Entity Type…', 'News: Not an Entity…', 'News: Merge Entity with…', 'News: Split Mention out of Entity']) {
      assert.ok(lopez.includes(title), `${title} in ${lopez}`);
    }
    const tom = await titles('Tom Reed');
    assert.ok(!tom.includes('News: Split Mention out of Entity'), 'one mention: nothing to split');
    assert.ok((await titles('new bridge', 0, false)).includes('News: Add Entity from Selection…'));
    select(editor, 'Springfield', { cursor: true });
    await vscode.commands.executeCommand('newsAnnotator.acceptEntity');
    await analysisOf(editor);
    assert.ok(!(await titles('Springfield')).includes('News: Accept Entity'), 'an accepted entity is not offered again');
  });
});
