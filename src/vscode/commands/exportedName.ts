import * as vscode from 'vscode';

/**
 * How an export names its article (the `file` of each claim): its path relative to the workspace folder, as
 * `news-annotate` run in that folder names it, so that the editor's files and the CLI's agree; the full path
 * outside a workspace, the untitled name for an unsaved article.
 */
export function exportedName(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}
