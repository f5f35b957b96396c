// The per-line passes of a huge article shared by two threads (see ./split): the work queue both take chunks
// from, and how a thread learns the passes. A helper thread's side is `serveLinePasses`.
import { parentPort } from 'worker_threads';
import { analyze } from '../engine';
import { LineCache, withLineCache } from '../engine/lineCache';

/**
 * A short article that meets every per-line pass (names, a title, a quote, a reported claim, a pronoun, lower-case
 * words): analysed once under a cache, it teaches the cache the passes (LineCache learns them as they are asked
 * for) so that it can run them on lines ahead of an analysis.
 */
const SAMPLE = [
  'Eelgrass grows in the bay, where the eelgrass is dying.',
  'Jane Doe, the minister of transport, met officials of Acme Corp in Paris on Monday.',
  '“We will not sign this plan,” Doe said. She added that the port would reopen.',
  'Doe told reporters the talks would go on.',
].join('\n');

/** A cache that knows the engine's per-line passes (see SAMPLE). */
export function learntCache(): LineCache {
  const cache = new LineCache();
  withLineCache(cache, () => analyze(SAMPLE));
  cache.sweep();
  return cache;
}

/** What the thread that analyses sends its helper: the lines (each once) and the queue of their chunks. */
export interface LineJob {
  lines: string[];
  /** Where each chunk of `lines` starts; the last entry is `lines.length`. */
  chunks: number[];
  /** One Int32: the next chunk to take, shared by both threads. */
  next: SharedArrayBuffer;
}

/** One chunk's results from the helper, by stage, in the chunk's line order. */
export interface ChunkResults {
  chunk: number;
  results: Record<string, unknown[]>;
}

/** The lines of chunk `chunk`. */
export function chunkLines(job: Pick<LineJob, 'lines' | 'chunks'>, chunk: number): string[] {
  return job.lines.slice(job.chunks[chunk], job.chunks[chunk + 1]);
}

/** Takes the next chunk off the queue: its index, or -1 when none is left. */
export function takeChunk(job: Pick<LineJob, 'chunks'>, next: Int32Array): number {
  const chunk = Atomics.add(next, 0, 1);
  return chunk < job.chunks.length - 1 ? chunk : -1;
}

/** The helper thread: takes chunks until none is left, posting each one's results. */
export function serveLinePasses(): void {
  const port = parentPort;
  if (!port) throw new Error('serveLinePasses runs in a worker thread');
  port.once('message', (job: LineJob) => {
    const cache = learntCache();
    const next = new Int32Array(job.next);
    for (let chunk = takeChunk(job, next); chunk >= 0; chunk = takeChunk(job, next)) {
      const lines = chunkLines(job, chunk);
      const results: Record<string, unknown[]> = {};
      for (const stage of cache.stages()) results[stage] = cache.compute(stage, lines);
      port.postMessage({ chunk, results } satisfies ChunkResults);
    }
  });
}
