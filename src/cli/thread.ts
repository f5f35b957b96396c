// The work of one article, done in a worker thread: read and decode the file (or take a JSONL document's
// text), analyse it, and format its record there, so the main thread only writes strings and stays free to
// show progress.
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { parentPort } from 'worker_threads';
import { analyze } from '../engine';
import { withCorrections } from './corrections';
import { decodeArticle } from './decode';
import { FORMATS, pairOf, type FormatName, type OutputFormat } from './formats';
import { analyzeShared, Helper } from './split';
import { voicesOf, type Voice } from './summary';

/**
 * From this length on an article's per-line passes are shared with a helper thread when a core is spare: below
 * it, starting the helper (loading the engine) costs about what the second core saves.
 */
const SHARE_FROM_CHARS = 1_000_000;

export interface ThreadConfig {
  /** Undefined when only the summary is wanted. */
  format: FormatName | undefined;
  summary: boolean;
  force: boolean;
  /** Apply each file's sidecar of corrections (FILE.annotations.json) when it has one. */
  corrections: boolean;
  /** The folder where a per-article format writes each article's pair of files (see FORMATS' `pair`). */
  folder?: string;
  /** The script a thread starts a helper thread from for a huge article (see ./split), when a core is spare. */
  helper?: string;
}

/** `pairName`: the article's file name (no extension) in the pair folder. */
export type TaskInput = ({ file: string } | { docId: string; text: string }) & { pairName?: string };
/** `stream`: send the record's chunks as they are encoded (see serveTasks), not with the result. */
export type Task = TaskInput & { id: number; stream?: boolean };

export interface TaskResult {
  /** The file or doc_id, for messages. */
  name: string;
  /**
   * The formatted record (empty when nothing is written per article): a string, or UTF-8 bytes in chunks from a
   * format written in pieces (see utf8Of); from the thread always chunks, transferred rather than copied (see
   * serveTasks).
   */
  output: string | Uint8Array[];
  /** Claims' speakers and kinds, for --summary. */
  voices: Voice[];
  warnings: string[];
  /** Why the article was not analysed (unreadable, binary, the analysis threw). */
  failure?: string;
  /** UTF-16 length of the text analysed, for the progress rate. */
  chars: number;
}

/**
 * `sink`, when given, takes the record of a format written in pieces chunk by chunk as they are encoded (the
 * result's output is then empty), so that they are written while the rest is encoded.
 */
export async function runTask(task: TaskInput, config: ThreadConfig, sink?: (chunk: Uint8Array) => void): Promise<TaskResult> {
  const started: { helper?: Helper } = {};
  const helperFor = (size: number) => (started.helper ??= config.helper !== undefined && size >= SHARE_FROM_CHARS ? new Helper(config.helper) : undefined);
  try {
    return await analyseTask(task, config, helperFor, sink);
  } finally {
    started.helper?.end();
  }
}

/** runTask's work; `helperFor(size)` starts a helper thread (once) for an article of `size` characters when it is huge. */
async function analyseTask(task: TaskInput, config: ThreadConfig, helperFor: (size: number) => Helper | undefined, sink?: (chunk: Uint8Array) => void): Promise<TaskResult> {
  const name = 'file' in task ? task.file : task.docId;
  const result: TaskResult = { name, output: '', voices: [], warnings: [], chars: 0 };
  let text: string;
  if ('file' in task) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(task.file);
    } catch (e) {
      return { ...result, failure: `cannot read: ${(e as Error).message}` };
    }
    // Most texts have at least half as many characters as their file has bytes (UTF-16, Latin scripts in UTF-8):
    // a huge file's helper thread loads the engine while the text is decoded (and ends unused should the text
    // prove shorter).
    helperFor(bytes.length / 2);
    const decoded = decodeArticle(bytes, config.force);
    if ('skipped' in decoded) return { ...result, failure: decoded.skipped };
    text = decoded.text;
    result.warnings = decoded.warnings;
  } else {
    text = task.text;
  }
  try {
    const helper = helperFor(text.length);
    const machine = helper && text.length >= SHARE_FROM_CHARS ? await analyzeShared(text, helper) : analyze(text);
    const analysis = 'file' in task && config.corrections ? withCorrections(task.file, text, machine, result.warnings) : machine;
    const article = { file: name, text, analysis };
    const format: OutputFormat | undefined = config.format && FORMATS[config.format];
    if (config.folder !== undefined && task.pairName !== undefined) {
      const record = !format ? '' : format.parts ? [...utf8Chunks(format.parts(article))] : format.record(article);
      const failure = writePair(config.folder, task.pairName, config.format, text, record);
      if (failure) return { ...result, failure };
    } else if (format?.parts && sink) {
      for (const chunk of utf8Chunks(format.parts(article))) sink(chunk);
    } else {
      result.output = !format ? '' : format.parts ? [...utf8Chunks(format.parts(article))] : format.record(article);
    }
    if (config.summary) result.voices = voicesOf(analysis);
  } catch (e) {
    return { ...result, failure: `analysis failed: ${(e as Error).stack ?? e}` };
  }
  result.chars = text.length;
  return result;
}

