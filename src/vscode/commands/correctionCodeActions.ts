import * as vscode from 'vscode';
import type { AnalysisStore } from '../documents/analysisStore';
import { LANGUAGE_ID } from '../documents/articles';
import { claimAt } from '../../presentation/claimsModel';

/** The light bulb on a highlighted claim or name (and on a selection): the corrections that apply there. */
export class CorrectionCodeActions implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly kind = vscode.CodeActionKind.QuickFix.append('newsAnnotator');
  private readonly registration: vscode.Disposable;

  constructor(private readonly store: AnalysisStore) {
    this.registration = vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, this, {
      providedCodeActionKinds: [CorrectionCodeActions.kind],
    });
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    // Only an analysis of this very version: offsets of an older one would name the wrong words.
    const analysis = this.store.peek(document);
    if (!analysis) return [];
    const offset = document.offsetAt(range.start);
    const actions: vscode.CodeAction[] = [];
    const action = (title: string, command: string) => {
      const a = new vscode.CodeAction(title, CorrectionCodeActions.kind);
      a.command = { title, command };
      actions.push(a);
    };
    const claim = claimAt(analysis.claims, offset);
    if (claim) {
      if (claim.status === 'suggested') action('News: Accept Claim', 'newsAnnotator.acceptClaim');
      action('News: Reassign Speaker…', 'newsAnnotator.reassignSpeaker');
      action('News: Not a Claim', 'newsAnnotator.markNotClaim');
      action('News: Change Claim Kind…', 'newsAnnotator.setClaimKind');
      if (!range.isEmpty) action('News: Set Claim Content to Selection', 'newsAnnotator.setClaimSpan');
    } else if (!range.isEmpty) {
      action('News: Add Claim from Selection…', 'newsAnnotator.addClaim');
    }
    const named = analysis.entities.find((e) => e.mentions.some((m) => m.start <= offset && offset <= m.end));
    if (named) {
      if (named.status === 'suggested') action('News: Accept Entity', 'newsAnnotator.acceptEntity');
      action('News: Change Entity Type…', 'newsAnnotator.retypeEntity');
      action('News: Not an Entity…', 'newsAnnotator.notAnEntity');
      action('News: Merge Entity with…', 'newsAnnotator.mergeEntities');
      if (named.mentions.length > 1) action('News: Split Mention out of Entity', 'newsAnnotator.splitMention');
    } else if (!range.isEmpty) {
      action('News: Add Entity from Selection…', 'newsAnnotator.addEntity');
    }
    return actions;
  }

  dispose(): void {
    this.registration.dispose();
  }
}
