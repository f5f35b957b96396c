import { Worker, type ResourceLimits } from 'worker_threads';
import type { WorkerResponse } from './protocol';
import type { SpawnWorker } from './port';

/**
 * The editor's analysis worker re-analyses an article on every edit, each time leaving a few megabytes of
 * short-lived objects: with V8's default young generation a scavenge ran more often than every third edit and took
 * an eighth of an edit's time. A larger one (V8 rounds it to 32 MB semi-spaces) cut the scavenges of 400 edits in a
 * 50 KB article from 161 to 91 and an edit's median CPU time by about a third; larger still gained nothing, and
 * whole analyses of large articles were unchanged.
 */
export const ANALYSIS_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 64 };

/** Workers as Node worker threads running `script` (dist/analysisWorker.js, or out/src/worker/entry.js in tests). */
export function nodeWorker(script: string): SpawnWorker {
  return (events) => {
    const worker = new Worker(script, { resourceLimits: ANALYSIS_WORKER_LIMITS });
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
