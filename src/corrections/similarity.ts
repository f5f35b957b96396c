/**
 * How alike two strings are, from 0 (nothing shared) to 1 (equal): the Sørensen–Dice coefficient of their
 * character bigrams, which tolerates small edits anywhere in a string and costs one pass over each.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const bigrams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    bigrams.set(g, (bigrams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = bigrams.get(g) ?? 0;
    if (n > 0) {
      bigrams.set(g, n - 1);
      shared++;
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

/** Where `needle` occurs in `text`, at most `limit` places, nearest to `near` first. */
export function occurrences(text: string, needle: string, near: number, limit: number): number[] {
  if (!needle) return [];
  const found: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push(i);
  found.sort((x, y) => Math.abs(x - near) - Math.abs(y - near));
  return found.slice(0, limit);
}
