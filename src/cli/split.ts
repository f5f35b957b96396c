// A huge article on a machine with a spare core: the per-line passes of its lines are shared with a helper
// thread, then the analysis runs as usual and finds them in its line cache. The result is `analyze(text)`'s.
import { Worker } from 'worker_threads';
import type { Analysis, Entity, Span } from '../engine';
import { analyzeClaims, prepareClaims, type PreparedClaims } from '../engine/analyze';
import { findEntities } from '../engine/entities';
import { lineTexts, withLineCache, type LineCache } from '../engine/lineCache';
import { splitLines } from '../engine/text/paragraphs';
import { chunkCount, chunkLines, learntCache, takeItem, type ChunkResults, type LineJob } from './linePasses';

/** Text per chunk of the queue: a few dozen milliseconds of work, so neither thread waits long for the other's last. */
const CHUNK_CHARS = 64_000;

/**
 * Lets the helper's results that have come be received (each a message, handled only when this thread's event loop
 * turns): after each chunk, so that they are read while the helper still works. Awaiting a settled promise does
 * not turn it, and the claims' results of the seconds spent merging the entities were all read at the end, when
 * nothing ran beside this thread.
 */
const helperResults = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * `analyze(text)`, its per-line passes shared with `helper`'s thread, which it ends. The queue holds the entities'
 * passes of every chunk before the claims': once the first are done this thread merges the entities
 * (findEntities) and describes the people's names for speaker resolution (prepareClaims) while the helper goes on
 * with the claims' lines, then joins it. Should the helper fail, the analysis computes what it did not deliver.
 */
export async function analyzeShared(text: string, helper: Helper): Promise<Analysis> {
  const { cache, phases } = learntCache();
  const lines = splitLines(text);
  const texts = lineTexts(text, lines);
  const job = lineJob(text, phases, lines, texts);
  const keys = jobKeys(job, lines, texts);
  const next = new Int32Array(job.next);
  helper.start(job, cache, keys);
  const mine = phases.map(() => 0);
  // Every item of a phase is taken once this thread takes one of the next: the helper owes the rest.
  const phaseDone = (phase: number) => helper.delivered(phase, chunkCount(job) - mine[phase]);
  // The entities, and what the claims' speaker resolution asks of them alone (prepareClaims), made while the helper
  // still runs the claims' passes.
  let entities: { found: Entity[]; prepared: PreparedClaims } | undefined;
  const entitiesOnce = async () => {
    await phaseDone(0);
    if (!entities) {
      const found = withLineCache(cache, () => findEntities(text, lines));
      entities = { found, prepared: prepareClaims(text, found) };
      // The claims ask none of the entities' line results again.
      cache.release(phases[0]);
    }
    return entities;
  };
  try {
    for (let item = takeItem(job, next); item; item = takeItem(job, next)) {
      if (item.phase > 0) await entitiesOnce();
      cache.fill(chunkKeys(job, keys, item.chunk), phases[item.phase]);
      mine[item.phase]++;
      await helperResults();
    }
    const { found, prepared } = await entitiesOnce();
    for (let phase = 1; phase < phases.length; phase++) await phaseDone(phase);
    return withLineCache(cache, () => analyzeClaims(text, lines, found, prepared));
  } finally {
    helper.end();
  }
}

/**
 * The text's lines, each once (a line's passes depend on its text alone), in chunks of about CHUNK_CHARS. `texts`
 * are the lines' strings (text.slice of each).
 */
export function lineJob(text: string, phases: string[][], lines: readonly Span[] = splitLines(text), texts?: readonly string[]): LineJob {
  const seen = new Set<string>();
  const bounds: number[] = [];
  for (const [i, l] of lines.entries()) {
    const line = texts ? texts[i] : text.slice(l.start, l.end);
    if (seen.has(line)) continue;
    seen.add(line);
    bounds.push(l.start, l.end);
  }
  const count = bounds.length / 2;
  const chunks = [0];
  for (let i = 0, chars = 0; i < count; i++) {
    chars += bounds[2 * i + 1] - bounds[2 * i] + 1;
    if (chars >= CHUNK_CHARS || i === count - 1) {
      chunks.push(i + 1);
      chars = 0;
    }
  }
  return { text, bounds: Int32Array.from(bounds), chunks, phases, next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) };
}

/**
 * The job's lines as the strings the analysis looks their results up by (`texts`, lineTexts(text, lines)), one for
 * each line of the job: results kept under these very strings are found without hashing or comparing a line's
 * characters again, where a fresh slice of each line was hashed when kept and hashed and compared at every look-up
 * of every stage.
 */
export function jobKeys(job: Pick<LineJob, 'bounds'>, lines: readonly Span[], texts: readonly string[]): string[] {
  const keys: string[] = [];
  for (let i = 0, li = 0; i < job.bounds.length / 2; i++) {
    while (lines[li].start !== job.bounds[2 * i]) li++;
    keys.push(texts[li]);
  }
  return keys;
}

/** The lines of chunk `chunk` as `keys` (see jobKeys) gives them. */
function chunkKeys(job: Pick<LineJob, 'chunks'>, keys: readonly string[], chunk: number): string[] {
  return keys.slice(job.chunks[chunk], job.chunks[chunk + 1]);
}

/**
 * The helper thread, started from a script that serves serveLinePasses as soon as a huge article is known to come
 * (it loads the engine while the article is read and decoded), then given the article's job; it seeds the cache
 * with its items' results as they come.
 */
export class Helper {
  private readonly worker: Worker | undefined;
  private job: LineJob | undefined;
  private cache: LineCache | undefined;
  private keys: readonly string[] | undefined;
  private received: number[] = [];
  private failed = false;
  private waiting: { phase: number; owed: number; resolve: () => void } | undefined;

  constructor(script: string) {
    try {
      this.worker = new Worker(script, { workerData: { role: 'lines' } });
    } catch {
      // No thread to be had: the analysing thread takes every item.
      this.failed = true;
      return;
    }
    this.worker.on('message', (message: ChunkResults) => this.seed(message));
    this.worker.on('error', () => this.fail());
    this.worker.on('exit', () => this.fail());
  }

  /** Gives the thread its job, whose results go into `cache`, kept under `keys` (see jobKeys) when given. */
  start(job: LineJob, cache: LineCache, keys?: readonly string[]): void {
    this.job = job;
    this.cache = cache;
    this.keys = keys;
    this.received = job.phases.map(() => 0);
    this.worker?.postMessage(job);
  }

  /** Resolves once `owed` items of `phase` have come, or the helper has failed (their lines are then computed by the analysis). */
  async delivered(phase: number, owed: number): Promise<void> {
    if (this.failed || this.received[phase] >= owed) return;
    await new Promise<void>((resolve) => (this.waiting = { phase, owed, resolve }));
  }

  /** Ends the helper thread. Its error or exit may still come: its listeners stay, and only mark it failed. */
  end(): void {
    this.worker?.removeAllListeners('message');
    void this.worker?.terminate();
  }

  private seed({ phase, chunk, results }: ChunkResults): void {
    if (!this.job || !this.cache) return;
    const lines = this.keys ? chunkKeys(this.job, this.keys, chunk) : chunkLines(this.job, chunk);
    for (const [stage, stageResults] of Object.entries(results)) this.cache.seed(stage, lines, stageResults);
    this.received[phase]++;
    this.wake();
  }

  private fail(): void {
    this.failed = true;
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    if (waiting && (this.failed || this.received[waiting.phase] >= waiting.owed)) {
      this.waiting = undefined;
      waiting.resolve();
    }
  }
}
