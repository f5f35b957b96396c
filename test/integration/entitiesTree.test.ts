import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/vscode/api';
import type { EntityNode, EntityTypeNode, MentionNode } from '../../src/vscode/views/entitiesTree';
import { closeAllEditors, editorApi, writeAndOpen } from './editorFixtures';
import { extensionUnderTest } from './extensionUnderTest';
import { SPEAKERS_ARTICLE, labelOf, selectedText, showInViews } from './viewFixtures';

describe('Entities view', () => {
  let api: NewsAnnotatorApi;
  let doc: vscode.TextDocument;

  const groups = () => api.entities.getChildren() as EntityTypeNode[];
  const group = (title: string) => groups().find((g) => labelOf(api.entities.getTreeItem(g)) === title);
  const entity = (name: string) =>
    groups()
      .flatMap((g) => api.entities.getChildren(g) as EntityNode[])
      .find((e) => e.entity.name === name);

  before(async () => {
    api = await editorApi();
    doc = await writeAndOpen('entities-view.article', SPEAKERS_ARTICLE);
    await showInViews(api, doc);
  });
  after(closeAllEditors);

  it('groups entities by type in a fixed order, with counts', () => {
    const titles = groups().map((g) => labelOf(api.entities.getTreeItem(g)));
    for (const title of ['People', 'Places', 'Dates']) assert.ok(titles.includes(title), `${title} in ${titles}`);
    assert.ok(titles.indexOf('People') < titles.indexOf('Places') && titles.indexOf('Places') < titles.indexOf('Dates'));
    const people = group('People')!;
    assert.strictEqual(api.entities.getTreeItem(people).contextValue, 'entityType.person');
    assert.strictEqual((api.entities.getTreeItem(people).iconPath as vscode.ThemeIcon).id, 'person');
    const names = (api.entities.getChildren(people) as EntityNode[]).map((e) => {
      const item = api.entities.getTreeItem(e);
      return [labelOf(item), item.description, item.contextValue];
    });
    // Most mentioned first.
    assert.deepStrictEqual(names, [
      ['Maria Lopez', '2 mentions', 'entity.person'],
      ['Tom Becker', '1 mention', 'entity.person'],
    ]);
    assert.ok(
      (api.entities.getChildren(group('Places')!) as EntityNode[]).some((e) => e.entity.name === 'Springfield'),
      'Springfield is a place',
    );
  });

  it('expands an entity into its mentions, with line and context, the mention highlighted', () => {
    const maria = entity('Maria Lopez')!;
    const mentions = api.entities.getChildren(maria) as MentionNode[];
    const items = mentions.map((m) => api.entities.getTreeItem(m));
    assert.deepStrictEqual(items.map((i) => i.description), ['line 5', 'line 9']);
    const label = items[1].label as vscode.TreeItemLabel;
    assert.match(label.label, /Work starts in March,” Maria Lopez said\./);
    const [[from, to]] = label.highlights as [number, number][];
    assert.strictEqual(label.label.slice(from, to), 'Maria Lopez');
    for (const m of mentions) assert.strictEqual(api.entities.getParent(m), maria);
    assert.strictEqual(api.entities.getParent(maria), group('People'));
  });

  it('selects a mention in the editor when it is clicked', async () => {
    const mention = (api.entities.getChildren(entity('Maria Lopez')!) as MentionNode[])[1];
    const command = api.entities.getTreeItem(mention).command;
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    assert.ok(editor);
    assert.strictEqual(selectedText(editor), 'Maria Lopez');
    assert.strictEqual(editor.selection.start.line, 8);
  });
  it('context menu: Copy, Go to Mentions and Reveal First Mention, offered on entities by their contextValue', async () => {
    const menus = (extensionUnderTest().packageJSON.contributes.menus['view/item/context'] as { command: string; when: string }[])
      .filter((m) => m.when.includes('view == newsAnnotator.entities'));
    const maria = entity('Maria Lopez')!;
    const offered = (contextValue: string) =>
      menus.filter((m) => new RegExp(/viewItem =~ \/(.*)\//.exec(m.when)![1]).test(contextValue)).map((m) => m.command);
    for (const command of ['newsAnnotator.copyEntity', 'newsAnnotator.goToMentions', 'newsAnnotator.revealFirstMention']) {
      assert.ok(offered(api.entities.getTreeItem(maria).contextValue!).includes(command), command);
    }

    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.copyEntity', maria), 'Maria Lopez');
    assert.strictEqual(await vscode.env.clipboard.readText(), 'Maria Lopez');

    const ranges = await vscode.commands.executeCommand<vscode.Range[]>('newsAnnotator.goToMentions', maria);
    assert.deepStrictEqual(ranges.map((r) => [r.start.line, doc.getText(r)]), [[4, 'Maria Lopez'], [8, 'Maria Lopez']]);
    await vscode.commands.executeCommand('closeReferenceSearch');

    await vscode.commands.executeCommand('newsAnnotator.revealFirstMention', maria);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    assert.ok(editor);
    assert.strictEqual(selectedText(editor), 'Maria Lopez');
    assert.strictEqual(editor.selection.start.line, 4);
  });
});
