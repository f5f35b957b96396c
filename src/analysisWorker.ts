// Worker thread entry (bundled as dist/analysisWorker.js): analyses large articles off the extension host's
// main thread. Keeps one analyzer per document so that later versions reuse the work done for earlier ones.
import { parentPort } from 'worker_threads';
import { analyze } from './analysis/analyze';
import type { WorkerRequest, WorkerResponse } from './editor/workerProtocol';

const port = parentPort;
if (!port) throw new Error('analysisWorker.js must run as a worker thread');

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'forget') return;
  let response: WorkerResponse;
  try {
    response = { id: request.id, analysis: analyze(request.text) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(response);
});
