import { memoized } from '../memo';

/** FNV-1a over UTF-16 code units: a short, stable hash of a claim's content (memoised: an edit leaves most claims as they were). */
const fnv1a = memoized((s: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
});

/**
 * Claim ids from content text and occurrence index among equal texts: an edit elsewhere in the document
 * leaves them unchanged, and equal contents stay distinct ("claim:abc1234", "claim:abc1234-2").
 */
export function claimIds(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const n = (seen.get(t) ?? 0) + 1;
    seen.set(t, n);
    return `claim:${fnv1a(t)}${n > 1 ? `-${n}` : ''}`;
  });
}
