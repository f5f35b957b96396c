// The --out folder of a per-article format (brat): created when missing, and a safe, unique file name for each
// article, from its file name or its doc_id. A doc_id is anyone's string: it never climbs out of the folder,
// hides a file, or names a device, and two articles never share a name (nor take an input's).
import { accessSync, constants, mkdirSync, realpathSync, statSync } from 'fs';
import { basename, extname, join } from 'path';
import { UsageError } from './args';

/** Anything but letters, marks, digits, dot, underscore and hyphen: separators, spaces, controls, `:*?"<>|`. */
const UNSAFE_RUN = /[^\p{L}\p{M}\p{N}._-]+/gu;
/** Leading dots would hide the file (or spell `..`); Windows drops trailing dots. */
const EDGE_DOTS = /^\.+|\.+$/g;
/** Names Windows keeps for devices, with or without an extension. */
const DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
/** Room under the usual 255-byte limit for a `-N` suffix and the extension. */
const MAX_NAME_BYTES = 200;
const FALLBACK_NAME = 'article';

/** A file name (no extension) that stays inside a folder on every common file system. */
export function safeName(wanted: string): string {
  let name = wanted.normalize('NFC').replace(UNSAFE_RUN, '_').replace(EDGE_DOTS, '');
  if (DEVICE_NAME.test(name)) name = `_${name}`;
  let bytes = 0;
  let cut = '';
  for (const char of name) {
    bytes += Buffer.byteLength(char);
    if (bytes > MAX_NAME_BYTES) break;
    cut += char;
  }
  return cut || FALLBACK_NAME;
}

/** An article file's name without its extension: `a/story.article` → `story`. */
export function nameOfFile(file: string): string {
  return basename(file, extname(file));
}

export class PairFolder {
  // Both in lower case: two names differing in case only are one file on macOS and Windows.
  private readonly taken = new Set<string>();
  private readonly inputs: Set<string>;

  private constructor(readonly path: string, private readonly extensions: readonly string[], inputs: readonly string[]) {
    this.inputs = new Set(inputs.map(realPath).filter((p): p is string => p !== undefined).map((p) => p.toLowerCase()));
  }

  /** Creates the folder when missing; a UsageError when `out` is a file or cannot be written. */
  static open(out: string, extensions: readonly string[], inputs: readonly string[]): PairFolder {
    const existing = statSync(out, { throwIfNoEntry: false });
    const each = `each article's ${extensions.join(' and ')}`;
    if (existing && !existing.isDirectory()) throw new UsageError(`--out ${out} is a file: name a folder, where ${each} are written`);
    if (!existing && extensions.includes(extname(out))) {
      throw new UsageError(`--out ${out} names a folder here (${each} go in it): choose a folder name, or redirect standard output for one article`);
    }
    try {
      mkdirSync(out, { recursive: true });
      accessSync(out, constants.W_OK);
    } catch (e) {
      throw new UsageError(`--out ${out}: cannot write there (${(e as Error).message})`);
    }
    return new PairFolder(realpathSync(out), extensions, inputs);
  }

  /** A name no other article of this run has and no input file is written over by. */
  claim(wanted: string): string {
    const safe = safeName(wanted);
    for (let n = 1; ; n++) {
      const name = n === 1 ? safe : `${safe}-${n}`;
      if (this.taken.has(name.toLowerCase())) continue;
      if (this.extensions.some((ext) => this.inputs.has(join(this.path, name + ext).toLowerCase()))) continue;
      this.taken.add(name.toLowerCase());
      return name;
    }
  }
}

function realPath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}
