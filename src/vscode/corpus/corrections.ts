import type * as vscode from 'vscode';
import type { Analysis } from '../../engine/types';

/**
 * The hook where the annotation workflow's corrections (its sidecar files) will apply to indexed articles: the
 * analysis of `text` as the user corrected it. Until that workflow's core is on main there are no corrections,
 * so the machine analysis is the corrected one. Cached analyses stay uncorrected: a sidecar changes on its own.
 */
export function correctedAnalysis(_uri: vscode.Uri, _text: string, analysis: Analysis): Promise<Analysis> {
  return Promise.resolve(analysis);
}
