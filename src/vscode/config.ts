import * as vscode from 'vscode';
import { HIGHLIGHT_CATEGORIES, HIGHLIGHT_SETTING, type HighlightCategory } from '../presentation/highlightPlan';
import { SPEAKER_GROUP_BY, type SpeakerGroupBy } from '../presentation/speakersOutline';

export const SECTION = 'newsAnnotator';

/** The extension's settings, typed; read fresh on each call so changes apply at once. */
export interface Settings {
  detectArticles: boolean;
  debounceMs: number;
  /** Moving the cursor into a quote reveals it in the Speakers view. */
  revealOnCursor: boolean;
  /** The highlight categories switched on (`newsAnnotator.highlight.*`). */
  highlights: ReadonlySet<HighlightCategory>;
  /** When the Speakers view puts speakers in folders by type (`newsAnnotator.speakers.groupBy`). */
  speakersGroupBy: SpeakerGroupBy;
}

export function settings(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  return {
    detectArticles: c.get<boolean>('detectArticles', true),
    debounceMs: c.get<number>('debounceMs', 300),
    revealOnCursor: c.get<boolean>('revealOnCursor', true),
    highlights: new Set(HIGHLIGHT_CATEGORIES.filter((k) => c.get<boolean>(`highlight.${HIGHLIGHT_SETTING[k]}`, true))),
    speakersGroupBy: oneOf(c.get<string>('speakers.groupBy'), SPEAKER_GROUP_BY, 'auto'),
  };
}

/** A setting's value when it is one of `allowed` (settings.json is edited by hand), else the default. */
function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

/** True when a configuration change touches the extension's settings. */
export function affectsSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(SECTION);
}
