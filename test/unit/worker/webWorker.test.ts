import * as assert from 'assert';
import * as fs from 'fs';
import { analyze } from '../../../src/engine';
import type { WorkerRequest, WorkerResponse } from '../../../src/worker/protocol';
import { webWorker } from '../../../src/worker/webWorker';
import { SEED_FILE } from '../paths';

// The browser side of the worker in Node, with the browser's globals stood in for: the Web Worker entry's
// answers, and the port's queueing and error handling (the real thing runs in `run-integration.mjs --web`).

type Listener = (event: { data?: unknown; message?: string; preventDefault(): void }) => void;

class FakeBrowserWorker {
  static created: FakeBrowserWorker[] = [];
  readonly received: WorkerRequest[] = [];
  readonly listeners = new Map<string, Listener>();
  terminated = false;

  constructor(readonly url: string) {
    FakeBrowserWorker.created.push(this);
  }

  postMessage(message: WorkerRequest): void {
    this.received.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, listener);
  }

  emit(type: string, event: { data?: unknown; message?: string }): void {
    this.listeners.get(type)?.({ ...event, preventDefault: () => {} });
  }
}

const scope = globalThis as { Worker?: unknown; self?: unknown };

describe('Web Worker', () => {
  afterEach(() => {
    delete scope.Worker;
    delete scope.self;
    FakeBrowserWorker.created = [];
  });

  it('entry: says it is ready, then answers an analysis request as analyze does', () => {
    const posted: WorkerResponse[] = [];
    const fakeSelf: { postMessage(r: WorkerResponse): void; onmessage?: (e: { data: WorkerRequest }) => void } = {
      postMessage: (r) => posted.push(r),
    };
    scope.self = fakeSelf;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded once the stand-in `self` exists
    require('../../../src/worker/webEntry');
    assert.deepStrictEqual(posted, [{ ready: true }]);
    const text = fs.readFileSync(SEED_FILE, 'utf8');
    fakeSelf.onmessage?.({ data: { kind: 'analyze', id: 7, key: 'a', text } });
    const { entities, claims, textLength } = analyze(text);
    assert.deepStrictEqual(posted[1], { id: 7, textLength, entities, claims, last: true });
  });

  it('port: queues requests until the script address is known, then starts the worker from it', async () => {
    scope.Worker = FakeBrowserWorker;
    let give!: (url: string) => void;
    const spawn = webWorker(() => new Promise((resolve) => (give = resolve)));
    const messages: WorkerResponse[] = [];
    const port = spawn({ message: (r) => messages.push(r), failed: assert.fail });
    port.post({ kind: 'forget', key: 'a' });
    assert.strictEqual(FakeBrowserWorker.created.length, 0);
    give('blob:worker');
    await new Promise((resolve) => setTimeout(resolve));
    const [worker] = FakeBrowserWorker.created;
    assert.strictEqual(worker.url, 'blob:worker');
    assert.deepStrictEqual(worker.received, [{ kind: 'forget', key: 'a' }]);
    worker.emit('message', { data: { ready: true } });
    assert.deepStrictEqual(messages, [{ ready: true }]);
    port.terminate();
    assert.ok(worker.terminated);
    worker.emit('message', { data: { ready: true } });
    assert.strictEqual(messages.length, 1, 'nothing is reported after terminate');
  });

  it('port: reports a worker error, or a script that cannot be had, as a failure, once', async () => {
    scope.Worker = FakeBrowserWorker;
    const failures: string[] = [];
    webWorker(async () => 'blob:worker')({ message: () => assert.fail('no message expected'), failed: (e) => failures.push(e.message) });
    await new Promise((resolve) => setTimeout(resolve));
    FakeBrowserWorker.created[0].emit('error', { message: 'SyntaxError' });
    FakeBrowserWorker.created[0].emit('error', { message: 'again' });
    assert.deepStrictEqual(failures, ['SyntaxError']);
    assert.ok(FakeBrowserWorker.created[0].terminated);

    webWorker(() => Promise.reject(new Error('no script')))({ message: () => assert.fail('no message expected'), failed: (e) => failures.push(e.message) });
    await new Promise((resolve) => setTimeout(resolve));
    assert.deepStrictEqual(failures, ['SyntaxError', 'no script']);
  });
});
