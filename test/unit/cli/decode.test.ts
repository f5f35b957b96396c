import * as assert from 'assert';
import { decodeArticle } from '../../../src/cli/decode';

const TEXT = 'date 2024-03-01\n🇵🇱 “Wir bauen es,” sagte Zoë. قال المتحدث';
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

function decoded(bytes: Uint8Array, force = false): { text: string; warnings: string[] } {
  const result = decodeArticle(bytes, force);
  if ('skipped' in result) throw new Error(`skipped: ${result.skipped}`);
  return result;
}

describe('decodeArticle', () => {
  it('reads UTF-8 with or without a byte-order mark, the mark dropped as the editor drops it', () => {
    assert.deepStrictEqual(decoded(Buffer.from(TEXT)), { text: TEXT, warnings: [] });
    assert.deepStrictEqual(decoded(Buffer.from('\uFEFF' + TEXT)), { text: TEXT, warnings: [] });
  });

  it('reads UTF-16 little- and big-endian by their byte-order mark', () => {
    assert.deepStrictEqual(decoded(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])), { text: TEXT, warnings: [] });
    assert.deepStrictEqual(decoded(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])), { text: TEXT, warnings: [] });
  });

  it('recognises UTF-16 without a byte-order mark by its NUL bytes, and says so', () => {
    const le = decoded(Buffer.from(TEXT, 'utf16le'));
    assert.strictEqual(le.text, TEXT);
    assert.match(le.warnings[0], /no byte-order mark: read as UTF-16LE/);
    assert.strictEqual(decoded(utf16be(TEXT)).text, TEXT);
  });

  it('warns on invalid UTF-8 and reads the rest', () => {
    const latin1 = Buffer.from('date 2024-03-01\n“Ça va,” dit-il.', 'latin1');
    const { text, warnings } = decoded(latin1);
    assert.match(text, /dit-il\.$/);
    assert.match(warnings[0], /not valid UTF-8: \d+ invalid sequence/);
  });

  it('skips binary files unless forced', () => {
    const binary = Buffer.alloc(4096);
    // Machine words: a NUL in every third byte, on both sides of the byte pairs (so not UTF-16).
    for (let i = 0; i < binary.length; i++) binary[i] = i % 3 ? 1 + ((i * 7919) % 250) : 0;
    const skipped = decodeArticle(binary, false);
    assert.ok('skipped' in skipped && /looks binary \(\d+ % NUL bytes\): skipped \(--force/.test(skipped.skipped));
    const forced = decoded(binary, true);
    assert.match(forced.warnings[0], /analysed because of --force/);
    assert.ok(forced.text.length > 0);
  });

  it('takes empty files as empty text', () => {
    assert.deepStrictEqual(decoded(new Uint8Array()), { text: '', warnings: [] });
  });
});
