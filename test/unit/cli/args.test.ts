import * as assert from 'assert';
import { parseOptions, UsageError } from '../../../src/cli/args';

const usageError = (argv: string[], message: RegExp) =>
  assert.throws(() => parseOptions(argv), (e: Error) => e instanceof UsageError && message.test(e.message), argv.join(' '));

describe('news-annotate options', () => {
  it('reads files, a format, jobs and flags; --json is --format json', () => {
    const options = parseOptions(['-f', 'csv', '--bom', '--jobs', '3', '--summary', 'a.txt', 'dir']);
    assert.deepStrictEqual(
      [options.inputs, options.format, options.jobs, options.summary, options.bom, options.force],
      [['a.txt', 'dir'], 'csv', 3, true, true, false],
    );
    assert.strictEqual(parseOptions(['--json', 'a.txt']).format, 'json');
    assert.strictEqual(parseOptions(['a.txt']).format, 'report');
    assert.ok(parseOptions(['a.txt']).jobs >= 1);
  });

  it('writes predictions for --jsonl (also from standard input) and only the tables for --summary alone', () => {
    const options = parseOptions(['--jsonl', '-', '--out', 'pred.jsonl']);
    assert.deepStrictEqual([options.jsonl, options.out, options.format, options.inputs], ['-', 'pred.jsonl', 'jsonl', []]);
    assert.strictEqual(parseOptions(['--jsonl', 'in.jsonl', '-f', 'csv']).format, 'csv');
    assert.strictEqual(parseOptions(['--summary', 'dir']).format, undefined);
  });

  it('rejects unknown flags, bad values and contradictions with a clear message', () => {
    usageError(['--frobnicate', 'a.txt'], /Unknown option '--frobnicate'/);
    usageError(['--out'], /--out <value>' argument missing/);
    usageError(['--format', 'xml', 'a.txt'], /unknown format "xml": choose one of report, json, jsonl, csv/);
    usageError(['--json', '--format', 'csv', 'a.txt'], /--json contradicts --format csv/);
    usageError(['--jobs', '-1', 'a.txt'], /--jobs/);
    for (const jobs of ['0', '2.5', 'many', '1000']) usageError(['--jobs', jobs, 'a.txt'], /--jobs wants a whole number/);
    usageError(['--jsonl', 'in.jsonl', 'a.txt'], /no other inputs/);
    usageError([], /nothing to read/);
    usageError(['--out', 'x.jsonl'], /nothing to read/);
    usageError(['--bom', 'a.txt'], /--bom is for --format csv/);
  });

  it('refuses brat over a stream of documents without a folder: its offsets refer to one article', () => {
    usageError(['--jsonl', 'docs.jsonl', '--format', 'brat'], /--format brat writes one \.ann per article .*give --out DIR for a stream of documents/);
    assert.strictEqual(parseOptions(['--jsonl', 'docs.jsonl', '--format', 'brat', '--out', 'brat']).out, 'brat');
    assert.strictEqual(parseOptions(['--format', 'brat', 'a.txt']).format, 'brat');
  });

  it('answers --help whatever else is wrong', () => {
    assert.strictEqual(parseOptions(['--help']).help, true);
  });
});
