import * as assert from 'assert';
import { nameOfFile, safeName } from '../../../src/cli/pairFolder';

describe('pair folder names', () => {
  it('keeps a plain doc_id and an article file name as they are', () => {
    assert.strictEqual(safeName('nyt-2020.01.05_a17'), 'nyt-2020.01.05_a17');
    assert.strictEqual(safeName('Zürich tram'), 'Zürich_tram');
    assert.strictEqual(nameOfFile('corpus/a/story.article'), 'story');
  });

  it('never climbs out of the folder, hides a file or names a device', () => {
    for (const id of ['../../etc/passwd', '..\\..\\boot.ini', '/abs/path', 'C:\\x', '..', '.', '.hidden']) {
      const name = safeName(id);
      assert.ok(!/[\\/:]/.test(name) && !name.startsWith('.'), `${id} → ${name}`);
    }
    assert.strictEqual(safeName('../../etc/passwd'), '_.._etc_passwd');
    assert.strictEqual(safeName('CON'), '_CON');
    assert.strictEqual(safeName('nul.txt'), '_nul.txt');
    assert.strictEqual(safeName('trailing.'), 'trailing');
  });

  it('names an empty or all-punctuation doc_id, and cuts a long one on a character boundary', () => {
    assert.strictEqual(safeName(''), 'article');
    assert.strictEqual(safeName('...'), 'article');
    assert.strictEqual(safeName('a\u0000b\nc'), 'a_b_c');
    assert.strictEqual(safeName('😀'.repeat(100)), '_');
    const letters = safeName('é'.repeat(300));
    assert.ok(Buffer.byteLength(letters) <= 200 && /^é+$/.test(letters), letters);
  });
});
