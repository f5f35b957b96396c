import type { WorkerRequest, WorkerResponse } from './protocol';

/**
 * One analysis worker as the client sees it, whatever runs it: a Node worker thread (nodeWorker.ts) or a
 * browser Web Worker (webWorker.ts). The client's scheduling is the same for both.
 */
export interface WorkerPort {
  post(request: WorkerRequest): void;
  /** Stops the worker at once; its events stop too. */
  terminate(): void;
  /** Whether the worker may keep the process alive (Node: ref/unref); an idle worker should not. */
  keepAlive(busy: boolean): void;
}

/** What a worker reports to the client. `failed` fires at most once: the worker could not load, or died. */
export interface WorkerEvents {
  message(response: WorkerResponse): void;
  failed(error: Error): void;
}

/** Starts a worker that reports to `events`. */
export type SpawnWorker = (events: WorkerEvents) => WorkerPort;
