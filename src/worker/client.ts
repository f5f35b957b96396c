import type { Analysis, Claim, Entity } from '../engine/types';
import type { SpawnWorker, WorkerPort } from './port';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** A job ran past its time budget; its worker was stopped. */
export class AnalysisTimeout extends Error {
  constructor(readonly budgetMs: number) {
    super(`the analysis took longer than ${budgetMs < 1000 ? `${budgetMs} ms` : `${Math.round(budgetMs / 1000)} s`} and was stopped`);
  }
}

/** The worker died while running the job (out of memory, a crash) or could not start. */
export class WorkerCrashed extends Error {}

/** The workers crashed too often in a row: the client runs no more jobs. */
export class WorkerUnavailable extends Error {}

export interface WorkerClientOptions {
  /** At most this many workers at once, so that one slow article does not hold up the others. */
  workers: number;
  /** The time budget of a job for a text of `length` characters, in milliseconds. */
  budgetMs(length: number): number;
  /** How long to wait before starting a worker again after `crashes` crashes in a row. */
  restartDelayMs(crashes: number): number;
  /** After this many crashes in a row (no job finished in between) the client gives up. */
  maxCrashes: number;
  /** A document's job waits this long for the busy worker that holds its line cache, then moves to an idle one. */
  affinityMs: number;
  /** A worker that has not said it is ready this long after it started is stopped and counts as a crash. */
  loadTimeoutMs: number;
}

export const DEFAULT_OPTIONS: WorkerClientOptions = {
  workers: 2,
  // About 2 s per MB is typical (README, Performance), but the first job of a worker also warms the engine up,
  // which took 13 s in a browser on a loaded machine: this leaves room for both.
  budgetMs: (length) => 30_000 + (length / 1_000_000) * 10_000,
  restartDelayMs: (crashes) => Math.min(30_000, 500 * 2 ** (crashes - 1)),
  maxCrashes: 3,
  affinityMs: 500,
  // Loading the engine takes well under a second unloaded; a worker still silent after this is stuck.
  loadTimeoutMs: 60_000,
};

interface Job {
  id: number;
  key: string;
  text: string;
  resolve(analysis: Analysis | undefined): void;
  reject(error: Error): void;
  /** The parts of the result received so far. */
  entities: Entity[];
  claims: Claim[];
  /** Resolved already (its document was forgotten): the result, when it comes, is dropped. */
  cancelled?: boolean;
  started?: number;
  timer?: ReturnType<typeof setTimeout>;
}

/** One worker and what it holds. */
interface Slot {
  port: WorkerPort | undefined;
  running: Job | undefined;
  /** The documents whose incremental analyzers (line caches) live in this worker. */
  keys: Set<string>;
  /** Not before this time (ms) after a crash. */
  restartAt: number;
  /** The worker has loaded: the running job's budget counts from then. */
  ready: boolean;
  /** Runs out if the worker does not load in time. */
  loadTimer?: ReturnType<typeof setTimeout>;
}

/**
 * Runs analyses in up to `workers` workers, one job per worker at a time, each within a time budget.
 * Requests for a document that is still waiting are coalesced: only its newest text is analysed and the
 * superseded request resolves to undefined. A document's jobs go to the worker that holds its per-line cache,
 * so re-analysis after an edit is incremental; if that worker is busy for long, to an idle one. A job past
 * its budget is rejected with AnalysisTimeout and its worker stopped (a new one starts for the next job); a
 * worker that dies, or does not load within `loadTimeoutMs`, rejects its job with WorkerCrashed, is restarted after a growing delay, and after
 * `maxCrashes` crashes in a row every job is rejected with WorkerUnavailable.
 */
export class WorkerClient {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<string, Job>();
  private readonly options: WorkerClientOptions;
  private nextId = 1;
  private crashes = 0;
  private gaveUp: WorkerUnavailable | undefined;
  private wakeUp: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(private readonly spawn: SpawnWorker, options: Partial<WorkerClientOptions> = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
  }

