import type { Analysis } from '../engine/types';

/**
 * The analysis as JSON text, exactly as the CLI's `--json` prints it and the editor's export writes it, so
 * files from either are interchangeable.
 */
export function analysisJson(analysis: Analysis): string {
  return JSON.stringify(analysis, null, 2) + '\n';
}
