// The two ways in: article files (folders, globs) and a JSONL stream of {doc_id, text} documents. Both check
// the output first, analyse in the thread pool, write records as they come, and return the exit status.
import { createReadStream } from 'fs';
import { availableParallelism } from 'os';
import { createInterface } from 'readline';
import { UsageError, type CliOptions } from './args';
import { folderNeeded, FORMATS, pairOf } from './formats';
import { expandInputs } from './inputs';
import { checkOutput, Output } from './output';
import { nameOfFile, PairFolder } from './pairFolder';
import { ThreadPool } from './pool';
import { Progress } from './progress';
import { streamTasks } from './stream';
import { ShareOfVoice } from './summary';
import type { TaskInput, TaskResult } from './thread';

/** Tasks outstanding per thread: enough to keep every thread busy, few enough to bound memory. */
const WINDOW_PER_JOB = 4;

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

/** What a run needs besides its options: the script that serves the threads, and standard error. */
export interface RunContext {
  script: string;
  report: (message: string) => void;
}

export async function runFiles(options: CliOptions, context: RunContext): Promise<number> {
  const { files, problems } = expandInputs(options.inputs);
  for (const problem of problems) context.report(`news-annotate: ${problem}`);
  if (!files.length) {
    if (!problems.length) context.report(`news-annotate: no articles in ${options.inputs.join(' ')}`);
    return EXIT.someFailed;
  }
  const stream = options.out === undefined && files.length > 1 ? folderNeeded(options.format, `${files.length} articles`) : undefined;
  if (stream) throw new UsageError(stream);
  const folder = openOutput(options, files);
  // Names are claimed in input order, so a rerun names every article as before.
  const tasks = files.map((file) => ({ file, pairName: folder?.claim(nameOfFile(file)) }));
  return analyseAll(tasks, files.length, options, folder, context, problems.length > 0, false);
}

/** Checks --out before any work: the folder of a per-article format (created), else the one output file. */
function openOutput(options: CliOptions, inputs: readonly string[]): PairFolder | undefined {
  if (options.out === undefined) return undefined;
  const pair = pairOf(options.format);
  if (pair) return PairFolder.open(options.out, [pair.text, pair.record], inputs);
  checkOutput(options.out, inputs);
  return undefined;
}

export async function runJsonl(input: string, options: CliOptions, context: RunContext): Promise<number> {
  const folder = openOutput(options, input === '-' ? [] : [input]);
  const stream = input === '-' ? process.stdin : createReadStream(input);
  let failed = false;
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    if (input === '-') resolve();
    else stream.once('open', () => resolve());
  });
  try {
    await opened;
  } catch (e) {
    context.report(`news-annotate: cannot read ${input}: ${(e as Error).message}`);
    return EXIT.someFailed;
  }
  const label = input === '-' ? 'stdin' : input;
  async function* documents(): AsyncGenerator<TaskInput> {
    let lineNo = 0;
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      lineNo++;
      if (!line.trim()) continue;
      const doc = parseDocument(line);
      if (typeof doc === 'string') {
        context.report(`${label}:${lineNo}: ${doc}: line skipped`);
        failed = true;
      } else yield { ...doc, pairName: folder?.claim(doc.docId) };
    }
  }
  // Predictions come back in input order: the scorer and batch engines (Dask, Spark's pipe) pair them by line.
  const status = await analyseAll(documents(), undefined, options, folder, context, false, true);
  return failed ? EXIT.someFailed : status;
}

/** A {doc_id, text} document, or what is wrong with the line. */
function parseDocument(line: string): { docId: string; text: string } | string {
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch (e) {
    return `not JSON (${(e as Error).message})`;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return `not a JSON object (${line.length > 40 ? `${line.slice(0, 40)}…` : line})`;
  const { doc_id: docId, text } = doc as { doc_id?: unknown; text?: unknown };
  if (typeof docId !== 'string' || typeof text !== 'string') return 'needs string fields doc_id and text';
  return { docId, text };
}

async function analyseAll(
  tasks: AsyncIterable<TaskInput> | Iterable<TaskInput>,
  total: number | undefined,
  options: CliOptions,
  folder: PairFolder | undefined,
  context: RunContext,
  alreadyFailed: boolean,
  inputOrder: boolean,
): Promise<number> {
  const format = options.format && FORMATS[options.format];
  // With a pair folder the threads write the files, and standard output is left to --summary.
  const output = Output.open(folder ? undefined : options.out);
  const jobs = Math.max(1, Math.min(options.jobs, total ?? options.jobs));
  // A core no job uses serves a huge article's per-line passes (see ./split).
  const helper = jobs < availableParallelism() ? context.script : undefined;
  const config = { format: options.format, summary: options.summary, force: options.force, corrections: options.corrections, folder: folder?.path, helper };
  const pool = new ThreadPool(context.script, jobs, config);
  const progress = new Progress(total, total === undefined ? 'documents' : 'files');
  const summary = options.summary ? new ShareOfVoice() : undefined;
  let failed = alreadyFailed;
  // One article alone is written as its thread encodes it (a 10 MB article's JSON is 55 MB): nothing can come
  // before it. Several wait for their turn, whole.
  let streamed = Promise.resolve();
  const onChunk = total === 1 && !folder ? (chunk: Uint8Array) => void (streamed = streamed.then(() => output.write(chunk))) : undefined;
  const emit = async (result: TaskResult) => {
    await streamed;
    progress.tick(result.chars);
    for (const warning of result.warnings) progress.log(`news-annotate: ${result.name}: warning: ${warning}`);
    if (result.failure !== undefined) {
      progress.log(`news-annotate: ${result.name}: ${result.failure}`);
      failed = true;
      return;
    }
    summary?.add(result.voices);
    for (const chunk of typeof result.output === 'string' ? [result.output] : result.output) await output.write(chunk);
  };
  try {
    if (format && 'header' in format && !folder) await output.write(format.header({ bom: options.bom }));
    await streamTasks(tasks, (task) => pool.run(task, onChunk), emit, {
      // Files in a pair folder were named in input order already: nothing waits for a slow article before it.
      ordered: !folder && (inputOrder || (format?.ordered ?? true)),
      window: jobs * WINDOW_PER_JOB,
    });
  } finally {
    progress.stop();
    await pool.close();
  }
  // Records on standard output push the tables to standard error; otherwise the tables are the output.
  if (summary) {
    if (format && options.out === undefined) context.report(summary.format());
    else process.stdout.write(summary.format());
  }
  await output.close();
  if (output.error) {
    context.report(`news-annotate: cannot write ${options.out ?? 'standard output'}: ${output.error.message}`);
    return EXIT.someFailed;
  }
  return failed ? EXIT.someFailed : EXIT.ok;
}
