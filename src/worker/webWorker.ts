import type { WorkerRequest, WorkerResponse } from './protocol';
import type { SpawnWorker } from './port';

// The parts of the browser's Web Worker API used here (the project compiles without the DOM library).
interface BrowserWorker {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerResponse }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string; preventDefault(): void }) => void): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => BrowserWorker;

/**
 * Workers as browser Web Workers (VS Code for the Web), running the script at the address `scriptUrl`
 * resolves to; it is asked for once. Requests posted before the worker exists are queued.
 */
export function webWorker(scriptUrl: () => Promise<string>): SpawnWorker {
  let url: Promise<string> | undefined;
  return (events) => {
    let worker: BrowserWorker | undefined;
    let stopped = false;
    const queue: WorkerRequest[] = [];
    const fail = (error: Error) => {
      if (stopped) return;
      stopped = true;
      worker?.terminate();
      events.failed(error);
    };
    (url ??= scriptUrl()).then(
      (address) => {
        if (stopped) return;
        worker = new Worker(address, { name: 'News Annotator analysis' });
        // Listeners rather than onmessage/onerror: VS Code's stand-in for Worker where a browser has no nested
        // workers dispatches events only.
        worker.addEventListener('message', (event) => {
          if (!stopped) events.message(event.data);
        });
        worker.addEventListener('error', (event) => {
          event.preventDefault();
          fail(new Error(event.message || 'the analysis worker failed'));
        });
        for (const request of queue.splice(0)) worker.postMessage(request);
      },
      (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
    );
    return {
      post: (request) => {
        if (worker) worker.postMessage(request);
        else queue.push(request);
      },
      terminate: () => {
        stopped = true;
        worker?.terminate();
      },
      // A browser tab does not wait for its workers.
      keepAlive: () => {},
    };
  };
}
