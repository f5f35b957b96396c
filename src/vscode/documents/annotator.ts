import * as os from 'os';
import * as vscode from 'vscode';
import { SECTION } from '../config';

/** Who makes corrections, for their provenance: `newsAnnotator.annotator`, else the OS user name. */
export function annotatorName(): string {
  const configured = vscode.workspace.getConfiguration(SECTION).get<string>('annotator', '').trim();
  if (configured) return configured;
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    // No user record (some containers): provenance still says something.
    return 'unknown';
  }
}
