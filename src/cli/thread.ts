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
import { voicesOf, type Voice } from './summary';

export interface ThreadConfig {
  /** Undefined when only the summary is wanted. */
  format: FormatName | undefined;
  summary: boolean;
  force: boolean;
  /** Apply each file's sidecar of corrections (FILE.annotations.json) when it has one. */
  corrections: boolean;
  /** The folder where a per-article format writes each article's pair of files (see FORMATS' `pair`). */
  folder?: string;
}

/** `pairName`: the article's file name (no extension) in the pair folder. */
export type TaskInput = ({ file: string } | { docId: string; text: string }) & { pairName?: string };
export type Task = TaskInput & { id: number };

export interface TaskResult {
  /** The file or doc_id, for messages. */
  name: string;
  /**
   * The formatted record (empty when nothing is written per article): a string from runTask, its UTF-8 bytes
   * from the thread, transferred rather than copied (see serveTasks).
   */
  output: string | Uint8Array;
  /** Claims' speakers and kinds, for --summary. */
  voices: Voice[];
  warnings: string[];
  /** Why the article was not analysed (unreadable, binary, the analysis threw). */
  failure?: string;
  /** UTF-16 length of the text analysed, for the progress rate. */
  chars: number;
}

export function runTask(task: TaskInput, config: ThreadConfig): TaskResult {
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
    const decoded = decodeArticle(bytes, config.force);
    if ('skipped' in decoded) return { ...result, failure: decoded.skipped };
    text = decoded.text;
    result.warnings = decoded.warnings;
  } else {
    text = task.text;
  }
  try {
    const machine = analyze(text);
    const analysis = 'file' in task && config.corrections ? withCorrections(task.file, text, machine, result.warnings) : machine;
    const article = { file: name, text, analysis };
    const format: OutputFormat | undefined = config.format && FORMATS[config.format];
    const record = !format ? '' : format.parts ? utf8Of(format.parts(article)) : format.record(article);
    result.output = record;
    if (config.folder !== undefined && task.pairName !== undefined) {
      const failure = writePair(config.folder, task.pairName, config.format, text, record);
      if (failure) return { ...result, output: '', failure };
      result.output = '';
    }
    if (config.summary) result.voices = voicesOf(analysis);
  } catch (e) {
    return { ...result, failure: `analysis failed: ${(e as Error).stack ?? e}` };
  }
  result.chars = text.length;
  return result;
}

/** Writes the copy of the text first, then the record that refers to it; the reason when either fails. */
function writePair(folder: string, name: string, format: FormatName | undefined, text: string, record: string | Uint8Array): string | undefined {
  const pair = pairOf(format);
  if (!pair) return undefined;
  for (const [extension, content] of [[pair.text, text], [pair.record, record]]) {
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
 * the main thread encoded it again to write it; a 10 MB article's JSON is a 60 MB record.
 */
export function serveTasks(config: ThreadConfig): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  const encoder = new TextEncoder();
  port.on('message', (task: Task) => {
    const result = runTask(task, config);
    const output = typeof result.output === 'string' ? encoder.encode(result.output) : result.output;
    // Both kinds of bytes are made here on an ArrayBuffer of their own (never shared memory).
    port.postMessage({ id: task.id, result: { ...result, output } }, [output.buffer as ArrayBuffer]);
  });
}

/**
 * The pieces' UTF-8 bytes, encoded into one buffer as they come (doubled when a piece may not fit: at most three
 * bytes a UTF-16 unit), so that the whole record never exists as one string beside its encoding.
 */
function utf8Of(parts: Iterable<string>): Uint8Array {
  const encoder = new TextEncoder();
  let bytes = new Uint8Array(1 << 16);
  let length = 0;
  for (const part of parts) {
    if (length + 3 * part.length > bytes.length) {
      const grown = new Uint8Array(Math.max(2 * bytes.length, length + 3 * part.length));
      grown.set(bytes.subarray(0, length));
      bytes = grown;
    }
    length += encoder.encodeInto(part, bytes.subarray(length)).written;
  }
  return bytes.subarray(0, length);
}
