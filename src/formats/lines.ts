/**
 * Line numbers of offsets in one text: the line starts are found once (one pass) and each lookup is a binary
 * search, so numbering every claim of a 10 MB article costs O(n + k log n) rather than a scan per claim.
 * Lines break at "\n" (a CRLF line ends at its "\n" too), as the editor counts them.
 */
export function lineNumbers(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    // The last line start at or before offset.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
