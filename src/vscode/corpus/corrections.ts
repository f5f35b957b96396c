import * as vscode from 'vscode';
import { applyDecisions } from '../../corrections/apply';
import { reanchorDecisions } from '../../corrections/reanchor';
import { parseSidecar, SIDECAR_SUFFIX } from '../../corrections/sidecar';
import type { Analysis } from '../../engine/types';

/** The sidecar file of an article: `story.article` → `story.article.annotations.json` beside it. */
export function sidecarOf(article: vscode.Uri): vscode.Uri {
  return article.with({ path: article.path + SIDECAR_SUFFIX });
}

/**
 * The analysis of an indexed article as the user corrected it: the decisions of its sidecar file, re-anchored
 * in the text as it is now, applied over the machine's analysis (cached analyses stay uncorrected, since a
 * sidecar changes on its own). No sidecar: the machine's analysis. A sidecar that cannot be read leaves the
 * analysis uncorrected and says why (the sidecar is left as it is).
 */
export async function correctedAnalysis(uri: vscode.Uri, text: string, analysis: Analysis): Promise<{ analysis: Analysis; problem?: string }> {
  let json: string;
  try {
    json = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarOf(uri)));
  } catch {
    return { analysis };
  }
  const parsed = parseSidecar(json);
  if (!parsed.ok) return { analysis, problem: `corrections not applied: ${parsed.message}` };
  return { analysis: applyDecisions(analysis, reanchorDecisions(text, parsed.corrections.decisions)) };
}
