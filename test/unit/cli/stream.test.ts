import * as assert from 'assert';
import { streamTasks } from '../../../src/cli/stream';

/** A task that finishes after a pseudo-random number of event-loop turns (later items often finish first). */
function delayed(n: number): Promise<number> {
  const turns = (n * 7) % 5;
  let p = Promise.resolve();
  for (let i = 0; i < turns; i++) p = p.then(() => new Promise<void>((r) => setImmediate(r)));
  return p.then(() => n);
}

async function run(count: number, ordered: boolean, window: number) {
  let outstanding = 0;
  let most = 0;
  const written: number[] = [];
  async function* source() {
    for (let i = 0; i < count; i++) yield i;
  }
  await streamTasks(
    source(),
    (n) => {
      outstanding++;
      most = Math.max(most, outstanding);
      return delayed(n);
    },
    async (n) => {
      await new Promise<void>((r) => setImmediate(r));
      outstanding--;
      written.push(n);
    },
    { ordered, window },
  );
  return { written, most };
}

describe('streamTasks', () => {
  it('writes every result in input order when asked, whatever order they finish in', async () => {
    const { written } = await run(200, true, 8);
    assert.deepStrictEqual(written, Array.from({ length: 200 }, (_, i) => i));
  });

  it('otherwise writes results as they finish, each exactly once', async () => {
    const { written } = await run(200, false, 8);
    assert.notDeepStrictEqual(written, [...written].sort((a, b) => a - b));
    assert.deepStrictEqual([...written].sort((a, b) => a - b), Array.from({ length: 200 }, (_, i) => i));
  });

  it('never has more than the window outstanding, so a long stream is not read ahead', async () => {
    for (const ordered of [true, false]) {
      const { most } = await run(300, ordered, 5);
      assert.ok(most <= 5, `${most} outstanding`);
    }
  });

  it('handles an empty source', async () => {
    assert.deepStrictEqual((await run(0, true, 4)).written, []);
  });
});