  /** The analysis of `text`; undefined if superseded by a newer request for `key` or cancelled. */
  analyze(key: string, text: string): Promise<Analysis | undefined> {
    return new Promise((resolve, reject) => {
      if (this.gaveUp) return reject(this.gaveUp);
      if (this.disposed) return resolve(undefined);
      this.waiting.get(key)?.resolve(undefined);
      // Map order is insertion order: a re-queued document goes to the back.
      this.waiting.delete(key);
      this.waiting.set(key, { id: this.nextId++, key, text, resolve, reject, entities: [], claims: [] });
      this.pump();
    });
  }

  /**
   * Drops everything about `key`. Its running job resolves to undefined at once; its worker is stopped if it
   * holds no other document, else left to finish, so the other documents keep their line caches.
   */
  forget(key: string): void {
    this.waiting.get(key)?.resolve(undefined);
    this.waiting.delete(key);
    for (const slot of this.slots) {
      const job = slot.running;
      const held = slot.keys.delete(key);
      if (job?.key === key && !job.cancelled) {
        job.cancelled = true;
        job.resolve(undefined);
        if (slot.keys.size === 0) this.stop(slot);
      }
      if (held) slot.port?.post({ kind: 'forget', key });
    }
    this.pump();
  }

  /** True while a job for `key` is waiting or running. */
  busy(key: string): boolean {
    return this.waiting.has(key) || this.slots.some((s) => s.running?.key === key && !s.running.cancelled);
  }

  /** How many workers are running now (for tests). */
  get workerCount(): number {
    return this.slots.filter((s) => s.port).length;
  }

  dispose(): void {
    this.disposed = true;
    if (this.wakeUp) clearTimeout(this.wakeUp);
    for (const job of this.waiting.values()) job.resolve(undefined);
    this.waiting.clear();
    for (const slot of this.slots) {
      slot.running?.resolve(undefined);
      this.stop(slot);
    }
  }

  /** Starts every waiting job that has a worker to run on. */
  private pump(): void {
    if (this.disposed) return;
    for (const job of [...this.waiting.values()]) {
      const slot = this.slotFor(job.key);
      if (!slot) continue;
      this.waiting.delete(job.key);
      this.run(slot, job);
    }
    this.scheduleWakeUp();
  }

  /** The worker for a document's next job, or undefined if it must wait. */
  private slotFor(key: string): Slot | undefined {
    const now = Date.now();
    const ready = (s: Slot) => !s.running && s.restartAt <= now;
    // A worker busy for a moment will soon be free: its line cache, or not loading the engine again, is worth that wait.
    const busyLong = (s: Slot) => s.running?.started !== undefined && now - s.running.started >= this.options.affinityMs;
    const holder = this.slots.find((s) => s.keys.has(key));
    if (holder && ready(holder)) return holder;
    if (holder && !busyLong(holder)) return undefined;
    let target = this.slots.find((s) => ready(s) && s.port) ?? this.slots.find(ready);
    if (!target && this.slots.every((s) => !s.running || busyLong(s))) target = this.newSlot();
    if (target && holder) {
      holder.keys.delete(key);
      holder.port?.post({ kind: 'forget', key });
    }
    return target;
  }

  private newSlot(): Slot | undefined {
    if (this.slots.length >= this.options.workers) return undefined;
    const slot: Slot = { port: undefined, running: undefined, keys: new Set(), restartAt: 0, ready: false };
    this.slots.push(slot);
    return slot;
  }

  /** Pumps again when a waiting job may find a worker: after a restart delay or the affinity wait. */
  private scheduleWakeUp(): void {
    if (this.wakeUp) clearTimeout(this.wakeUp);
    this.wakeUp = undefined;
    if (this.waiting.size === 0) return;
    // One clock reading, and a wait that ends now still counts: the pump before read the clock a moment
    // earlier, and may have found the worker not yet busy long enough at the very millisecond it became so
    // (a job then waited for good).
    const now = Date.now();
    const times = this.slots.flatMap((s) => [
      ...(s.restartAt > now ? [s.restartAt] : []),
      ...(s.running?.started !== undefined ? [s.running.started + this.options.affinityMs] : []),
    ]).filter((t) => t >= now);
    if (times.length === 0) return;
    this.wakeUp = setTimeout(() => {
      this.wakeUp = undefined;
      this.pump();
    }, Math.min(...times) - now);
  }

