// How the store runs analyses in the desktop (Node) extension host: worker threads running
// dist/analysisWorker.js, and the engine itself as a fallback. The browser build replaces this module with
// analysisBackend.web.ts (scripts/build.mjs), so nothing here reaches a browser.
import * as path from 'path';
import type * as vscode from 'vscode';
import { nodeWorker } from '../../worker/nodeWorker';
import type { SpawnWorker } from '../../worker/port';

export interface AnalysisBackend {
  spawn: SpawnWorker;
  /** Loads the engine into the extension host, for when the worker cannot run; absent where it must not. */
  loadEngine?(): typeof import('../../engine/incremental');
}

export function analysisBackend(_context: vscode.ExtensionContext): AnalysisBackend {
  return {
    // Beside the bundled extension (dist/).
    spawn: nodeWorker(path.join(__dirname, 'analysisWorker.js')),
    // Required, not imported: the extension host loads the engine (dist/engine.js) only if this is needed.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loadEngine: () => require('../../engine/incremental') as typeof import('../../engine/incremental'),
  };
}
