// The per-line passes of a huge article shared by two threads (see ./split): the work queue both take chunks
// from, and how a thread learns the passes. A helper thread's side is `serveLinePasses`.
import { parentPort } from 'worker_threads';
import { analyzeClaims } from '../engine/analyze';
import { findEntities } from '../engine/entities';
import { LineCache, withLineCache } from '../engine/lineCache';
import { splitLines } from '../engine/text/paragraphs';

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

/**
 * A cache that knows the engine's per-line passes (see SAMPLE), and their stages in the order the analysis needs
 * them: `phases[0]` are the stages findEntities asks for, `phases[1]` the rest (analyzeClaims'), so that the
 * entities can be merged while the claims' lines are still being analysed.
 */
export function learntCache(): { cache: LineCache; phases: string[][] } {
  const cache = new LineCache();
  const lines = splitLines(SAMPLE);
  const entities = withLineCache(cache, () => findEntities(SAMPLE, lines));
  const first = cache.stages();
  withLineCache(cache, () => analyzeClaims(SAMPLE, lines, entities));
  cache.sweep();
  return { cache, phases: [first, cache.stages().slice(first.length)] };
}

/**
 * What the thread that analyses sends its helper: the text, where its lines are (each line once), and the queue
 * of their chunks. The text crosses as one string and the lines as numbers: a hundred thousand strings took the
 * analysing thread half a second to post.
 */
export interface LineJob {
  text: string;
  /** The start and end of each line, in pairs: line i is text.slice(bounds[2i], bounds[2i + 1]). */
  bounds: Int32Array;
  /** Where each chunk of lines starts (a line index); the last entry is the number of lines. */
  chunks: number[];
  /** The stages in phases (see learntCache): the queue holds every chunk of the first phase, then of the next. */
  phases: string[][];
  /** One Int32: the next item of the queue to take, shared by both threads. */
  next: SharedArrayBuffer;
}

/** One item of the queue: a chunk of lines and the phase whose stages are computed for it. */
export interface QueueItem {
  phase: number;
  chunk: number;
}

/** One chunk's results from the helper, by stage, in the chunk's line order. */
export interface ChunkResults extends QueueItem {
  results: Record<string, unknown[]>;
}

/** The lines of chunk `chunk`. */
export function chunkLines(job: Pick<LineJob, 'text' | 'bounds' | 'chunks'>, chunk: number): string[] {
  const lines: string[] = [];
  for (let i = job.chunks[chunk]; i < job.chunks[chunk + 1]; i++) lines.push(job.text.slice(job.bounds[2 * i], job.bounds[2 * i + 1]));
  return lines;
}

/** How many chunks the job's lines make (each is in the queue once per phase). */
export function chunkCount(job: Pick<LineJob, 'chunks'>): number {
  return job.chunks.length - 1;
}

/** Takes the next item off the queue, or undefined when none is left. */
export function takeItem(job: Pick<LineJob, 'chunks' | 'phases'>, next: Int32Array): QueueItem | undefined {
  const item = Atomics.add(next, 0, 1);
  const count = chunkCount(job);
  return item < count * job.phases.length ? { phase: Math.floor(item / count), chunk: item % count } : undefined;
}

/**
 * The helper thread: takes items until none is left, posting each one's results. It learns the passes before its
 * job comes, while the analysing thread still reads and splits the article.
 */
export function serveLinePasses(): void {
  const port = parentPort;
  if (!port) throw new Error('serveLinePasses runs in a worker thread');
  const { cache } = learntCache();
  port.once('message', (job: LineJob) => {
    const next = new Int32Array(job.next);
    for (let item = takeItem(job, next); item; item = takeItem(job, next)) {
      const lines = chunkLines(job, item.chunk);
      const results: Record<string, unknown[]> = {};
      for (const stage of job.phases[item.phase]) results[stage] = cache.compute(stage, lines);
      port.postMessage({ ...item, results } satisfies ChunkResults);
    }
  });
}
