// How the store runs analyses in VS Code for the Web (the browser build puts this module in place of
// analysisBackend.ts, see scripts/build.mjs): a Web Worker running the analysis service with the engine, and
// no fallback, since the extension host must not load the engine.
import * as vscode from 'vscode';
import type { AnalysisBackend } from './analysisBackend';
import { webWorker } from '../../worker/webWorker';
import workerSource from 'web-worker-source';

export function analysisBackend(context: vscode.ExtensionContext): AnalysisBackend {
  return { spawn: webWorker(() => workerScript(context.extensionUri)) };
}

/**
 * The worker's script as a blob: the engine's CommonJS bundle (dist/engine.js, the file the desktop build runs,
 * read through workspace.fs as a web extension reads its own files) with its exports put in the global the
 * worker's script reads, then that script.
 */
async function workerScript(extensionUri: vscode.Uri): Promise<string> {
  const engine = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'engine.js')));
  const parts = [
    `(function () {\n'use strict';\nvar module = { exports: {} }, exports = module.exports;\n`,
    engine,
    `\nself.${WEB_ENGINE_GLOBAL} = module.exports;\n})();\n`,
    workerSource,
  ];
  return URL.createObjectURL(new Blob(parts, { type: 'text/javascript' }));
}
