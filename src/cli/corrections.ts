// The person's corrections for the CLI: an article's sidecar (FILE.annotations.json, written by the editor) is
// re-anchored in the file's text and applied, so the report, JSON and exports are the corrected analysis.
import { existsSync, readFileSync } from 'fs';
import type { Analysis } from '../engine/types';
import { applyDecisions } from '../corrections/apply';
import { reanchorDecisions } from '../corrections/reanchor';
import { parseSidecar, sidecarName } from '../corrections/sidecar';

/**
 * The analysis with the file's sidecar applied, if it has one; problems become warnings, never failures. Without
 * usable corrections every result is still marked `suggested`, as the editor marks them, so that the CLI's JSON
 * and the editor's Export agree.
 */
export function withCorrections(file: string, text: string, analysis: Analysis, warnings: string[]): Analysis {
  const path = sidecarName(file);
  if (!existsSync(path)) return applyDecisions(analysis, []);
  let parsed;
  try {
    parsed = parseSidecar(readFileSync(path, 'utf8'));
  } catch (e) {
    warnings.push(`corrections not applied: cannot read ${path}: ${(e as Error).message}`);
    return applyDecisions(analysis, []);
  }
  if (!parsed.ok) {
    warnings.push(`corrections not applied: ${path}: ${parsed.message}`);
    return applyDecisions(analysis, []);
  }
  const decisions = reanchorDecisions(text, parsed.corrections.decisions);
  const orphans = decisions.filter((d) => d.orphan).length;
  if (orphans) warnings.push(`${orphans} correction(s) in ${path} no longer find their text and are not applied`);
  return applyDecisions(analysis, decisions);
}
