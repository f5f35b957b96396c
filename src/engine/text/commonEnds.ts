// What two versions of a text share at their ends: an incremental analysis reuses what lies there.

// Ends are compared a block at a time (substring equality is one native comparison), then a character at a time
// within the block that differs: a document of a few hundred KB is compared after each edit.
const BLOCK = 256;

/** How many characters `a` and `b` share at their start (`prefix`) and, after that, at their end (`suffix`). */
export function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p + BLOCK <= n && a.substring(p, p + BLOCK) === b.substring(p, p + BLOCK)) p += BLOCK;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s + BLOCK <= n - p && a.substring(a.length - s - BLOCK, a.length - s) === b.substring(b.length - s - BLOCK, b.length - s)) s += BLOCK;
  while (s < n - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { prefix: p, suffix: s };
}
