import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../../corrections/sidecar';

/** `story.txt` → `story.txt.annotations.json` beside it; none for an untitled article (kept in memory until saved). */
export function sidecarUri(article: vscode.Uri): vscode.Uri | undefined {
  if (article.scheme === 'untitled') return undefined;
  return article.with({ path: article.path + SIDECAR_SUFFIX });
}

/** The file's text, or undefined when there is no such file. */
export async function readIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}

/**
 * Writes a file so that a reader never sees half of it and a crash never leaves it truncated: a temporary file
 * beside it first, then a rename over it. Through `workspace.fs`, so it works in a browser workspace too.
 */
export async function writeAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const temporary = uri.with({ path: `${uri.path}.${Date.now().toString(36)}.tmp` });
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw e;
  }
}

/** Moves a file that could not be read out of the way, to a name not taken yet (`….bak`, `….1.bak` …); returns it. */
export async function keepAside(uri: vscode.Uri): Promise<vscode.Uri> {
  for (let n = 0; ; n++) {
    const aside = uri.with({ path: `${uri.path}${n ? `.${n}` : ''}.bak` });
    try {
      await vscode.workspace.fs.rename(uri, aside, { overwrite: false });
      return aside;
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileExists') || n > 100) throw e;
    }
  }
}
