// The extension under test and the workspace the integration runners open (a writable copy of seeds/).
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'news-annotator.news-annotator';

export function extensionUnderTest(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in this VS Code`);
  return ext;
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration runner must open a copy of seeds/ as the workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Polls until `check` holds, failing with `what` after `ms`; VS Code reacts to opened documents asynchronously. */
export async function waitFor(what: string, check: () => boolean, ms = 10000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
