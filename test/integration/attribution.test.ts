// One meaning of "unattributed" in every view: a claim without a speaker; a speaker tied to no named entity
// ("officials") is an unresolved speaker, not an unattributed claim.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SpeakerNode } from '../../src/vscode/views/speakersTree';
import { closeAllEditors, editorApi, writeAndOpen } from './editorFixtures';
import { waitFor } from './extensionUnderTest';
import { labelOf, showInViews } from './viewFixtures';

const ARTICLE = [
  'date 2024-05-06',
  '',
  '“We will finish the new bridge before winter,” said Maria Lopez, the mayor of Springfield.',
  '',
  '“The plan is too expensive,” officials said.',
  '',
  'The bank is expected to raise rates in June.',
  '',
].join('\n');

async function hoverText(doc: vscode.TextDocument, needle: string): Promise<string> {
  const position = doc.positionAt(doc.getText().indexOf(needle) + 1);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

describe('attribution: unresolved speakers and unattributed claims', () => {
  after(closeAllEditors);

  it('agree in the Speakers view, the status bar and the hovers', async () => {
    const api = await editorApi();
    const doc = await writeAndOpen('attribution.article', ARTICLE);
    await showInViews(api, doc);

    const groups = (api.speakers.getChildren() as SpeakerNode[]).map((n) => {
      const item = api.speakers.getTreeItem(n);
      return [labelOf(item), item.contextValue, n.claims.length];
    });
    assert.deepStrictEqual(groups, [
      ['Maria Lopez', 'speaker.person', 1],
      ['officials', 'speaker.unresolved', 1],
      ['Unattributed', 'speaker.unattributed', 1],
    ]);

    await waitFor('the summary', () => api.statusBar.text?.includes('3 claims') ?? false);
    assert.match(api.statusBar.text!, /3 claims · 2 speakers/);
    assert.match(api.statusBar.tooltip!, /1 speaker not tied to a named entity · 1 claim unattributed \(no speaker\)/);

    assert.match(await hoverText(doc, 'too expensive'), /by \*\*officials\*\* \(unresolved: not linked to a named entity\)/);
    assert.match(await hoverText(doc, 'raise rates'), /Reported speech\*\* unattributed \(no speaker found\)/);
  });
});
