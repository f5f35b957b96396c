import { Worker } from 'worker_threads';
import type { Analysis, Claim, Entity } from '../engine/types';
import type { WorkerRequest, WorkerResponse } from './protocol';

interface Job {
  id: number;
  key: string;
  text: string;
  resolve(analysis: Analysis | undefined): void;
  reject(error: Error): void;
  /** The parts of the result received so far. */
  entities: Entity[];
  claims: Claim[];
}

/**
 * Runs analyses in one worker thread, one job at a time. Requests for a document that is still waiting are
 * coalesced: only its newest text is analysed and the superseded request resolves to undefined. A job
 * already running is left to finish (its result is the caller's to discard if stale) because it warms the
 * worker's per-line cache, so the follow-up for the newer text is incremental; closing the document stops it.
 */
export class WorkerClient {
  private worker: Worker | undefined;
  private running: Job | undefined;
  private readonly waiting = new Map<string, Job>();
  private nextId = 1;

  constructor(private readonly script: string) {}

  /** The analysis of `text`; undefined if superseded by a newer request for `key` or cancelled. */
  analyze(key: string, text: string): Promise<Analysis | undefined> {
    return new Promise((resolve, reject) => {
      this.waiting.get(key)?.resolve(undefined);
      this.waiting.set(key, { id: this.nextId++, key, text, resolve, reject, entities: [], claims: [] });
      this.pump();
    });
  }

  /** Drops everything about `key`, stopping its running job if any. */
  forget(key: string): void {
    this.waiting.get(key)?.resolve(undefined);
    this.waiting.delete(key);
    if (this.running?.key === key) {
      this.running.resolve(undefined);
      this.stop();
      this.pump();
    } else {
      this.post({ kind: 'forget', key });
    }
  }

  /** True while a job for `key` is waiting or running. */
  busy(key: string): boolean {
    return this.waiting.has(key) || this.running?.key === key;
  }

  dispose(): void {
    for (const job of this.waiting.values()) job.resolve(undefined);
    this.waiting.clear();
    this.running?.resolve(undefined);
    this.stop();
  }

  private pump(): void {
    if (this.running || this.waiting.size === 0) return;
    const [key, job] = this.waiting.entries().next().value as [string, Job];
    this.waiting.delete(key);
    this.running = job;
    this.post({ kind: 'analyze', id: job.id, key: job.key, text: job.text });
    this.worker?.ref();
  }

  private post(request: WorkerRequest): void {
    if (request.kind === 'forget' && !this.worker) return;
    this.start().postMessage(request);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.on('message', (response: WorkerResponse) => {
      const job = this.running;
      if (!job || job.id !== response.id) return;
      if ('error' in response) {
        this.running = undefined;
        job.reject(new Error(`analysis worker: ${response.error}`));
      } else {
        for (const entity of response.entities) job.entities.push(entity);
        for (const claim of response.claims) job.claims.push(claim);
        if (!response.last) {
          // Asking for the next part only now lets the host run other work between parts.
          worker.postMessage({ kind: 'more', id: job.id } satisfies WorkerRequest);
          return;
        }
        this.running = undefined;
        job.resolve({ textLength: response.textLength, entities: job.entities, claims: job.claims });
      }
      this.pump();
      // An idle worker does not keep the process alive.
      if (!this.running) worker.unref();
    });
    // A worker that fails to load or dies (out of memory) fails its job; the next job starts a new one.
    const fail = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const job = this.running;
      this.running = undefined;
      job?.reject(error);
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`analysis worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.running = undefined;
    void worker?.terminate();
  }
}
