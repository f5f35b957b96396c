/**
 * Line numbers of offsets in one text: the line starts are found once (one pass) and each lookup is a binary
 * search, so numbering every claim of a 10 MB article costs O(n + k log n) rather than a scan per claim.
 * Lines break at "\n" (a CRLF line ends at its "\n" too), as the editor counts them.
 */
export function lineNumbers(text: string): (offset: number) => number {
  const starts = lineStarts(text);
  return (offset) => lineOfOffset(starts, offset);
}

/** The offset where each line begins: 0, then one after every "\n". */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line of `offset`, given the text's line starts: the last start at or before it. */
export function lineOfOffset(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
