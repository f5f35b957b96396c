// news-annotate: the analysis on the command line, for one article, a folder of them, or a JSONL stream
// (the map step of a batch engine). This file only dispatches: ./args holds the options, ./run the two modes,
// ./thread the per-article work it also serves when loaded as a worker thread.
import { isMainThread, workerData } from 'worker_threads';
import { parseOptions, USAGE, UsageError } from './args';
import { serveLinePasses } from './linePasses';
import { EXIT, runFiles, runJsonl } from './run';
import { serveTasks, type ThreadConfig } from './thread';

/** The synopsis, under a usage error. */
const USAGE_LINES = USAGE.split('\n\n')[0];

async function main(argv: string[]): Promise<number> {
  const report = (message: string) => void process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
  try {
    const options = parseOptions(argv);
    if (options.help) {
      process.stdout.write(USAGE + '\n');
      return EXIT.ok;
    }
    const context = { script: __filename, report };
    return options.jsonl !== undefined ? await runJsonl(options.jsonl, options, context) : await runFiles(options, context);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    report(`news-annotate: ${e.message}\n${USAGE_LINES}\n(news-annotate --help shows the options)`);
    return EXIT.usage;
  }
}

if (isMainThread) {
  // A closed pipe (`news-annotate … | head`) ends the run quietly rather than with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
  });
  main(process.argv.slice(2)).then(
    (status) => (process.exitCode = status),
    (e: Error) => {
      process.stderr.write(`news-annotate: internal error: ${e.stack ?? e}\n`);
      process.exitCode = EXIT.someFailed;
    },
  );
} else if ((workerData as { role?: string }).role === 'lines') {
  serveLinePasses();
} else {
  serveTasks(workerData as ThreadConfig);
}
