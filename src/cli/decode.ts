// Bytes of an article file to text: UTF-8 (with or without a byte-order mark) or UTF-16 by its BOM; binary files
// are refused unless forced. Offsets in the output are into the decoded text without its BOM, as in the editor.

export type Decoded = { text: string; warnings: string[] } | { skipped: string };

/** How much of the start of a file the binary and BOM-less UTF-16 tests look at. */
const SAMPLE_BYTES = 64 * 1024;
/** More NUL bytes than this share of the sample: not text (text files have none; UTF-16 has one in two). */
const BINARY_NUL_SHARE = 0.01;
/** UTF-16 without a BOM: most NULs on one side of each byte pair (ASCII-range letters) and many of them. */
const UTF16_NUL_SHARE = 0.25;
const UTF16_SIDE_SHARE = 0.9;

export function decodeArticle(bytes: Uint8Array, force: boolean): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let nuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      nuls++;
      oddNuls += i & 1;
    }
  }
  if (nuls > sample.length * UTF16_NUL_SHARE) {
    const encoding = oddNuls > nuls * UTF16_SIDE_SHARE ? 'utf-16le' : nuls - oddNuls > nuls * UTF16_SIDE_SHARE ? 'utf-16be' : null;
    if (encoding) return { text: new TextDecoder(encoding).decode(bytes), warnings: [`no byte-order mark: read as ${encoding.toUpperCase()}`] };
  }
  if (nuls > sample.length * BINARY_NUL_SHARE) {
    const share = ((100 * nuls) / sample.length).toFixed(0);
    if (!force) return { skipped: `looks binary (${share} % NUL bytes): skipped (--force analyses it anyway)` };
    const decoded = utf8(bytes);
    return { text: decoded.text, warnings: [`looks binary (${share} % NUL bytes): analysed because of --force`, ...decoded.warnings] };
  }
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): { text: string; warnings: string[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), warnings: [] };
  } catch {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const replaced = text.split('\uFFFD').length - 1;
    return { text, warnings: [`not valid UTF-8: ${replaced} invalid sequence(s) read as U+FFFD (is it Latin-1 or Windows-1252?)`] };
  }
}
