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
});
