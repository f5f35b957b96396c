import * as vscode from 'vscode';
import { corpusArticle, type CorpusArticle } from '../../presentation/corpus/article';
import { shareOfVoice, type Chart } from '../../presentation/corpus/shareOfVoice';
import type { ChartView, FromWebview, Scope, ToWebview } from '../../presentation/corpus/shareOfVoiceMessages';
import type { AnalysisStore } from '../documents/analysisStore';
import { articleDocument } from '../documents/currentArticle';
import { openRefs } from './corpusCommands';
import type { WorkspaceIndex } from './workspaceIndex';

const VIEW_TYPE = 'newsAnnotator.shareOfVoice';

/**
 * News: Show Share of Voice: a webview of charts (dist/shareOfVoice.js, Chart.js) over the corpus or the current
 * article. The panel keeps the charts' claims; the webview gets only labels and counts, and asks for the claims
 * behind a bar or a table cell when one is clicked. No retainContextWhenHidden: the webview keeps its own
 * state (getState/setState) and asks for the data again when shown.
 */
export class ShareOfVoice implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private scope: Scope = 'corpus';
  /** The charts shown, with the claims behind each cell. */
  charts: readonly Chart[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly renderedEmitter = new vscode.EventEmitter<FromWebview & { type: 'rendered' }>();
  /** What the webview last reported drawing (for the integration tests). */
  lastRendered: (FromWebview & { type: 'rendered' }) | undefined;
  readonly onDidRender = this.renderedEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly index: WorkspaceIndex,
    private readonly store: AnalysisStore,
  ) {
    this.disposables.push(
      this.renderedEmitter,
      vscode.commands.registerCommand('newsAnnotator.showShareOfVoice', (scope?: Scope) => this.show(scope)),
      index.onDidChange(() => {
        if (this.scope === 'corpus') void this.update();
      }),
      store.onDidUpdate(({ document }) => {
        if (this.scope === 'article' && document === articleDocument()) void this.update();
      }),
    );
  }

  /** Opens (or reveals) the panel. */
  async show(scope?: Scope): Promise<void> {
    if (scope) this.scope = scope;
    if (this.panel) {
      this.panel.reveal();
    } else {
      const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Share of Voice', vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')],
      });
      this.panel = panel;
      panel.webview.html = this.html(panel.webview);
      panel.onDidDispose(() => (this.panel = undefined), undefined, this.disposables);
      panel.webview.onDidReceiveMessage((m: FromWebview) => this.receive(m), undefined, this.disposables);
    }
    this.index.start();
    await this.update();
  }

  /** Sends a message to the webview (the integration tests use it to click like a user). */
  post(message: ToWebview): Thenable<boolean> {
    return this.panel?.webview.postMessage(message) ?? Promise.resolve(false);
  }

  private async receive(message: FromWebview): Promise<void> {
    if (message.type === 'ready') {
      await this.send();
    } else if (message.type === 'scope') {
      this.scope = message.scope;
      await this.update();
    } else if (message.type === 'open') {
      const chart = this.charts.find((c) => c.id === message.chart);
      const row = chart?.rows[message.row];
      const cell = row?.cells[message.series];
      if (chart && row && cell) await openRefs(`${chart.title}: ${row.label}${chart.series.length > 1 ? `, ${chart.series[message.series]}` : ''}`, cell.refs);
    } else if (message.type === 'rendered') {
      this.lastRendered = message;
      this.renderedEmitter.fire(message);
    }
  }

  private async update(): Promise<void> {
    if (!this.panel) return;
    this.charts = shareOfVoice(await this.articles(), this.index.people);
    await this.send();
  }

  /** The articles the charts are over: the whole index, or the article in the editor as it is now. */
  private async articles(): Promise<CorpusArticle[]> {
    if (this.scope === 'corpus') {
      await this.index.ready();
      return this.index.all();
    }
    const document = articleDocument();
    if (!document) return [];
    const analysis = await this.store.getAsync(document);
    return [corpusArticle(document.uri.toString(), vscode.workspace.asRelativePath(document.uri), document.getText(), analysis)];
  }

  private async send(): Promise<void> {
    const document = articleDocument();
    const views: ChartView[] = this.charts.map(({ rows, ...chart }) => ({ ...chart, rows: rows.map((r) => ({ label: r.label, counts: r.cells.map((c) => c.count) })) }));
    await this.post({
      type: 'data',
      scope: this.scope,
      subject: this.scope === 'corpus' ? `${this.index.all().length} articles in the workspace` : document ? vscode.workspace.asRelativePath(document.uri) : 'no article open',
      charts: views,
    });
  }

  private html(webview: vscode.Webview): string {
    const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'shareOfVoice.js'));
    // The webview-sample's policy: nothing by default, scripts and styles only with this page's nonce.
    const csp = `default-src 'none'; img-src ${webview.cspSource}; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Share of Voice</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header>
  <h1>Share of voice</h1>
  <p id="subject" aria-live="polite"></p>
  <fieldset>
    <legend>Over</legend>
    <label><input type="radio" name="scope" value="corpus"> every article in the workspace</label>
    <label><input type="radio" name="scope" value="article"> the current article</label>
  </fieldset>
</header>
<main id="charts"></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** Theme colours only (the workbench's CSS variables), so light, dark and high-contrast themes all apply. */
const STYLE = `
body { color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 24px; }
h1 { font-size: 1.4em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin: 1.6em 0 0.2em; }
fieldset { border: none; padding: 0; margin: 0.5em 0; }
legend { float: left; margin-right: 0.6em; }
label { margin-right: 1em; }
.description { color: var(--vscode-descriptionForeground); margin-top: 0; }
.chart { position: relative; max-width: 760px; }
table { border-collapse: collapse; margin-top: 0.6em; }
th, td { text-align: left; padding: 2px 10px 2px 0; }
td button { font: inherit; color: var(--vscode-textLink-foreground); background: none; border: none; padding: 0 2px; cursor: pointer; text-decoration: underline; }
td button:disabled { color: var(--vscode-disabledForeground); text-decoration: none; cursor: default; }
button:focus-visible, input:focus-visible, summary:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
summary { cursor: pointer; color: var(--vscode-textLink-foreground); margin-top: 0.4em; }
.empty { color: var(--vscode-descriptionForeground); font-style: italic; }
`;
