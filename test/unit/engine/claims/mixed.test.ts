import * as assert from 'assert';
import { analyze } from '../../../../src/engine/analyze';
import type { Claim } from '../../../../src/engine/types';

// Boundaries of mixed claims (reported speech with a quoted fragment), on sentences written for these tests.

/** The claim whose text contains `fragment`; fails when there is none. */
function claimWith(text: string, fragment: string): Claim {
  const c = analyze(text).claims.find((x) => x.text.includes(fragment));
  assert.ok(c, `a claim containing ${fragment}`);
  return c;
}

describe('mixed claims: speaker and boundaries', () => {
  it('finds the speaker across a parenthesis between the name and the cue', () => {
    const text = 'Sen. Jane Roe (D-Ore.) said the budget was “a disgrace” for working families.';
    const c = claimWith(text, 'a disgrace');
    assert.strictEqual(c.kind, 'mixed');
    assert.strictEqual(c.text, 'the budget was “a disgrace” for working families');
    assert.strictEqual(c.speaker?.text, 'Sen. Jane Roe');
  });

  it('finds the speaker across a manner adverb, and takes a noun in -ly as a speaker', () => {
    const text = 'Senator Ann Lee gingerly said the vote was “a formality” this year.';
    const c = claimWith(text, 'a formality');
    assert.strictEqual(c.text, 'the vote was “a formality” this year');
    assert.strictEqual(c.speaker?.text, 'Senator Ann Lee');
    const family = claimWith('The family said the verdict was “a relief.”', 'a relief');
    assert.strictEqual(family.speaker?.text, 'The family');
  });

  it('reads "stated", "proclaimed" and "assured" as cues, but not the nouns "state" and "states"', () => {
    const stated = claimWith('The governor stated that the plan was “dead on arrival.”', 'dead on arrival');
    assert.deepStrictEqual([stated.kind, stated.text, stated.cue?.text], ['mixed', 'that the plan was “dead on arrival.”', 'stated']);
    const assured = claimWith('The senator assured voters that the base would stay “open for business.”', 'open for business');
    assert.deepStrictEqual([assured.text, assured.speaker?.text], ['that the base would stay “open for business.”', 'The senator']);
    assert.ok(!analyze('Voters in the state want lower taxes. Both states expect “big changes” soon.').claims.some((c) => /^states?$/i.test(c.cue?.text ?? '')));
  });

  it('takes a quantifier standing alone as the speaker ("Most said …")', () => {
    const c = claimWith('Turnout was high. Most said they were “very worried” about prices.', 'very worried');
    assert.deepStrictEqual([c.text, c.speaker?.text], ['they were “very worried” about prices', 'Most']);
  });

  it('keeps a "while" clause that opens the reported content', () => {
    const text = 'The judge said that while the firm had been “extremely careless,” no court would fine it.';
    assert.strictEqual(claimWith(text, 'careless').text, 'that while the firm had been “extremely careless,” no court would fine it');
  });

  it('gives a participle cue the role description that is the subject of its clause', () => {
    const text = 'The senator toured the flooded town on Monday, saying the response had been “far too slow.”';
    const c = claimWith(text, 'far too slow');
    assert.deepStrictEqual([c.text, c.cue?.text, c.speaker?.text], ['the response had been “far too slow.”', 'saying', 'The senator']);
  });

  it('continues a quotation closed by a comma before its attribution into the next bare quotation', () => {
    const text = 'The new rules are “long overdue and badly drafted,” said Jo Roe, a lawyer in Leeds. “Nobody asked the people who will use them.”';
    const c = claimWith(text, 'long overdue');
    assert.strictEqual(c.kind, 'mixed');
    const parts = c.spans.map((s) => text.slice(s.start, s.end));
    assert.deepStrictEqual(parts, ['The new rules are “long overdue and badly drafted,”', '“Nobody asked the people who will use them.”']);
    assert.strictEqual(c.speaker?.text, 'Jo Roe');
    assert.strictEqual(analyze(text).claims.length, 1);
  });

  it('goes on after a quotation closed by a comma when a subordinate link follows', () => {
    const text = 'The mayor said the new stadium would be “a gift to the city,” because it would bring jobs to the east side.';
    assert.strictEqual(claimWith(text, 'a gift').text, 'the new stadium would be “a gift to the city,” because it would bring jobs to the east side');
    // Before an attribution the comma still closes the content.
    const split = 'The stadium would be “a gift to the city,” the mayor said.';
    assert.strictEqual(claimWith(split, 'a gift').text, 'The stadium would be “a gift to the city,”');
  });

  it('goes on after a quotation closed by a comma into a coordinated clause or a list of quotations', () => {
    const and = 'The minister said the forecasts were “far too rosy,” and the deficit would keep growing.';
    assert.strictEqual(claimWith(and, 'far too rosy').text, 'the forecasts were “far too rosy,” and the deficit would keep growing');
    const list = 'The senator wrote on Monday that the governor is a “coward,” a “bully” and a “fraud.”';
    assert.strictEqual(claimWith(list, 'coward').text, 'that the governor is a “coward,” a “bully” and a “fraud.”');
    const nouns = 'The mayor praised her “deep knowledge,” “steady hand on the budget” and patience.';
    assert.strictEqual(claimWith(nouns, 'deep knowledge').text, 'her “deep knowledge,” “steady hand on the budget” and patience');
  });

  it('ends a naming verb\'s content at its quoted name when a new predicate or a parenthesis follows', () => {
    assert.strictEqual(claimWith('The mayor called the plan “a disgrace” and boycotted the meeting.', 'disgrace').text, 'the plan “a disgrace”');
    assert.strictEqual(claimWith('She called the tax “a burden” (a view her party shares).', 'burden').text, 'the tax “a burden”');
    const because = 'The governor called the decision “a mistake” because so few people live nearby.';
    assert.strictEqual(claimWith(because, 'mistake').text, 'the decision “a mistake” because so few people live nearby');
  });

  it('takes a whole quoted sentence right after the cue as the content, without the words after it', () => {
    const text = 'The gallery was silent. A man yelled “Shame on you!” at the council members as they left.';
    const c = claimWith(text, 'Shame on you');
    assert.deepStrictEqual([c.kind, c.text, c.speaker?.text], ['direct', '“Shame on you!”', 'A man']);
  });

  it('takes a short tail that quotes or opens with "that" as the content, not the adverbial before the speaker', () => {
    const text = 'In a brief statement, the union said that the offer was “an insult.”';
    const c = claimWith(text, 'an insult');
    assert.strictEqual(c.text, 'that the offer was “an insult.”');
    assert.strictEqual(c.speaker?.text, 'the union');
    // A short tail that only says where it was said leaves the content before the attribution.
    const trailing = 'The ferry will resume service next week, she said on the “Morning Show.”';
    assert.strictEqual(claimWith(trailing, 'ferry').text, 'The ferry will resume service next week');
  });

  it('reads "X, 58, said the plan is …" as the subject X speaking, not "the plan" as an inverted speaker', () => {
    const text = 'The mayor, 58, said the budget is “a mess.”';
    const c = claimWith(text, 'a mess');
    assert.strictEqual(c.text, 'the budget is “a mess.”');
    assert.strictEqual(c.speaker?.text, 'The mayor');
    const pp = 'Officials at the Aviation Office, a division of the ministry, said pilots “may skip the required checks” at night.';
    const d = claimWith(pp, 'required checks');
    assert.strictEqual(d.text, 'pilots “may skip the required checks” at night');
    assert.strictEqual(d.speaker?.text, 'Officials');
  });
});
