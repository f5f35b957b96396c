// Messages between the Share of Voice panel (src/vscode/corpus/shareOfVoicePanel.ts) and its webview
// (src/webview/shareOfVoice.ts). The webview gets labels and counts; the claims stay in the extension host.
import type { Chart } from './shareOfVoice';

export type Scope = 'corpus' | 'article';

/** A chart as the webview draws it: each row's count per series. */
export interface ChartView extends Omit<Chart, 'rows'> {
  rows: { label: string; counts: number[] }[];
}

export type ToWebview
  = | { type: 'data'; scope: Scope; subject: string; charts: ChartView[] }
  /** Clicks the table cell of a chart's row and series, as a user would (integration tests). */
    | { type: 'click'; chart: string; row: number; series: number };

export type FromWebview
  = | { type: 'ready' }
    | { type: 'scope'; scope: Scope }
  /** The user clicked a bar or a table cell: open the claims behind it. */
    | { type: 'open'; chart: string; row: number; series: number }
  /** What was drawn: per chart, its canvas and table, for the integration tests. */
    | { type: 'rendered'; charts: { id: string; title: string; canvas: boolean; rowLabels: string[]; buttons: number }[] };
