import * as assert from 'assert';
import { Progress } from '../../../src/cli/progress';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (s: string) => written.push(s) > 0 }, written };
}

const turns = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the progress line writes to go back to the start of the line and clear it (CR, then ANSI erase-line). */
const CLEAR_LINE = '\r\x1b[K';

describe('progress line', () => {
  it('draws count, bar, rate and ETA on a terminal, and clears itself before a message and at the end', async () => {
    const { stream, written } = terminal(true);
    const progress = new Progress(4, 'files', { stream, quietMs: 0, redrawMs: 5 });
    progress.tick(2_000_000);
    await turns(30);
    const line = written[written.length - 1];
    assert.ok(line.startsWith(CLEAR_LINE), JSON.stringify(line));
    assert.match(line.slice(CLEAR_LINE.length), /^\[#{6}\.{18}\] 1\/4 files · [\d.]+\/s · [\d.]+ MB\/s · ETA \d+ s$/);
    progress.log('a warning');
    assert.deepStrictEqual(written.slice(-2), [CLEAR_LINE, 'a warning\n']);
    progress.stop();
    const count = written.length;
    await turns(30);
    assert.strictEqual(written.length, count, 'nothing drawn after stop');
  });

  it('shows a count without a bar for a stream of unknown length', async () => {
    const { stream, written } = terminal(true);
    const progress = new Progress(undefined, 'documents', { stream, quietMs: 0, redrawMs: 5 });
    progress.tick(10);
    await turns(30);
    progress.stop();
    assert.ok(written.some((s) => s.startsWith(`${CLEAR_LINE}1 documents · `)), written.join('|'));
  });

  it('writes nothing but messages when standard error is not a terminal, or before the quiet time', async () => {
    const piped = terminal(false);
    const progress = new Progress(4, 'files', { stream: piped.stream, quietMs: 0, redrawMs: 5 });
    progress.tick(1);
    progress.log('a warning');
    await turns(30);
    progress.stop();
    assert.deepStrictEqual(piped.written, ['a warning\n']);
    const quick = terminal(true);
    const early = new Progress(4, 'files', { stream: quick.stream, quietMs: 60_000, redrawMs: 5 });
    await turns(30);
    early.stop();
    assert.deepStrictEqual(quick.written, []);
  });
});
