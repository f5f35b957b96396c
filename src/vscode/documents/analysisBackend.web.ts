// How the store runs analyses in VS Code for the Web (the browser build puts this module in place of
// analysisBackend.ts, see scripts/build.mjs): a Web Worker running the analysis service with the engine, and
// no fallback, since the extension host must not load the engine.
import type * as vscode from 'vscode';
import type { AnalysisBackend } from './analysisBackend';
import { webWorker } from '../../worker/webWorker';
import workerSource from 'web-worker-source';

export function analysisBackend(_context: vscode.ExtensionContext): AnalysisBackend {
  return { spawn: webWorker(async () => URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }))) };
}
