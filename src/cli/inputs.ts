// Expands the command line's inputs to article files: folders are searched for articles, glob patterns are
// matched (tinyglobby: the shell does not expand quoted patterns, nor does Windows' cmd), files are taken as
// given. Missing inputs are reported, one line each, without stopping the others.
import { closeSync, openSync, readSync, statSync } from 'fs';
import { join } from 'path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { hasArticleHeader } from '../engine/text/articleHeader';

/** Article files by extension; a .txt file is one only when it starts with the `date` header. */
const ARTICLE_FILES = ['**/*.article', '**/*.news', '**/*.txt'];
/** Folders a walk never enters besides hidden ones (.git, .vscode …): installed dependencies. */
const SKIPPED_FOLDERS = ['**/node_modules/**'];
/** Enough bytes for a BOM, leading spaces and `date YYYY-MM-DD`. */
const HEADER_BYTES = 64;

export interface Inputs {
  files: string[];
  /** One message per input that names nothing. */
  problems: string[];
}

export function expandInputs(args: readonly string[]): Inputs {
  const files = new Set<string>();
  const problems: string[] = [];
  for (const arg of args) {
    const kind = pathKind(arg);
    if (kind === 'directory') for (const file of articlesIn(arg)) files.add(file);
    else if (kind === 'file' || kind === 'other') files.add(arg);
    else if (isDynamicPattern(arg)) {
      const matches = globSync(arg, { onlyFiles: false, expandDirectories: false }).sort();
      if (!matches.length) problems.push(`${arg}: no file matches this pattern`);
      for (const match of matches) {
        if (pathKind(match) === 'directory') for (const file of articlesIn(match)) files.add(file);
        else files.add(match);
      }
    } else problems.push(`cannot read ${arg}: no such file or folder`);
  }
  return { files: [...files], problems };
}

function pathKind(path: string): 'file' | 'directory' | 'other' | undefined {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : 'other';
  } catch {
    return undefined;
  }
}

/** The articles under a folder, in path order. */
function articlesIn(folder: string): string[] {
  return globSync(ARTICLE_FILES, { cwd: folder, ignore: SKIPPED_FOLDERS })
    .sort()
    .map((relative) => join(folder, relative))
    .filter((file) => !file.endsWith('.txt') || startsWithHeader(file));
}

function startsWithHeader(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(HEADER_BYTES);
    const read = readSync(fd, buffer, 0, HEADER_BYTES, 0);
    return hasArticleHeader(buffer.subarray(0, read).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
