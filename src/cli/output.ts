// Where the results go: --out is checked before any work (so a long run never fails at its end), never names
// an input, and is written with back-pressure so that a fast producer does not buffer the whole output.
import { accessSync, constants, createWriteStream, realpathSync, statSync } from 'fs';
import { dirname, resolve } from 'path';
import type { Writable } from 'stream';
import { UsageError } from './args';

/** Throws a UsageError when `out` cannot be written or would replace one of `inputs`. */
export function checkOutput(out: string, inputs: readonly string[]): void {
  let existing;
  try {
    existing = statSync(out);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw new UsageError(`--out ${out} is a folder: name a file`);
  if (existing) {
    const target = realpathSync(out);
    const input = inputs.find((file) => sameFile(file, target));
    if (input !== undefined) throw new UsageError(`--out ${out} is an input (${input}): it would be overwritten`);
    writable(out, `--out ${out} cannot be written`);
  } else {
    const folder = dirname(resolve(out));
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--out ${out}: folder ${folder} does not exist`);
    writable(folder, `--out ${out}: folder ${folder} is not writable`);
  }
}

function sameFile(file: string, target: string): boolean {
  try {
    return realpathSync(file) === target;
  } catch {
    return false;
  }
}

function writable(path: string, message: string): void {
  try {
    accessSync(path, constants.W_OK);
  } catch {
    throw new UsageError(message);
  }
}

/** An output that waits for the stream to drain when its buffer is full. */
export class Output {
  private failed: Error | undefined;

  private constructor(private readonly stream: Writable, private readonly owned: boolean) {
    stream.on('error', (e) => (this.failed = e));
  }

  static open(out: string | undefined): Output {
    return out === undefined ? new Output(process.stdout, false) : new Output(createWriteStream(out), true);
  }

  /** The reason writing failed (a full disk, a closed pipe), if it did. */
  get error(): Error | undefined {
    return this.failed;
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.failed || !chunk.length) return;
    if (!this.stream.write(chunk)) await new Promise<void>((done) => {
      const finish = () => {
        this.stream.off('drain', finish);
        this.stream.off('error', finish);
        done();
      };
      this.stream.on('drain', finish);
      this.stream.on('error', finish);
    });
  }

  async close(): Promise<void> {
    if (!this.owned) return;
    await new Promise<void>((done) => this.stream.end(done));
  }
}
