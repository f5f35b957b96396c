import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/vscode/api';
import type { EntitiesTreeNode, EntityTypeNode } from '../../src/vscode/views/entitiesTree';
import type { SpeakerFolderNode, SpeakerNode, SpeakersTreeNode } from '../../src/vscode/views/speakersTree';
import { speakerGroups } from '../../src/presentation/speakersModel';
import { closeAllEditors, editorApi, writeAndOpen } from './editorFixtures';
import { waitFor } from './extensionUnderTest';
import { labelOf, showInViews } from './viewFixtures';

// A 300 KB live blog (the views' "long file"): speakers come in folders by type with counts, the ones heard once
// folded away, and every speaker can still be revealed. scripts/long-article.mjs writes a richer one to look at.
const FIRST = ['Anna', 'Marek', 'Lucía', 'Tomás', 'Ingrid', 'Karim', 'Sofia', 'Jonas', 'Amira', 'Pieter', 'Elena', 'Yusuf', 'Greta', 'Mateo', 'Hana', 'Oskar'];
const LAST = ['Kowalska', 'Brandt', 'Ferreira', 'Novak', 'Lindqvist', 'Haddad', 'Rossi', 'Varga', 'Okafor', 'Jansen', 'Moreau', 'Demir', 'Costa', 'Nielsen', 'Ibáñez', 'Horvat'];
const ORGS = ['The City Council', 'The Harbour Authority', 'The Transport Ministry', 'The Farmers’ Union'];

function liveBlog(bytes: number): string {
  const parts = ['date 2024-05-06', 'Live: the harbour vote, as it happened'];
  for (let i = 0, size = 0; size < bytes; i++) {
    const regular = `${FIRST[i % 8]} ${LAST[(i >> 3) % 8]}`;
    // Double-barrelled names differ for every update: each passer-by speaks once.
    const passerBy = `${FIRST[i % 16]} ${LAST[(i >> 4) % 16]}-${LAST[(i >> 8) % 16]}`;
    const update = [
      `“We are ready to sign tomorrow,” said ${regular}, the committee chair.`,
      `${ORGS[i % ORGS.length]} said in a statement that the talks were making progress.`,
      `Officials said the harbour would stay open during the works.`,
      `“Nobody told us the bridge would close,” said ${passerBy}, who lives nearby.`,
    ].join('\n\n');
    parts.push(update);
    size += update.length;
  }
  return parts.join('\n\n') + '\n';
}

describe('a long article in the views', function () {
  this.timeout(120_000);
  let api: NewsAnnotatorApi;
  let doc: vscode.TextDocument;
  const top = () => api.speakers.getChildren();
  const folder = (title: string, nodes: SpeakersTreeNode[] = top()) =>
    nodes.find((n): n is SpeakerFolderNode => n.type === 'folder' && n.folder.title === title);
  const speakersIn = (nodes: SpeakersTreeNode[]): SpeakerNode[] =>
    nodes.flatMap((n) => (n.type === 'speaker' ? [n] : n.type === 'folder' ? speakersIn(api.speakers.getChildren(n)) : []));

  before(async () => {
    api = await editorApi();
    doc = await writeAndOpen('live-blog.article', liveBlog(300_000));
    await showInViews(api, doc);
  });
  after(async () => {
    await closeAllEditors();
  });

  it('puts speakers in folders by type with counts, unattributed last, and loses none', () => {
    const labels = top().map((n) => labelOf(api.speakers.getTreeItem(n)));
    assert.deepStrictEqual(labels.slice(0, 3), ['Named people', 'Organizations', 'Unnamed sources'], labels.join(', '));
    const people = folder('Named people')!;
    const item = api.speakers.getTreeItem(people);
    assert.match(String(item.description), /^\d+ speakers, \d+ claims$/);
    assert.strictEqual(item.collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
    const all = speakerGroups(api.speakers.analysis!).map((g) => g.key).sort();
    assert.deepStrictEqual(speakersIn(top()).map((n) => n.group.key).sort(), all, 'every speaker is in the tree once');
    assert.ok(all.length > 100, `${all.length} speakers`);
  });

  it('folds the people heard once into a collapsed "One claim each" folder after those heard more', () => {
    const people = folder('Named people')!;
    const children = api.speakers.getChildren(people);
    const once = folder('One claim each', children)!;
    assert.strictEqual(children[children.length - 1], once, 'last in its folder');
    const item = api.speakers.getTreeItem(once);
    assert.strictEqual(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const singles = api.speakers.getChildren(once) as SpeakerNode[];
    assert.ok(singles.length > 50 && singles.every((s) => s.group.claims.length === 1), `${singles.length} singles`);
    assert.ok(children.filter((n): n is SpeakerNode => n.type === 'speaker').every((s) => s.group.claims.length > 1));
    assert.strictEqual(api.speakers.getParent(singles[0]), once);
    assert.strictEqual(api.speakers.getParent(once), people);
  });

  it('reveals the claim under the cursor though its speaker is folded away', async () => {
    const single = (api.speakers.getChildren(folder('One claim each', api.speakers.getChildren(folder('Named people')!))!) as SpeakerNode[])[3];
    const claim = single.group.claims[0];
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('newsAnnotator.speakers.focus');
    await waitFor('the Speakers view to be visible', () => api.speakersView.visible);
    const inside = doc.positionAt(claim.start + 3);
    editor.selection = new vscode.Selection(inside, inside);
    await waitFor('the claim to be selected in the view', () => {
      const selected = api.speakersView.selection[0];
      return selected?.type === 'claim' && selected.claim.id === claim.id;
    });
  });

  it('counts each entity type in the Entities view and lists every entity', () => {
    const groups = api.entities.getChildren() as EntityTypeNode[];
    const listed = (nodes: EntitiesTreeNode[]): number =>
      nodes.reduce((n, node) => n + (node.type === 'entity' ? 1 : node.type === 'entityOnce' ? listed(api.entities.getChildren(node)) : 0), 0);
    for (const group of groups) {
      const item = api.entities.getTreeItem(group);
      assert.strictEqual(item.description, String(group.group.entities.length));
      assert.strictEqual(listed(api.entities.getChildren(group)), group.group.entities.length, group.group.title);
    }
    assert.strictEqual(groups.reduce((n, g) => n + g.group.entities.length, 0), api.entities.analysis!.entities.length);
  });
});
