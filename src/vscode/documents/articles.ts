import type * as vscode from 'vscode';

export const LANGUAGE_ID = 'news-article';

/** True for documents the extension annotates. */
export function isArticle(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}
