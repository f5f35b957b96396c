// The extension in VS Code for the Web: its browser entry in the web worker extension host, the analysis in a
// Web Worker, the highlights and the Speakers view. Nothing here may use Node (no fs, no Buffer, no assert).
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/vscode/api';
import { BRIDGE_ARTICLE } from '../integration/bridgeArticle';

const EXTENSION_ID = 'news-annotator.news-annotator';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function waitFor(what: string, test: () => boolean, ms = 60000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('VS Code for the Web', () => {
  let api: NewsAnnotatorApi;
  let editor: vscode.TextEditor;

  before(async () => {
    const extension = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
    check(extension, `${EXTENSION_ID} is not loaded`);
    api = await extension.activate();
    const folder = vscode.workspace.workspaceFolders?.[0];
    check(folder, 'no workspace folder');
    const uri = vscode.Uri.joinPath(folder.uri, 'web.article');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(BRIDGE_ARTICLE));
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  });

  it('runs in the web worker extension host', () => {
    const scope = globalThis as { importScripts?: unknown; process?: { versions?: { node?: string } } };
    check(typeof scope.importScripts === 'function', 'not in a Web Worker');
    check(!scope.process?.versions?.node, 'Node is available: this is not the web extension host');
    check(vscode.env.uiKind === vscode.UIKind.Web, `uiKind ${vscode.env.uiKind}`);
  });

  it('highlights people, places and quotes from an analysis in a Web Worker', async () => {
    await waitFor('highlights', () => api.decorations.drawnVersion(editor) === editor.document.version);
    const texts = (category: Parameters<typeof api.decorations.rangesFor>[1]) =>
      api.decorations.rangesFor(editor, category).map((r) => editor.document.getText(r));
    check(texts('person').includes('Maria Lopez'), `people: ${JSON.stringify(texts('person'))}`);
    check(texts('place').includes('Springfield'), `places: ${JSON.stringify(texts('place'))}`);
    check(texts('quoteDirect').some((t) => t.includes('We will finish the new bridge')), `quotes: ${JSON.stringify(texts('quoteDirect'))}`);
  });

  it('lists the speaker and the claim in the Speakers view', async () => {
    await vscode.commands.executeCommand('newsAnnotator.speakers.focus');
    await waitFor('the Speakers view', () => api.speakers.analysis === api.store.peek(editor.document) && !!api.speakers.analysis);
    const labels = api.speakers.getChildren().map((node) => {
      const label = api.speakers.getTreeItem(node).label;
      return typeof label === 'string' ? label : label?.label ?? '';
    });
    check(labels.includes('Maria Lopez'), `speakers: ${JSON.stringify(labels)}`);
  });

  it('writes a correction to the sidecar through workspace.fs and reads it back', async () => {
    const quote = 'We will finish the new bridge';
    const at = editor.document.positionAt(editor.document.getText().indexOf(quote) + 3);
    editor.selection = new vscode.Selection(at, at);
    check(await vscode.commands.executeCommand('newsAnnotator.acceptClaim'), 'the correction was refused');
    await api.corrections.flush(editor.document);
    const sidecarUri = editor.document.uri.with({ path: `${editor.document.uri.path}.annotations.json` });
    const sidecar = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarUri))) as {
      decisions: Array<{ action: string; target: { selector: Array<{ type: string; exact?: string }> } }>;
    };
    const written = sidecar.decisions.map((d) => [d.action, d.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '']);
    check(written.length === 1 && written[0][0] === 'acceptClaim' && written[0][1].includes(quote), `sidecar: ${JSON.stringify(written)}`);
    const accepted = api.store.peek(editor.document)?.claims.find((c) => c.text.includes(quote));
    check(accepted?.status === 'accepted', `claim status: ${accepted?.status}`);

    // Read back: an article opened with a sidecar beside it gets the decisions written there.
    const folder = vscode.workspace.workspaceFolders?.[0];
    check(folder, 'no workspace folder');
    const other = vscode.Uri.joinPath(folder.uri, 'web-read.article');
    const rejecting = { ...sidecar, decisions: sidecar.decisions.map((d) => ({ ...d, action: 'rejectClaim' })) };
    await vscode.workspace.fs.writeFile(other, new TextEncoder().encode(BRIDGE_ARTICLE));
    await vscode.workspace.fs.writeFile(other.with({ path: `${other.path}.annotations.json` }), new TextEncoder().encode(JSON.stringify(rejecting)));
    const document = await vscode.workspace.openTextDocument(other);
    await vscode.window.showTextDocument(document);
    const read = await api.corrections.decisions(document);
    check(read.length === 1 && read[0].action === 'rejectClaim', `decisions read: ${JSON.stringify(read.map((d) => d.action))}`);
    const analysis = await api.store.getAsync(document);
    check(!analysis.claims.some((c) => c.text.includes(quote)), `claims: ${JSON.stringify(analysis.claims.map((c) => c.text))}`);
  });
});
