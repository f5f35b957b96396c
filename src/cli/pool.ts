// A fixed pool of worker threads running ./thread tasks, one at a time each. A thread that dies (out of
// memory on a huge article, a crash) fails its task with the reason and is replaced: the other articles go on.
import { Worker } from 'worker_threads';
import type { Task, TaskInput, TaskResult, ThreadConfig } from './thread';

interface Pending {
  resolve: (result: TaskResult) => void;
  /** Takes the record's chunks as the thread encodes them (see serveTasks), when it streams them. */
  onChunk?: (chunk: Uint8Array) => void;
}

interface Slot {
  worker: Worker;
  task: ({ id: number; name: string } & Pending) | undefined;
}

export class ThreadPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ task: Task } & Pending> = [];
  private nextId = 0;
  private closed = false;

  /** `script` starts the thread loop (serveTasks) when loaded in a worker thread. */
  constructor(private readonly script: string, size: number, private readonly config: ThreadConfig) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /**
   * Never rejects: a failure is a result with `failure` set. With `onChunk` the record's chunks are given to it as
   * the thread encodes them, all before the result (whose output is then empty).
   */
  run(input: TaskInput, onChunk?: (chunk: Uint8Array) => void): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ task: { ...input, id: this.nextId++, stream: onChunk !== undefined }, resolve, onChunk });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script, { workerData: this.config }), task: undefined };
    slot.worker.on('message', ({ id, result, chunk }: { id: number; result?: TaskResult; chunk?: Uint8Array }) => {
      if (slot.task?.id !== id) return;
      if (!result) {
        if (chunk) slot.task.onChunk?.(chunk);
        return;
      }
      const { resolve } = slot.task;
      slot.task = undefined;
      resolve(result);
      this.dispatch();
    });
    slot.worker.on('error', (e) => this.replace(slot, e.message));
    slot.worker.on('exit', (code) => this.replace(slot, `the analysis thread exited (code ${code})`));
    return slot;
  }

  private replace(slot: Slot, reason: string): void {
    const task = slot.task;
    slot.task = undefined;
    const at = this.slots.indexOf(slot);
    if (at < 0 || this.closed) return;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.slots[at] = this.spawn();
    task?.resolve({ name: task.name, output: '', voices: [], warnings: [], chars: 0, failure: `analysis thread failed: ${reason}` });
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || !this.queue.length) continue;
      const { task, resolve, onChunk } = this.queue.shift()!;
      slot.task = { id: task.id, name: 'file' in task ? task.file : task.docId, resolve, onChunk };
      slot.worker.postMessage(task);
    }
  }
}