  private run(slot: Slot, job: Job): void {
    slot.running = job;
    slot.keys.add(job.key);
    job.started = Date.now();
    this.post(slot, { kind: 'analyze', id: job.id, key: job.key, text: job.text });
    if (slot.ready) this.startBudget(slot, job);
    slot.port?.keepAlive(true);
  }

  private startBudget(slot: Slot, job: Job): void {
    const budget = this.options.budgetMs(job.text.length);
    job.timer = setTimeout(() => this.timeOut(slot, job, budget), budget);
  }

  private timeOut(slot: Slot, job: Job, budget: number): void {
    if (slot.running !== job) return;
    this.stop(slot);
    if (!job.cancelled) job.reject(new AnalysisTimeout(budget));
    this.pump();
  }

  private post(slot: Slot, request: WorkerRequest): void {
    if (!slot.port) {
      slot.ready = false;
      const port = this.spawn({
        message: (response) => this.receive(slot, port, response),
        failed: (error) => this.crashed(slot, port, error),
      });
      slot.port = port;
      slot.loadTimer = setTimeout(() => this.loadTimedOut(slot, port), this.options.loadTimeoutMs);
    }
    slot.port.post(request);
  }

  private receive(slot: Slot, port: WorkerPort, response: WorkerResponse): void {
    if (slot.port !== port) return;
    const job = slot.running;
    if ('ready' in response) {
      slot.ready = true;
      clearTimeout(slot.loadTimer);
      if (job && !job.timer) this.startBudget(slot, job);
      return;
    }
    if (!job || job.id !== response.id) return;
    if (!('error' in response)) {
      for (const entity of response.entities) job.entities.push(entity);
      for (const claim of response.claims) job.claims.push(claim);
      if (!response.last && !job.cancelled) {
        // Asking for the next part only now lets the host run other work between parts.
        port.post({ kind: 'more', id: job.id });
        return;
      }
    }
    this.finish(slot, job);
    this.crashes = 0;
    if (job.cancelled) {
      // Nothing to hand over.
    } else if ('error' in response) {
      job.reject(new Error(`analysis worker: ${response.error}`));
    } else {
      job.resolve({ textLength: response.textLength, entities: job.entities, claims: job.claims });
    }
    this.pump();
    // An idle worker does not keep the process alive.
    if (!slot.running) port.keepAlive(false);
  }

  /** A worker that hangs while loading would leave its job pending for ever: it fails as a crash does. */
  private loadTimedOut(slot: Slot, port: WorkerPort): void {
    if (slot.port !== port || slot.ready) return;
    port.terminate();
    const s = this.options.loadTimeoutMs;
    this.crashed(slot, port, new Error(`the analysis worker did not load within ${s < 1000 ? `${s} ms` : `${Math.round(s / 1000)} s`}`));
  }

  private crashed(slot: Slot, port: WorkerPort, error: Error): void {
    if (slot.port !== port) return;
    clearTimeout(slot.loadTimer);
    const job = slot.running;
    if (job) this.finish(slot, job);
    slot.port = undefined;
    slot.keys.clear();
    this.crashes++;
    slot.restartAt = Date.now() + this.options.restartDelayMs(this.crashes);
    if (job && !job.cancelled) job.reject(new WorkerCrashed(error.message));
    if (this.crashes >= this.options.maxCrashes) {
      this.gaveUp = new WorkerUnavailable(`the analysis worker failed ${this.crashes} times in a row (last: ${error.message})`);
      for (const waiting of this.waiting.values()) waiting.reject(this.gaveUp);
      this.waiting.clear();
      return;
    }
    this.pump();
  }

  private finish(slot: Slot, job: Job): void {
    if (job.timer) clearTimeout(job.timer);
    slot.running = undefined;
  }

  /** Stops a slot's worker; what it held is lost. */
  private stop(slot: Slot): void {
    const job = slot.running;
    if (job) this.finish(slot, job);
    clearTimeout(slot.loadTimer);
    slot.port?.terminate();
    slot.port = undefined;
    slot.keys.clear();
  }
}
