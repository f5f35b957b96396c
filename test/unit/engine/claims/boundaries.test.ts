import * as assert from 'assert';
import { analyze } from '../../../../src/engine/analyze';
import { findClaims } from '../../../../src/engine/claims';
import { splitLines } from '../../../../src/engine/text/paragraphs';

// Spans as annotators draw them, one fault class per case: [content pieces, cue, speaker].
type Row = [string, string | undefined, string | undefined];

function claims(text: string): Row[] {
  return findClaims(text, splitLines(text), []).claims.map((c) => [c.spans.map((s) => text.slice(s.start, s.end)).join(' | '), c.cue?.text, c.speaker?.text]);
}

describe('claim boundaries', () => {
  it('takes the pronoun before a progressive "am" as the speaker, not "I am"', () => {
    assert.deepStrictEqual(claims('I am hoping that the ferry will run again in spring.'), [['that the ferry will run again in spring', 'am hoping', 'I']]);
  });

  it('draws the cue with the auxiliaries and adverbs before its verb', () => {
    assert.deepStrictEqual(claims('The two ferry operators have repeatedly denied that the timetable was cut.'), [
      ['that the timetable was cut', 'have repeatedly denied', 'The two ferry operators'],
    ]);
    assert.deepStrictEqual(claims('Ms. Lindqvist also said the museum would close in July.'), [['the museum would close in July', 'also said', 'Ms. Lindqvist']]);
    assert.deepStrictEqual(claims('The harbour master had angrily insisted that the pier was safe.'), [['that the pier was safe', 'had angrily insisted', 'The harbour master']]);
  });

  it('lets a numeral subject speak, with its article or quantifier', () => {
    assert.deepStrictEqual(claims('The two said the ferry would not sail on Sunday.'), [['the ferry would not sail on Sunday', 'said', 'The two']]);
    assert.deepStrictEqual(claims('All three told reporters that the strike was over.'), [['that the strike was over', 'told', 'All three']]);
  });

  it('draws the source with its appositive or parenthesis, and keeps the mention for resolution', () => {
    const sources = (text: string): Array<[string | undefined, string | undefined]> =>
      findClaims(text, splitLines(text), []).claims.map((c) => [c.speaker?.text, c.speaker?.phrase && text.slice(c.speaker.phrase.start, c.speaker.phrase.end)]);
    assert.deepStrictEqual(sources('Jo Roe, the group\'s president, said the vote was fair.'), [['Jo Roe', 'Jo Roe, the group\'s president']]);
    assert.deepStrictEqual(sources('Sen. Ann Lee (D-Ore.), who wrote the bill, has said it will pass.'), [['Sen. Ann Lee', 'Sen. Ann Lee (D-Ore.), who wrote the bill']]);
    assert.deepStrictEqual(sources('Norway’s fisheries minister, Kari Holm, said the quota would stay.'), [['Kari Holm', 'Norway’s fisheries minister, Kari Holm']]);
    assert.deepStrictEqual(sources('“The quota will stay,” said Kari Holm, a veteran fisheries adviser.'), [['Kari Holm', 'Kari Holm, a veteran fisheries adviser']]);
    // No appositive: the mention is the whole source.
    assert.deepStrictEqual(sources('Jo Roe said the vote was fair.'), [['Jo Roe', undefined]]);
  });

  it('reads the clause after a hearer as content, not the phrase before the speaker', () => {
    assert.deepStrictEqual(claims('One delegate from the north, Kari Holm, told the paper she was leaning toward Lee.'), [
      ['she was leaning toward Lee', 'told', 'Kari Holm'],
    ]);
  });

  it('does not let a trailing participle take over the sentence it hangs on', () => {
    assert.deepStrictEqual(claims('On Thursday, Ms. Holm told the paper that she would not seek a recount, conceding the race to Lee.'), [
      ['that she would not seek a recount', 'told', 'Ms. Holm'],
      ['the race to Lee', 'conceding', 'Ms. Holm'],
    ]);
  });

  it('skips "here" and "there" after the speaker and a relative "that" before it', () => {
    assert.deepStrictEqual(claims('Union officials there said the strike would go on.'), [['the strike would go on', 'said', 'Union officials']]);
    assert.deepStrictEqual(claims('He gave to a charity that prosecutors said was a front for smugglers.'), [['was a front for smugglers', 'said', 'prosecutors']]);
  });

  it('keeps the infinitive after a hearer and a number with a comma in the content', () => {
    assert.deepStrictEqual(claims('Mr. Holm urged the council to raise the fee to about 51,000 crowns.'), [['to raise the fee to about 51,000 crowns', 'urged', 'Mr. Holm']]);
  });

  it('takes a one-word quotation before an inverted attribution as a claim', () => {
    const text = '"Hello," said Bob.';
    assert.deepStrictEqual(claims(text), [['"Hello,"', 'said', 'Bob']]);
    assert.ok(!analyze(text).entities.some((e) => e.name === 'Hello'));
  });
});
