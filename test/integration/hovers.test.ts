import * as assert from 'assert';
import * as vscode from 'vscode';
import { BRIDGE_ARTICLE, closeAllEditors, editorApi, writeAndOpen } from './editorFixtures';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

async function hoverAt(doc: vscode.TextDocument, needle: string, delta = 1): Promise<string> {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, needle);
  const position = doc.positionAt(offset + delta);
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position));
}

describe('hovers', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    await editorApi();
    doc = await writeAndOpen('hovers.article', BRIDGE_ARTICLE);
    await vscode.window.showTextDocument(doc);
  });
  after(closeAllEditors);

  it('on a speaker: canonical name, type, mention and claim counts, a link to the Speakers view', async () => {
    const text = await hoverAt(doc, 'Maria Lopez');
    assert.match(text, /Maria Lopez\*\* · Person/);
    assert.match(text, /\d+ mentions? · 1 claim\b/);
    assert.match(text, /\(command:newsAnnotator\.revealSpeaker\?/);
  });

  it('on a place: its type and mention count', async () => {
    const text = await hoverAt(doc, 'Springfield on Tuesday');
    assert.match(text, /Springfield\*\* · Place/);
    assert.match(text, /2 mentions/);
  });

  it('on a quote: the kind, the speaker and the cue as written', async () => {
    const text = await hoverAt(doc, 'new bridge');
    assert.match(text, /Direct quote\*\* by \*\*Maria Lopez\*\*/);
    assert.match(text, /Cue: “said”/);
  });

  it('on a pronoun away from any cue: whom it refers to', async () => {
    const pronouns = await writeAndOpen('hover-pronouns.article', 'date 2024-05-06\n\nMayor Joe Roe opened the bridge on Monday. Later he thanked the builders.\n');
    const text = await hoverAt(pronouns, 'he thanked', 0);
    assert.match(text, /“he” refers to \*\*Joe Roe\*\* \(resolved pronoun\)/);
    assert.match(text, /Written as “Mayor Joe Roe”, “he”|Written as “Joe Roe”, “he”/);
  });

  it('says nothing where nothing is annotated', async () => {
    const text = await hoverAt(doc, 'approve');
    assert.doesNotMatch(text, /Person|Direct quote|Reported speech|Cue:/);
  });
});
