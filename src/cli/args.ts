// The command line's options: one table (util.parseArgs, strict), checked before any work is done.
import { availableParallelism } from 'os';
import { parseArgs } from 'util';
import { folderNeeded, FORMAT_NAMES, type FormatName } from './formats';

export const USAGE = `usage: news-annotate [options] DIR|FILE|GLOB…
       news-annotate --jsonl IN.jsonl|- [options]

  -f, --format NAME  ${FORMAT_NAMES.join('|')} (default report); --json is --format json
  -o, --out FILE     write there instead of to standard output (never over an input); with --format brat a
                     folder (created if missing): each article's .ann beside a copy of its text as .txt
      --jsonl IN     read {"doc_id", "text"} lines from IN (- for standard input)
  -j, --jobs N       analyse N articles at once in worker threads (default: the number of cores)
      --summary      print share-of-voice tables (top speakers, speaker types, kinds of claim)
      --bom          start CSV with a UTF-8 byte-order mark (for Excel)
      --force        analyse files that look binary too
      --no-corrections  ignore FILE.annotations.json (the corrections made in the editor), applied by default
  -h, --help         this text

Folders are searched for articles (.article, .news, and .txt files whose first line is "date YYYY-MM-DD").
Exit status: 0 all inputs analysed, 1 some input failed or was skipped, 2 bad usage or output.`;

/** New options go here and in USAGE; formats go in ./formats. */
const OPTIONS = {
  'format': { type: 'string', short: 'f' },
  'json': { type: 'boolean' },
  'jsonl': { type: 'string' },
  'out': { type: 'string', short: 'o' },
  'jobs': { type: 'string', short: 'j' },
  'summary': { type: 'boolean' },
  'bom': { type: 'boolean' },
  'force': { type: 'boolean' },
  'no-corrections': { type: 'boolean' },
  'help': { type: 'boolean', short: 'h' },
} as const;

export interface CliOptions {
  /** Files, folders and glob patterns to analyse (none with --jsonl). */
  inputs: string[];
  /** A JSONL file of {doc_id, text} lines, or "-" for standard input. */
  jsonl: string | undefined;
  /** Per-article records are written unless only --summary was asked for. */
  format: FormatName | undefined;
  out: string | undefined;
  jobs: number;
  summary: boolean;
  bom: boolean;
  force: boolean;
  /** Apply each article's sidecar of corrections. */
  corrections: boolean;
  help: boolean;
}

/** Bad usage: the message is shown with a pointer to --help, and the exit status is 2. */
export class UsageError extends Error {}

const MAX_JOBS = 256;

export function parseOptions(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const options: CliOptions = {
    inputs: positionals,
    jsonl: values.jsonl,
    format: chooseFormat(values.format, values.json, values.jsonl !== undefined, values.summary === true),
    out: values.out,
    jobs: values.jobs === undefined ? availableParallelism() : parseJobs(values.jobs),
    summary: values.summary === true,
    bom: values.bom === true,
    force: values.force === true,
    corrections: values['no-corrections'] !== true,
    help: values.help === true,
  };
  if (options.help) return options;
  if (options.jsonl !== undefined && options.inputs.length) {
    throw new UsageError(`--jsonl reads its documents from ${options.jsonl}: no other inputs (got ${options.inputs.join(' ')})`);
  }
  if (options.jsonl === undefined && !options.inputs.length) throw new UsageError('nothing to read: give files, folders or --jsonl');
  if (options.out === '') throw new UsageError('--out needs a file name');
  if (options.bom && options.format !== 'csv') throw new UsageError('--bom is for --format csv');
  const stream = options.jsonl !== undefined && options.out === undefined ? folderNeeded(options.format, 'a stream of documents') : undefined;
  if (stream) throw new UsageError(stream);
  return options;
}

function chooseFormat(format: string | undefined, json: boolean | undefined, jsonl: boolean, summary: boolean): FormatName | undefined {
  if (format !== undefined && !(FORMAT_NAMES as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}": choose one of ${FORMAT_NAMES.join(', ')}`);
  }
  if (json && format !== undefined && format !== 'json') throw new UsageError(`--json contradicts --format ${format}`);
  if (json) return 'json';
  if (format !== undefined) return format as FormatName;
  // Predictions are what a JSONL input is for; a summary alone replaces the per-article report.
  if (jsonl) return 'jsonl';
  return summary ? undefined : 'report';
}

function parseJobs(text: string): number {
  const jobs = Number(text);
  if (!/^\d+$/.test(text) || jobs < 1 || jobs > MAX_JOBS) throw new UsageError(`--jobs wants a whole number from 1 to ${MAX_JOBS}, not "${text}"`);
  return jobs;
}
