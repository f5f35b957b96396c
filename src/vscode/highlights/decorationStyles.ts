import * as vscode from 'vscode';
import { CATEGORY_COLORS } from '../../presentation/highlightColors';
import type { HighlightCategory } from '../../presentation/highlightPlan';

const color = (id: string | undefined) => (id ? new vscode.ThemeColor(id) : undefined);

/**
 * How a category looks. Entities are coloured text, quotes a background with a mark in the overview ruler,
 * the speaker at a cue is bold and underlined. High-contrast themes draw quotes as an outline instead of a
 * background (backgrounds wash out there), which is why the types are rebuilt when the theme kind changes.
 */
export function decorationOptions(
  category: HighlightCategory,
  themeKind: vscode.ColorThemeKind,
): vscode.DecorationRenderOptions {
  const colors = CATEGORY_COLORS[category];
  const highContrast
    = themeKind === vscode.ColorThemeKind.HighContrast || themeKind === vscode.ColorThemeKind.HighContrastLight;
  const options: vscode.DecorationRenderOptions = {
    color: color(colors.foreground),
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
  if (colors.background) {
    options.backgroundColor = color(colors.background);
    options.overviewRulerColor = color(colors.overviewRuler);
    options.overviewRulerLane = vscode.OverviewRulerLane.Right;
    if (highContrast) {
      options.border = '1px dashed';
      options.borderColor = color(colors.overviewRuler);
    }
  }
  if (colors.border) {
    options.fontWeight = 'bold';
    options.borderStyle = 'none none solid none';
    options.borderWidth = highContrast ? '0 0 2px 0' : '0 0 1px 0';
    options.borderColor = color(colors.border);
  }
  return options;
}