/** Writes the copy of the text first, then the record that refers to it; the reason when either fails. */
function writePair(folder: string, name: string, format: FormatName | undefined, text: string, record: string | Uint8Array[]): string | undefined {
  const pair = pairOf(format);
  if (!pair) return undefined;
  for (const [extension, content] of [[pair.text, text], [pair.record, typeof record === 'string' ? record : Buffer.concat(record)]] as const) {
    const path = join(folder, name + extension);
    try {
      writeFileSync(path, content);
    } catch (e) {
      return `cannot write ${path}: ${(e as Error).message}`;
    }
  }
  return undefined;
}

/**
 * The worker thread's loop: one task at a time, each answered with its id. The record goes as UTF-8 bytes whose
 * buffer is transferred: posting the string copied it twice (serialised here, read back in the main thread) and
 * the main thread encoded it again to write it; a 10 MB article's JSON is a 60 MB record. A task to `stream`
 * has its chunks posted as they are encoded (each a message `{ id, chunk }` before the result), so that the main
 * thread writes them meanwhile.
 */
export function serveTasks(config: ThreadConfig): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  const encoder = new TextEncoder();
  port.on('message', async (task: Task) => {
    const sink = task.stream ? (chunk: Uint8Array) => port.postMessage({ id: task.id, chunk }, [chunk.buffer as ArrayBuffer]) : undefined;
    const result = await runTask(task, config, sink);
    const output = typeof result.output === 'string' ? [encoder.encode(result.output)] : result.output;
    // Every chunk is made here on an ArrayBuffer of its own (never shared memory).
    port.postMessage({ id: task.id, result: { ...result, output } }, output.map((chunk) => chunk.buffer as ArrayBuffer));
  });
}

/** Bytes per chunk of an encoded record: large enough that a record of tens of megabytes is a few dozen writes. */
const CHUNK_BYTES = 1 << 20;

/**
 * The pieces' UTF-8 bytes, encoded as they come into chunks of CHUNK_BYTES (a new one when a piece may not fit:
 * at most three bytes a UTF-16 unit), each given as it is full, so that the whole record never exists as one
 * string beside its encoding. Chunks rather than one buffer doubled as it fills: a 10 MB article's 55 MB record
 * was copied into ever larger buffers up to one of 128 MB, whose pages the kernel had to hand out and the thread
 * to fill. Each chunk has an ArrayBuffer of its own, to be transferred.
 */
function* utf8Chunks(parts: Iterable<string>): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  let chunk = new Uint8Array(CHUNK_BYTES);
  let length = 0;
  for (const part of parts) {
    if (length + 3 * part.length > chunk.length) {
      if (length) yield chunk.subarray(0, length);
      chunk = new Uint8Array(Math.max(CHUNK_BYTES, 3 * part.length));
      length = 0;
    }
    length += encoder.encodeInto(part, chunk.subarray(length)).written;
  }
  if (length) yield chunk.subarray(0, length);
}
