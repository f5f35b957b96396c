import { Worker } from 'worker_threads';
import type { WorkerResponse } from './protocol';
import type { SpawnWorker } from './port';

/** Workers as Node worker threads running `script` (dist/analysisWorker.js, or out/src/worker/entry.js in tests). */
export function nodeWorker(script: string): SpawnWorker {
  return (events) => {
    const worker = new Worker(script);
    let stopped = false;
    const fail = (error: Error) => {
      if (stopped) return;
      stopped = true;
      events.failed(error);
    };
    worker.on('message', (response: WorkerResponse) => {
      if (!stopped) events.message(response);
    });
    // A script that fails to load raises 'error' and then 'exit'; out of memory raises 'exit' alone.
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`analysis worker exited with code ${code}`)));
    return {
      post: (request) => worker.postMessage(request),
      terminate: () => {
        stopped = true;
        void worker.terminate();
      },
      keepAlive: (busy) => (busy ? worker.ref() : worker.unref()),
    };
  };
}
