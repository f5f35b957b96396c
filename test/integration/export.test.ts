import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { analysisRecord } from '../../src/formats/json';
import type { NewsAnnotatorApi } from '../../src/vscode/api';
import type { SpeakerNode } from '../../src/vscode/views/speakersTree';
import { closeAllEditors, editorApi, writeAndOpen } from './editorFixtures';
import { extensionUnderTest, workspaceFile } from './extensionUnderTest';
import { QUOTES, SPEAKERS_ARTICLE, quoteClaims, showInViews } from './viewFixtures';

describe('copy and export', () => {
  let api: NewsAnnotatorApi;
  let doc: vscode.TextDocument;

  before(async () => {
    api = await editorApi();
    doc = await writeAndOpen('export.article', SPEAKERS_ARTICLE);
  });
  beforeEach(async () => {
    await showInViews(api, doc);
  });
  after(closeAllEditors);

  it('Copy Claims as Markdown puts speaker — cue — claim — line on the clipboard, in document order', async () => {
    const claims = quoteClaims(api);
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('newsAnnotator.copyClaims');
    const expected = QUOTES.map((q, i) => `- **${q.speaker}** — *${claims[i].cue?.text}* — ${claims[i].text} — line ${q.line}`).join('\n');
    assert.strictEqual(await vscode.env.clipboard.readText(), expected);
  });

  it('copies one speaker\'s claims from the speaker\'s context menu', async () => {
    const claims = quoteClaims(api);
    const maria = (api.speakers.getChildren() as SpeakerNode[]).find((n) => n.group.name === 'Maria Lopez');
    assert.ok(maria);
    await vscode.commands.executeCommand('newsAnnotator.copyClaims', maria);
    assert.strictEqual(
      await vscode.env.clipboard.readText(),
      `- **Maria Lopez** — *${claims[1].cue?.text}* — ${claims[1].text} — line 5\n- **Maria Lopez** — *${claims[2].cue?.text}* — ${claims[2].text} — line 9`,
    );
  });

  it('Export Analysis as JSON writes exactly what `news-annotate --json` prints', async () => {
    quoteClaims(api);
    const target = workspaceFile('export.analysis.json');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('newsAnnotator.exportJson', target);
    assert.strictEqual(written?.toString(), target.toString());
    const json = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    const file = vscode.workspace.asRelativePath(doc.uri, false);
    assert.strictEqual(file, 'export.article', 'claims name the file as a path in the workspace');
    assert.deepStrictEqual(JSON.parse(json), analysisRecord({ file, text: doc.getText(), analysis: api.store.peek(doc)! }));
    // The extension host runs in Node, so the CLI built beside the extension can be run on the same file, from
    // the workspace folder so that it names the file the same way.
    const cli = path.join(extensionUnderTest().extensionPath, 'dist', 'news-annotate.js');
    const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1' }; // under VS Code desktop, execPath is Electron
    const cwd = vscode.workspace.getWorkspaceFolder(doc.uri)!.uri.fsPath;
    assert.strictEqual(json, execFileSync(process.execPath, [cli, '--json', file], { encoding: 'utf8', env, cwd }));
  });

  it('exports nothing when no article is open', async () => {
    await closeAllEditors();
    const target = workspaceFile('nothing.analysis.json');
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.exportJson', target), undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)));
  });
});
