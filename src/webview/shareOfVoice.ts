// The Share of Voice webview (bundled as dist/shareOfVoice.js): draws the panel's charts with Chart.js and, for
// keyboard and screen-reader users, the same numbers as tables whose cells are buttons. A click on a bar or a
// cell asks the extension for the claims behind it. Runs under the panel's strict Content-Security-Policy:
// Chart.js draws on a canvas and sets sizes through the DOM's style properties, never through inline markup.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartEvent } from 'chart.js';
import type { ChartView, FromWebview, Scope, ToWebview } from '../presentation/corpus/shareOfVoiceMessages';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): State | undefined;
  setState(state: State): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** Kept with setState, so the panel redraws at once when shown again (and the tables stay open or closed). */
interface State {
  data?: ToWebview & { type: 'data' };
  openTables: string[];
}

const vscode = acquireVsCodeApi();
const state: State = vscode.getState() ?? { openTables: [] };
const charts: Chart[] = [];

/** The workbench's chart colours, one per series, read from the theme's CSS variables. */
const SERIES_COLOURS = ['--vscode-charts-blue', '--vscode-charts-orange', '--vscode-charts-green', '--vscode-charts-purple'];

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

function render(): void {
  const data = state.data;
  for (const chart of charts.splice(0)) chart.destroy();
  const main = document.getElementById('charts')!;
  main.replaceChildren();
  if (!data) return;
  document.getElementById('subject')!.textContent = `Over ${data.subject}.`;
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name=scope]')) input.checked = input.value === data.scope;
  for (const view of data.charts) main.append(section(view));
  vscode.postMessage({
    type: 'rendered',
    charts: data.charts.map((view) => ({
      id: view.id,
      title: view.title,
      canvas: !!document.querySelector(`section[data-chart=${view.id}] canvas`),
      rowLabels: [...document.querySelectorAll(`section[data-chart=${view.id}] tbody th`)].map((th) => th.textContent ?? ''),
      buttons: document.querySelectorAll(`section[data-chart=${view.id}] td button:enabled`).length,
    })),
  });
}

function section(view: ChartView): HTMLElement {
  const section = element('section', { 'data-chart': view.id, 'aria-labelledby': `title-${view.id}` });
  section.append(element('h2', { id: `title-${view.id}` }, view.title), element('p', { class: 'description' }, view.description));
  if (!view.rows.length) {
    section.append(element('p', { class: 'empty' }, 'Nothing to count yet.'));
    return section;
  }
  const box = element('div', { class: 'chart' });
  // The canvas is an image to assistive technology; the table below carries the same numbers.
  const canvas = element('canvas', { 'role': 'img', 'aria-label': `${view.title}: bar chart; the table below has its numbers.` });
  box.append(canvas);
  box.style.height = `${Math.max(120, 28 * view.rows.length + 60)}px`;
  section.append(box, table(view));
  charts.push(barChart(canvas, view));
  return section;
}

function barChart(canvas: HTMLCanvasElement, view: ChartView): Chart {
  const foreground = cssVar('--vscode-foreground', '#888');
  const grid = cssVar('--vscode-charts-lines', 'rgba(128,128,128,0.3)');
  const overTime = view.id === 'overTime';
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: view.rows.map((r) => r.label),
      datasets: view.series.map((label, i) => ({
        label,
        data: view.rows.map((r) => r.counts[i]),
        backgroundColor: cssVar(SERIES_COLOURS[i % SERIES_COLOURS.length], '#3794ff'),
        borderColor: cssVar('--vscode-contrastBorder', 'transparent'),
        borderWidth: document.body.classList.contains('vscode-high-contrast') ? 1 : 0,
      })),
    },
    options: {
      indexAxis: overTime ? 'x' : 'y',
      maintainAspectRatio: false,
      animation: false,
      color: foreground,
      font: { family: cssVar('--vscode-font-family', 'sans-serif') },
      plugins: { legend: { display: view.series.length > 1, labels: { color: foreground } } },
      scales: {
        x: { stacked: true, ticks: { color: foreground, precision: 0 }, grid: { color: grid } },
        y: { stacked: true, ticks: { color: foreground, precision: 0 }, grid: { color: grid } },
      },
      onClick: (event: ChartEvent, _elements, chart) => {
        const native = event.native;
        if (!native) return;
        const [hit] = chart.getElementsAtEventForMode(native, 'nearest', { intersect: true }, false);
        if (hit) open(view.id, hit.index, hit.datasetIndex);
      },
      onHover: (event, elements) => {
        const target = event.native?.target as HTMLElement | undefined;
        if (target) target.style.cursor = elements.length ? 'pointer' : 'default';
      },
    },
  });
}

/** The chart's numbers as a table: a row per bar, a button per series that opens the claims behind it. */
function table(view: ChartView): HTMLElement {
  const details = element('details', { 'data-table': view.id });
  details.open = state.openTables.includes(view.id);
  details.addEventListener('toggle', () => {
    state.openTables = details.open ? [...new Set([...state.openTables, view.id])] : state.openTables.filter((id) => id !== view.id);
    vscode.setState(state);
  });
  details.append(element('summary', {}, `${view.title} as a table`));
  const tableElement = element('table');
  const head = element('tr');
  head.append(element('th', { scope: 'col' }, view.rowTitle), ...view.series.map((s) => element('th', { scope: 'col' }, `${s} (${view.unit})`)));
  const body = element('tbody');
  view.rows.forEach((row, r) => {
    const tr = element('tr');
    tr.append(element('th', { scope: 'row' }, row.label));
    row.counts.forEach((count, s) => {
      const button = element('button', { 'type': 'button', 'aria-label': `${row.label}, ${view.series[s]}: ${count}. Open the ${view.unit === 'people' ? 'people' : 'claims'}.` }, String(count));
      button.disabled = count === 0;
      button.addEventListener('click', () => open(view.id, r, s));
      const td = element('td');
      td.append(button);
      tr.append(td);
    });
    body.append(tr);
  });
  const thead = element('thead');
  thead.append(head);
  tableElement.append(thead, body);
  details.append(tableElement);
  return details;
}

function open(chart: string, row: number, series: number): void {
  vscode.postMessage({ type: 'open', chart, row, series });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'data') {
    state.data = message;
    vscode.setState(state);
    render();
  } else if (message.type === 'click') {
    document.querySelector<HTMLButtonElement>(`section[data-chart=${message.chart}] tbody tr:nth-child(${message.row + 1}) td:nth-of-type(${message.series + 1}) button`)?.click();
  }
});

for (const input of document.querySelectorAll<HTMLInputElement>('input[name=scope]')) {
  input.addEventListener('change', () => {
    if (input.checked) vscode.postMessage({ type: 'scope', scope: input.value as Scope });
  });
}

// Theme changes switch the body's class: redraw with the new theme's colours.
new MutationObserver(render).observe(document.body, { attributes: true, attributeFilter: ['class'] });

render();
vscode.postMessage({ type: 'ready' });
