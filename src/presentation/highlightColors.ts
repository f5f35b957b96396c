// The theme colour ids each highlight category draws with; contributed in package.json (`contributes.colors`)
// with light, dark and high-contrast defaults so themes and users can change them. Pure: no `vscode` import.
import type { HighlightCategory } from './highlightPlan';

export interface CategoryColors {
  /** Text colour (entities). */
  foreground?: string;
  /** Background (quotes). */
  background?: string;
  /** Overview-ruler mark, also the outline drawn in high-contrast themes (quotes). */
  overviewRuler?: string;
  /** Underline (the speaker mark). */
  border?: string;
}

export const CATEGORY_COLORS: Record<HighlightCategory, CategoryColors> = {
  person: { foreground: 'newsAnnotator.personForeground' },
  organization: { foreground: 'newsAnnotator.organizationForeground' },
  place: { foreground: 'newsAnnotator.placeForeground' },
  date: { foreground: 'newsAnnotator.dateForeground' },
  handle: { foreground: 'newsAnnotator.handleForeground' },
  quoteDirect: {
    background: 'newsAnnotator.quoteDirectBackground',
    overviewRuler: 'newsAnnotator.quoteDirectOverviewRuler',
  },
  quoteMixed: {
    background: 'newsAnnotator.quoteMixedBackground',
    overviewRuler: 'newsAnnotator.quoteMixedOverviewRuler',
  },
  quoteReported: {
    background: 'newsAnnotator.quoteReportedBackground',
    overviewRuler: 'newsAnnotator.quoteReportedOverviewRuler',
  },
  speaker: { border: 'newsAnnotator.speakerBorder' },
};
