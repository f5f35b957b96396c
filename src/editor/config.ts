import * as vscode from 'vscode';

export const SECTION = 'newsAnnotator';

/** The extension's settings, typed; read fresh on each call so changes apply at once. */
export interface Settings {
  detectArticles: boolean;
  debounceMs: number;
}

export function settings(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  return {
    detectArticles: c.get<boolean>('detectArticles', true),
    debounceMs: c.get<number>('debounceMs', 300),
  };
}

/** True when a configuration change touches the extension's settings. */
export function affectsSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(SECTION);
}
