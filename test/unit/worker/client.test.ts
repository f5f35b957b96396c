import * as assert from 'assert';
import { AnalysisTimeout, WorkerClient, WorkerCrashed, WorkerUnavailable, type WorkerClientOptions } from '../../../src/worker/client';
import type { SpawnWorker, WorkerEvents, WorkerPort } from '../../../src/worker/port';
import type { WorkerRequest } from '../../../src/worker/protocol';

// The client's scheduling against in-memory workers that answer only when the test says so (the real worker
// threads are in client.slow.test.ts).

class FakeWorker implements WorkerPort {
  readonly requests: WorkerRequest[] = [];
  terminated = false;

  constructor(private readonly events: WorkerEvents, loads = true) {
    // Loaded at once, as far as the client can tell; or hanging while it loads, never ready.
    if (loads) queueMicrotask(() => events.message({ ready: true }));
  }

  post(request: WorkerRequest): void {
    assert.ok(!this.terminated, 'posted to a terminated worker');
    this.requests.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  keepAlive(): void {}

  /** The analyze requests received, oldest first. */
  get jobs(): Extract<WorkerRequest, { kind: 'analyze' }>[] {
    return this.requests.filter((r) => r.kind === 'analyze');
  }

  forgotten(): string[] {
    return this.requests.flatMap((r) => (r.kind === 'forget' ? [r.key] : []));
  }

  /** Answers the latest analyze request with an empty analysis of its text. */
  answer(): void {
    const job = this.jobs.at(-1);
    assert.ok(job, 'no job to answer');
    this.events.message({ id: job.id, textLength: job.text.length, entities: [], claims: [], last: true });
  }

  crash(): void {
    this.events.failed(new Error('exited with code 134'));
  }
}

/** Fake workers; `loads(n)` says whether the n-th (from 0) finishes loading. */
function fakeWorkers(loads: (n: number) => boolean = () => true): { spawn: SpawnWorker; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  return { workers, spawn: (events) => workers[workers.push(new FakeWorker(events, loads(workers.length))) - 1] };
}

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done()` holds, or fails after `limitMs`: a busy machine may run a timer late, never early. */
async function until(done: () => boolean, message: string, limitMs = 2_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!done()) {
    assert.ok(Date.now() < end, message);
    await tick(5);
  }
}

describe('WorkerClient scheduling', () => {
  let client: WorkerClient;
  let workers: FakeWorker[];
  function start(options: Partial<WorkerClientOptions> = {}, loads?: (n: number) => boolean): void {
    const fakes = fakeWorkers(loads);
    workers = fakes.workers;
    client = new WorkerClient(fakes.spawn, { workers: 2, budgetMs: () => 10_000, restartDelayMs: () => 0, maxCrashes: 3, affinityMs: 10_000, ...options });
  }
  afterEach(() => client.dispose());

  it('analyses only the newest waiting text of a document', async () => {
    start();
    const first = client.analyze('a', 'one');
    const second = client.analyze('a', 'one two');
    const third = client.analyze('a', 'one two three');
    workers[0].answer();
    assert.strictEqual((await first)?.textLength, 3);
    assert.strictEqual(await second, undefined);
    workers[0].answer();
    assert.strictEqual((await third)?.textLength, 13);
    assert.deepStrictEqual(workers[0].jobs.map((j) => j.text), ['one', 'one two three']);
    assert.strictEqual(client.busy('a'), false);
  });

  it('rejects a job past its time budget, stops its worker and serves the next job on a new one', async () => {
    start({ budgetMs: (length) => (length > 5 ? 20 : 10_000) });
    const slow = client.analyze('big', 'a long text');
    const small = client.analyze('small', 'hi');
    await assert.rejects(slow, AnalysisTimeout);
    assert.ok(workers[0].terminated);
    await tick();
    const served = workers.find((w) => w.jobs.some((j) => j.key === 'small'));
    assert.ok(served && !served.terminated, 'the small article went to a live worker');
    served.answer();
    assert.strictEqual((await small)?.textLength, 2);
  });

  it('runs another document on a second worker while the first is busy for long', async () => {
    start({ affinityMs: 20 });
    void client.analyze('stuck', 'x'.repeat(100));
    const other = client.analyze('other', 'short');
    await tick();
    assert.strictEqual(workers.length, 1, 'no second worker for a job that may end at once');
    await until(() => workers.length === 2, 'a second worker once the first has been busy for a while');
    workers[1].answer();
    assert.strictEqual((await other)?.textLength, 5);
  });

  it('starts at most `workers` workers', async () => {
    start({ affinityMs: 0, workers: 2 });
    void client.analyze('a', 'a');
    void client.analyze('b', 'b');
    void client.analyze('c', 'c');
    await tick(5);
    assert.strictEqual(workers.length, 2);
    assert.ok(client.busy('c'), 'the third waits');
  });

  it('keeps a document on the worker that holds its line cache', async () => {
    start({ affinityMs: 0 });
    const a = client.analyze('a', 'a1');
    workers[0].answer();
    await a;
    const b = client.analyze('b', 'b1');
    workers[0].answer();
    await b;
    const again = client.analyze('a', 'a2');
    workers[0].answer();
    assert.strictEqual((await again)?.textLength, 2);
    assert.strictEqual(workers.length, 1);
  });

  it('closing a document mid-job keeps the worker, and so the other documents\' line caches', async () => {
    start();
    const other = client.analyze('other', 'other');
    workers[0].answer();
    await other;
    const closing = client.analyze('closing', 'closing text');
    client.forget('closing');
    assert.strictEqual(await closing, undefined, 'the closed document\'s job resolves at once');
    assert.ok(!workers[0].terminated, 'the worker holding another document goes on');
    assert.deepStrictEqual(workers[0].forgotten(), ['closing']);
    assert.strictEqual(client.busy('closing'), false);
    const next = client.analyze('other', 'other edited');
    workers[0].answer(); // the closed document's result, dropped
    await tick();
    workers[0].answer();
    assert.strictEqual((await next)?.textLength, 12);
    assert.strictEqual(workers.length, 1);
  });

  it('closing the only document of a worker mid-job stops that worker', async () => {
    start();
    const closing = client.analyze('closing', 'text');
    client.forget('closing');
    assert.strictEqual(await closing, undefined);
    assert.ok(workers[0].terminated);
    const next = client.analyze('next', 'next');
    workers[1].answer();
    assert.strictEqual((await next)?.textLength, 4);
  });

  it('rejects the job of a crashed worker, restarts it for the next one, and gives up after repeated crashes', async () => {
    start({ workers: 1, maxCrashes: 3 });
    const jobs = [client.analyze('a', 'a'), client.analyze('b', 'b')];
    workers[0].crash();
    await assert.rejects(jobs[0], WorkerCrashed);
    await tick();
    assert.strictEqual(workers.length, 2, 'a new worker for the next job');
    workers[1].answer();
    assert.strictEqual((await jobs[1])?.textLength, 1);

    // Three crashes in a row: the third gives up, and waiting and later jobs are rejected.
    const crashing = [client.analyze('c', 'c'), client.analyze('d', 'd')];
    workers[1].crash();
    await assert.rejects(crashing[0], WorkerCrashed);
    await tick();
    const last = client.analyze('e', 'e');
    workers[2].crash();
    await assert.rejects(crashing[1], WorkerCrashed);
    await tick();
    workers[3].crash();
    await assert.rejects(last, WorkerCrashed);
    await assert.rejects(client.analyze('f', 'f'), WorkerUnavailable);
    assert.strictEqual(workers.length, 4);
  });

  it('stops a worker that hangs while loading, rejects its job as a crash and serves the next job on a new one', async () => {
    start({ workers: 1, loadTimeoutMs: 20 }, (n) => n > 0);
    const stuck = client.analyze('a', 'one');
    const next = client.analyze('b', 'two');
    await assert.rejects(stuck, (e: Error) => e instanceof WorkerCrashed && /did not load within 20 ms/.test(e.message));
    assert.ok(workers[0].terminated, 'the hanging worker was stopped');
    await tick();
    assert.strictEqual(workers.length, 2, 'a new worker for the next job');
    workers[1].answer();
    assert.strictEqual((await next)?.textLength, 3);
    // A worker that has loaded is not stopped by the load timer, however long its job runs within budget.
    const long = client.analyze('c', 'three');
    await tick(40);
    assert.ok(!workers[1].terminated);
    workers[1].answer();
    assert.strictEqual((await long)?.textLength, 5);
  });

  it('waits longer before each restart after crashes in a row', async () => {
    const delays: number[] = [];
    // A delay long beside the 5 ms looked at, so that a busy machine's late timers cannot run past it.
    start({ workers: 1, restartDelayMs: (n) => (delays.push(n), 300) });
    const first = client.analyze('a', 'a');
    workers[0].crash();
    await assert.rejects(first, WorkerCrashed);
    const second = client.analyze('a', 'a');
    await tick(5);
    assert.strictEqual(workers.length, 1, 'no restart during the delay');
    await until(() => workers.length === 2, 'a restart once the delay is over');
    workers[1].answer();
    await second;
    assert.deepStrictEqual(delays, [1]);
  });
});
