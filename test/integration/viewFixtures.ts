// Shared by the Speakers/Entities view, navigation and export integration tests: an article with two speakers
// whose order by position (Tom Becker first) differs from their order by claim count (Maria Lopez has two).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Claim } from '../../src/engine/types';
import type { NewsAnnotatorApi } from '../../src/vscode/api';
import { waitFor } from './extensionUnderTest';

export const SPEAKERS_ARTICLE = [
  'date 2024-05-06',
  '',
  '“The budget is far too small for a bridge,” Tom Becker said.',
  '',
  '“We will finish the new bridge before winter,” Maria Lopez said.',
  '',
  'The city council met in Springfield on Tuesday to approve the budget.',
  '',
  '“Work starts in March,” Maria Lopez said.',
  '',
].join('\n');

/** The quotes of SPEAKERS_ARTICLE in document order, each with its speaker and 1-based line. */
export const QUOTES = [
  { words: 'The budget is far too small for a bridge', speaker: 'Tom Becker', line: 3 },
  { words: 'We will finish the new bridge before winter', speaker: 'Maria Lopez', line: 5 },
  { words: 'Work starts in March', speaker: 'Maria Lopez', line: 9 },
];

/** Shows a document and waits until the views follow it with an analysis of its current version. */
export async function showInViews(api: NewsAnnotatorApi, document: vscode.TextDocument): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(document);
  await waitFor(
    `the views to show ${document.fileName}`,
    () =>
      api.speakers.document === document
      && api.entities.document === document
      && !!api.speakers.analysis
      && api.speakers.analysis === api.store.peek(document),
    // Articles are analysed in a worker, which may still be busy with an earlier test's document.
    25000,
  );
  return editor;
}

/** The claims of the analysis the views show, asserting the engine found the three quotes in order. */
export function quoteClaims(api: NewsAnnotatorApi): Claim[] {
  const claims = api.speakers.analysis?.claims ?? [];
  assert.deepStrictEqual(
    claims.map((c) => QUOTES.findIndex((q) => c.text.includes(q.words))),
    [0, 1, 2],
    `claims found: ${JSON.stringify(claims.map((c) => c.text))}`,
  );
  return claims;
}

/** The text an editor has selected. */
export function selectedText(editor: vscode.TextEditor): string {
  return editor.document.getText(editor.selection);
}

/** Label of a tree item as plain text. */
export function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}
