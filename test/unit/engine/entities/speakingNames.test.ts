// A body's name of common words opening a line before a speech verb (src/engine/entities/speakingNames.ts).
import * as assert from 'assert';
import { withSpeakingName } from '../../../../src/engine/entities/speakingNames';

describe('a speaking name of common words', () => {
  it('takes capitalised common words opening a line before a speech verb for an organization\'s name', () => {
    assert.deepStrictEqual(withSpeakingName('Truth Watch asked, "Why now?"', []), [{ start: 0, end: 11, type: 'organization' }]);
  });

  it('leaves a line alone where the tagger found a name there, no speech verb follows, the run opens with an article or holds a name', () => {
    const found = [{ start: 0, end: 11, type: 'person' as const }];
    assert.strictEqual(withSpeakingName('Truth Watch asked', found), found);
    for (const line of ['Truth Watch walked home.', 'The Watch said so.', 'Truth Smith said so.', 'Watch said so.']) {
      assert.deepStrictEqual(withSpeakingName(line, []), [], line);
    }
  });
});
