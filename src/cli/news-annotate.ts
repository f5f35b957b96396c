// news-annotate FILE…          readable report per file
// news-annotate --json FILE…   the analysis as JSON (the shape the editor's export writes)
// news-annotate --jsonl IN.jsonl [--out OUT.jsonl]   one prediction line per {doc_id, text} input line
import * as fs from 'fs';
import { analyze } from '../engine';
import { toPrediction } from '../formats/prediction';
import { analysisJson } from '../formats/json';
import { formatReport } from '../formats/report';

const USAGE = 'usage: news-annotate [--json] FILE…\n       news-annotate --jsonl IN.jsonl [--out OUT.jsonl]';

function runJsonl(input: string, outPath: string | undefined): number {
  const out = outPath ? fs.createWriteStream(outPath) : process.stdout;
  let lineNo = 0;
  let failures = 0;
  for (const line of fs.readFileSync(input, 'utf8').split('\n')) {
    lineNo++;
    if (!line.trim()) continue;
    let doc: { doc_id?: unknown; text?: unknown };
    try {
      doc = JSON.parse(line);
    } catch (e) {
      process.stderr.write(`${input}:${lineNo}: not JSON (${(e as Error).message})\n`);
      failures++;
      continue;
    }
    if (typeof doc.doc_id !== 'string' || typeof doc.text !== 'string') {
      process.stderr.write(`${input}:${lineNo}: needs string fields doc_id and text\n`);
      failures++;
      continue;
    }
    out.write(JSON.stringify(toPrediction(doc.doc_id, analyze(doc.text))) + '\n');
  }
  if (out !== process.stdout) (out as fs.WriteStream).end();
  return failures ? 1 : 0;
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const jsonlAt = argv.indexOf('--jsonl');
  const outAt = argv.indexOf('--out');
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (jsonlAt >= 0) {
    const input = argv[jsonlAt + 1];
    if (!input) {
      process.stderr.write(USAGE + '\n');
      return 2;
    }
    return runJsonl(input, outAt >= 0 ? argv[outAt + 1] : undefined);
  }
  const files = argv.filter((a) => !a.startsWith('--'));
  if (!files.length) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      process.stderr.write(`news-annotate: cannot read ${file}: ${(e as Error).message}\n`);
      status = 1;
      continue;
    }
    const analysis = analyze(text);
    if (json) process.stdout.write(analysisJson(analysis));
    else process.stdout.write(`== ${file}\n${formatReport(text, analysis)}\n\n`);
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
