import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { analyze } from '../../src/engine';
import * as incremental from '../../src/engine/incremental';
import { AnalysisStore, FALLBACK_MAX_LENGTH } from '../../src/vscode/documents/analysisStore';
import { SummaryStatusBar } from '../../src/vscode/views/statusBar';
import { nodeWorker } from '../../src/worker/nodeWorker';
import { extensionUnderTest, waitFor } from './extensionUnderTest';
import { BRIDGE_ARTICLE, closeAllEditors, writeAndOpen } from './editorFixtures';

// Stores of their own, beside the extension's, with a worker that cannot finish in time or cannot start.
const engine = () => incremental;

describe('analysis failures', () => {
  const disposables: vscode.Disposable[] = [];
  afterEach(async () => {
    for (const d of disposables.splice(0)) d.dispose();
    await closeAllEditors();
  });

  it('shows an article past its time budget without highlights, with the reason in the status bar', async () => {
    const script = path.join(extensionUnderTest().extensionPath, 'dist', 'analysisWorker.js');
    const store = new AnalysisStore({ spawn: nodeWorker(script), loadEngine: engine }, { budgetMs: () => 1 });
    const statusBar = new SummaryStatusBar(store);
    disposables.push(store, statusBar);
    const document = await writeAndOpen('budget.article', BRIDGE_ARTICLE);
    await vscode.window.showTextDocument(document);
    const analysis = await store.getAsync(document);
    assert.deepStrictEqual(analysis, { textLength: document.getText().length, entities: [], claims: [] });
    assert.match(store.problem(document) ?? '', /budget\.article is too large or complex to analyse: the analysis took longer than 1 ms/);
    await waitFor('the status bar to say so', () => statusBar.text === '$(warning) not analysed');
  });

  it('after a worker crash analyses a short article in the extension host and shows a long one without highlights', async () => {
    const store = new AnalysisStore({ spawn: nodeWorker(path.join(__dirname, 'no-such-worker.js')), loadEngine: engine });
    disposables.push(store);
    const short = await writeAndOpen('crash-short.article', BRIDGE_ARTICLE);
    const analysis = await store.getAsync(short);
    assert.strictEqual(store.problem(short), undefined);
    assert.deepStrictEqual(analysis, analyze(short.getText()));

    const long = await writeAndOpen('crash-long.article', `${BRIDGE_ARTICLE}\n`.repeat(Math.ceil(FALLBACK_MAX_LENGTH / BRIDGE_ARTICLE.length) + 1));
    assert.ok(long.getText().length > FALLBACK_MAX_LENGTH);
    assert.deepStrictEqual((await store.getAsync(long)).claims, []);
    assert.match(store.problem(long) ?? '', /crash-long\.article could not be analysed/);
  });
});
