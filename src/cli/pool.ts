// A fixed pool of worker threads running ./thread tasks, one at a time each. A thread that dies (out of
// memory on a huge article, a crash) fails its task with the reason and is replaced: the other articles go on.
import { Worker } from 'worker_threads';
import type { Task, TaskInput, TaskResult, ThreadConfig } from './thread';

interface Slot {
  worker: Worker;
  task: { id: number; name: string; resolve: (result: TaskResult) => void } | undefined;
}

export class ThreadPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ task: Task; resolve: (result: TaskResult) => void }> = [];
  private nextId = 0;
  private closed = false;

  /** `script` starts the thread loop (serveTasks) when loaded in a worker thread. */
  constructor(private readonly script: string, size: number, private readonly config: ThreadConfig) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Never rejects: a failure is a result with `failure` set. */
  run(input: TaskInput): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ task: { ...input, id: this.nextId++ }, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script, { workerData: this.config }), task: undefined };
    slot.worker.on('message', ({ id, result }: { id: number; result: TaskResult }) => {
      if (slot.task?.id !== id) return;
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
      const { task, resolve } = this.queue.shift()!;
      slot.task = { id: task.id, name: 'file' in task ? task.file : task.docId, resolve };
      slot.worker.postMessage(task);
    }
  }
}
