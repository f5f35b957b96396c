// A huge article on a machine with a spare core: the per-line passes of its lines are shared with a helper
// thread, then the analysis runs as usual and finds them in its line cache. The result is `analyze(text)`'s.
import { Worker } from 'worker_threads';
import { analyze, type Analysis } from '../engine';
import { withLineCache, type LineCache } from '../engine/lineCache';
import { splitLines } from '../engine/text/paragraphs';
import { chunkLines, learntCache, takeChunk, type ChunkResults, type LineJob } from './linePasses';

/** Text per chunk of the queue: a few dozen milliseconds of work, so neither thread waits long for the other's last. */
const CHUNK_CHARS = 64_000;

/**
 * `analyze(text)`, its per-line passes shared with a helper thread started from `script` (which serves
 * serveLinePasses). Should the helper fail, the analysis computes what it did not deliver.
 */
export async function analyzeShared(text: string, script: string): Promise<Analysis> {
  const job = lineJob(text);
  const next = new Int32Array(job.next);
  const cache = learntCache();
  const helper = new Helper(script, job, cache);
  let mine = 0;
  for (let chunk = takeChunk(job, next); chunk >= 0; chunk = takeChunk(job, next), mine++) cache.fill(chunkLines(job, chunk));
  // Every chunk is taken: the helper owes the ones it took.
  await helper.delivered(job.chunks.length - 1 - mine);
  return withLineCache(cache, () => analyze(text));
}

/** The text's lines, each once (a line's passes depend on its text alone), in chunks of about CHUNK_CHARS. */
export function lineJob(text: string): LineJob {
  const lines = [...new Set(splitLines(text).map((l) => text.slice(l.start, l.end)))];
  const chunks = [0];
  for (let i = 0, chars = 0; i < lines.length; i++) {
    chars += lines[i].length + 1;
    if (chars >= CHUNK_CHARS || i === lines.length - 1) {
      chunks.push(i + 1);
      chars = 0;
    }
  }
  return { lines, chunks, next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) };
}

/** The helper thread, seeding the cache with its chunks' results as they come. */
export class Helper {
  private readonly worker: Worker | undefined;
  private received = 0;
  private owed = Infinity;
  private finish = (): void => {};
  private readonly finished = new Promise<void>((resolve) => (this.finish = resolve));

  constructor(script: string, private readonly job: LineJob, private readonly cache: LineCache) {
    try {
      this.worker = new Worker(script, { workerData: { role: 'lines' } });
    } catch {
      // No thread to be had: the analysing thread takes every chunk.
      this.finish();
      return;
    }
    this.worker.on('message', (message: ChunkResults) => this.seed(message));
    this.worker.on('error', () => this.finish());
    this.worker.on('exit', () => this.finish());
    this.worker.postMessage(job);
  }

  /** Resolves once `owed` chunks have come, or the helper has failed (their lines are then computed by the analysis). */
  async delivered(owed: number): Promise<void> {
    this.owed = owed;
    if (this.received >= owed) this.finish();
    await this.finished;
    // Its error or exit may still come (it is ended here): its listeners stay, and only make `finished` settle again.
    this.worker?.removeAllListeners('message');
    void this.worker?.terminate();
  }

  private seed({ chunk, results }: ChunkResults): void {
    const lines = chunkLines(this.job, chunk);
    for (const [stage, stageResults] of Object.entries(results)) this.cache.seed(stage, lines, stageResults);
    if (++this.received >= this.owed) this.finish();
  }
}
