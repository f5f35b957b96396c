// Node worker thread entry (bundled as dist/analysisWorker.js): analyses articles off the extension host's
// main thread.
import { parentPort } from 'worker_threads';
import { analysisServer } from './server';
import type { WorkerRequest, WorkerResponse } from './protocol';

const port = parentPort;
if (!port) throw new Error('analysisWorker.js must run as a worker thread');
const handle = analysisServer((response) => port.postMessage(response));
port.on('message', (request: WorkerRequest) => handle(request));
port.postMessage({ ready: true } satisfies WorkerResponse);
