/**
 * A short hash of an article's text with its line ends normalised ("\r\n" and "\r" count as "\n"), so that a
 * sidecar tells whether the article changed since it was written and a line-end rewrite alone does not count.
 * FNV-1a over UTF-16 code units: stable, dependency-free, and not meant to resist tampering.
 */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) continue;
      c = 10;
    }
    h ^= c;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `fnv1a:${h.toString(16).padStart(8, '0')}:${normalisedLength(text)}`;
}

function normalisedLength(text: string): number {
  let n = text.length;
  for (let i = text.indexOf('\r\n'); i >= 0; i = text.indexOf('\r\n', i + 2)) n--;
  return n;
}
