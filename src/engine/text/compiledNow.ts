// V8 compiles a regular expression when it first runs. On a subject shorter than 1,000 characters it builds
// bytecode for its regexp interpreter, and machine code on a later run; on a longer subject, machine code at once.
// On two-byte text (any article with a curly quote or a letter outside Latin-1) the interpreter tests a Unicode
// class as a tree of its hundreds of ranges, so the bytecode of a pattern that repeats [\p{L}\p{M}]-like classes
// takes 10-40 ms to build where its machine code takes under 1 ms: such builds were most of a fresh worker's
// first analysis. Other engines ignore the run below; it costs them a scan of this string.
const PRIMER = '\u201C'.padEnd(1000, ' ');

/**
 * The pattern, run once over a 1,000-character two-byte string so that V8 builds its machine code now rather than
 * interpreter bytecode on first use (see above). For the patterns every article runs, on its lines or sentences;
 * lastIndex is left at 0.
 */
export function compiledNow<P extends RegExp>(pattern: P): P {
  // A global or sticky pattern tries only at the end; any other scans the string once.
  pattern.lastIndex = PRIMER.length;
  pattern.test(PRIMER);
  pattern.lastIndex = 0;
  return pattern;
}
