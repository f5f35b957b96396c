// Web Worker entry (bundled as dist/web/analysisWorker.js) for VS Code for the Web: the same analysis service
// as the Node worker thread (entry.ts), over the browser's worker messages.
import type { WorkerRequest, WorkerResponse } from './protocol';
import { analysisServer } from './server';

// The worker's global scope (the project compiles without the WebWorker library).
declare const self: {
  postMessage(response: WorkerResponse): void;
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
};

const handle = analysisServer((response) => self.postMessage(response));
self.onmessage = (event) => handle(event.data);
self.postMessage({ ready: true });
