import * as assert from 'assert';
import { findClaims } from '../../../../src/engine/claims';
import { splitLines } from '../../../../src/engine/text/paragraphs';

// Spans as annotators draw them, one fault class per case: [content pieces, cue, speaker].
type Row = [string, string | undefined, string | undefined];

function claims(text: string): Row[] {
  return findClaims(text, splitLines(text), []).claims.map((c) => [c.spans.map((s) => text.slice(s.start, s.end)).join(' | '), c.cue?.text, c.speaker?.text]);
}

describe('claim boundaries', () => {
  it('takes the pronoun before a progressive "am" as the speaker, not "I am"', () => {
    assert.deepStrictEqual(claims('I am hoping that the ferry will run again in spring.'), [['that the ferry will run again in spring', 'hoping', 'I']]);
  });
});
