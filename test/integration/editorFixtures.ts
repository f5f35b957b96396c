// Shared by the editor-feature integration tests: the extension's test API, articles written into the
// workspace copy, and reading back what the highlighter drew.
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/vscode/api';
import type { HighlightCategory } from '../../src/presentation/highlightPlan';
import { extensionUnderTest, waitFor, workspaceFile } from './extensionUnderTest';

export async function editorApi(): Promise<NewsAnnotatorApi> {
  return (await extensionUnderTest().activate()) as NewsAnnotatorApi;
}

/** Writes a file into the workspace (a fresh copy of seeds/ per run) and opens it. */
export async function writeAndOpen(name: string, text: string): Promise<vscode.TextDocument> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return vscode.workspace.openTextDocument(uri);
}

export { BRIDGE_ARTICLE } from './bridgeArticle';

/** The text under each range the highlighter last drew for a category. */
export function drawnTexts(api: NewsAnnotatorApi, editor: vscode.TextEditor, category: HighlightCategory): string[] {
  return api.decorations.rangesFor(editor, category).map((r) => editor.document.getText(r));
}

/** Waits until the editor shows highlights of the document's current version. */
export async function waitForHighlights(api: NewsAnnotatorApi, editor: vscode.TextEditor, ms = 10000): Promise<void> {
  await waitFor(
    `highlights of version ${editor.document.version} of ${editor.document.fileName}`,
    () => api.decorations.drawnVersion(editor) === editor.document.version,
    ms,
  );
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
