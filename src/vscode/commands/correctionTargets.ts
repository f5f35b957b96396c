// What a correction command acts on: the claim or name in a view's node it was run from, else the one under
// the cursor of the article's editor, and the selection there.
import * as vscode from 'vscode';
import type { Analysis, Claim, Entity, Mention, Span } from '../../engine/types';
import type { AnalysisStore } from '../documents/analysisStore';
import { claimAt } from '../../presentation/claimsModel';
import { articleDocument, editorOf } from '../documents/currentArticle';

export interface Place {
  document: vscode.TextDocument;
  /** The document version the analysis (and every offset here) belongs to. */
  version: number;
  analysis: Analysis;
  /** The claim named by the node, else the one under the cursor. */
  claim?: Claim;
  /** The entity named by the node, else the one with a mention under the cursor; with that mention. */
  entity?: Entity;
  mention?: Mention;
  /** The editor's selection, when it is not empty. */
  selection?: Span;
}

/** The tree nodes correction commands accept (Speakers and Entities views), by their shape. */
type Node
  = | { type: 'claim'; claim: Claim }
    | { type: 'speaker' }
    | { type: 'entity'; entity: Entity }
    | { type: 'mention'; mention: Mention; parent: { entity: Entity } }
    | { type: 'entityType' };

export async function placeOf(store: AnalysisStore, arg: unknown): Promise<Place | undefined> {
  const document = articleDocument();
  if (!document) {
    void vscode.window.showInformationMessage('News Annotator: open a news article first.');
    return undefined;
  }
  const analysis = await store.getAsync(document);
  const version = document.version;
  const node = isNode(arg) ? arg : undefined;
  const editor = editorOf(document);
  const place: Place = { document, version, analysis };
  if (editor && !editor.selection.isEmpty) {
    place.selection = { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
  }
  if (node) {
    // A node of an older analysis: the claim or mention with the same id or place now.
    if (node.type === 'claim') place.claim = analysis.claims.find((c) => c.id === node.claim.id) ?? node.claim;
    if (node.type === 'entity') place.entity = analysis.entities.find((e) => e.id === node.entity.id) ?? node.entity;
    if (node.type === 'mention') {
      place.entity = analysis.entities.find((e) => e.id === node.parent.entity.id) ?? node.parent.entity;
      place.mention = node.mention;
    }
    return place;
  }
  if (editor) {
    const offset = document.offsetAt(editor.selection.active);
    place.claim = claimAt(analysis.claims, offset);
    for (const entity of analysis.entities) {
      const mention = entity.mentions.find((m) => m.start <= offset && offset <= m.end);
      if (mention) {
        place.entity = entity;
        place.mention = mention;
        break;
      }
    }
  }
  return place;
}

function isNode(arg: unknown): arg is Node {
  return typeof arg === 'object' && arg !== null && typeof (arg as { type?: unknown }).type === 'string';
}

/** Tells the person what the command needs when there is nothing to act on. */
export function nothingHere(what: string): undefined {
  void vscode.window.showInformationMessage(`News Annotator: put the cursor in ${what} (or use the command from the view's context menu).`);
  return undefined;
}
