import * as vscode from 'vscode';
import { HIGHLIGHT_CATEGORIES, HIGHLIGHT_SETTING, type HighlightCategory } from '../presentation/highlightPlan';

export const SECTION = 'newsAnnotator';

/** The extension's settings, typed; read fresh on each call so changes apply at once. */
export interface Settings {
  detectArticles: boolean;
  debounceMs: number;
  /** Moving the cursor into a quote reveals it in the Speakers view. */
  revealOnCursor: boolean;
  /** The highlight categories switched on (`newsAnnotator.highlight.*`). */
  highlights: ReadonlySet<HighlightCategory>;
}

export function settings(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  return {
    detectArticles: c.get<boolean>('detectArticles', true),
    debounceMs: c.get<number>('debounceMs', 300),
    revealOnCursor: c.get<boolean>('revealOnCursor', true),
    highlights: new Set(HIGHLIGHT_CATEGORIES.filter((k) => c.get<boolean>(`highlight.${HIGHLIGHT_SETTING[k]}`, true))),
  };
}

/** True when a configuration change touches the extension's settings. */
export function affectsSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(SECTION);
}
