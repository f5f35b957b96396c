import * as assert from 'assert';
import { analyze } from '../../../../src/engine/analyze';
import { findClaims } from '../../../../src/engine/claims';
import { splitLines } from '../../../../src/engine/text/paragraphs';

// Spans as annotators draw them, one fault class per case: [content pieces, cue, speaker].
type Row = [string, string | undefined, string | undefined];

function claims(text: string): Row[] {
  return findClaims(text, splitLines(text), []).claims.map((c) => [c.spans.map((s) => text.slice(s.start, s.end)).join(' | '), c.cue?.text, c.speaker?.text]);
}

/** [content, cue, source as drawn: the speaker's phrase, else its mention] of each claim. */
function drawn(text: string): Row[] {
  return findClaims(text, splitLines(text), []).claims.map((c) => [c.text, c.cue?.text, c.speaker?.phrase ? text.slice(c.speaker.phrase.start, c.speaker.phrase.end) : c.speaker?.text]);
}

/** [speaker mention, speaker phrase as drawn (undefined when it is the mention)] of each claim. */
function mentionAndPhrase(text: string): Array<[string | undefined, string | undefined]> {
  return findClaims(text, splitLines(text), []).claims.map((c) => [c.speaker?.text, c.speaker?.phrase && text.slice(c.speaker.phrase.start, c.speaker.phrase.end)]);
}

/** The speaker phrase as drawn of each claim, undefined when it is the mention. */
function phrases(text: string): Array<string | undefined> {
  return mentionAndPhrase(text).map(([, phrase]) => phrase);
}

/** The source as drawn of each claim: the speaker's phrase, else its mention. */
function drawnSources(text: string): Array<string | undefined> {
  return mentionAndPhrase(text).map(([mention, phrase]) => phrase ?? mention);
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

  it('lets a share speak across the figure set off by commas after it, after an opening phrase too', () => {
    assert.deepStrictEqual(claims('About three in five, 58 percent, say the pier should stay open.'), [['the pier should stay open', 'say', 'About three in five']]);
    assert.deepStrictEqual(claims('Among ferry users, about half, 51 percent, say the toll is unfair.'), [['the toll is unfair', 'say', 'about half']]);
  });

  it('draws the source with its appositive or parenthesis, and keeps the mention for resolution', () => {
    assert.deepStrictEqual(mentionAndPhrase('Jo Roe, the group\'s president, said the vote was fair.'), [['Jo Roe', 'Jo Roe, the group\'s president']]);
    assert.deepStrictEqual(mentionAndPhrase('Sen. Ann Lee (D-Ore.), who wrote the bill, has said it will pass.'), [['Sen. Ann Lee', 'Sen. Ann Lee (D-Ore.), who wrote the bill']]);
    assert.deepStrictEqual(mentionAndPhrase('Norway’s fisheries minister, Kari Holm, said the quota would stay.'), [['Kari Holm', 'Norway’s fisheries minister, Kari Holm']]);
    assert.deepStrictEqual(mentionAndPhrase('“The quota will stay,” said Kari Holm, a veteran fisheries adviser.'), [['Kari Holm', 'Kari Holm, a veteran fisheries adviser']]);
    // An appositive opening with lower-case words that hold a role noun.
    assert.deepStrictEqual(mentionAndPhrase('Kari Holm, executive director of the Harbour Trust, said the vote was fair.'), [['Kari Holm', 'Kari Holm, executive director of the Harbour Trust']]);
    assert.deepStrictEqual(mentionAndPhrase('Jo Roe, deputy port security adviser, said the vote was fair.'), [['Jo Roe', 'Jo Roe, deputy port security adviser']]);
    // No appositive: the mention is the whole source.
    assert.deepStrictEqual(mentionAndPhrase('Jo Roe said the vote was fair.'), [['Jo Roe', undefined]]);
  });

  it('reads the clause after a hearer as content, not the phrase before the speaker', () => {
    assert.deepStrictEqual(claims('One delegate from the north, Kari Holm, told the paper she was leaning toward Lee.'), [
      ['she was leaning toward Lee', 'told', 'Kari Holm'],
    ]);
  });

  it('does not let a trailing participle take over the sentence it hangs on', () => {
    assert.deepStrictEqual(claims('On Friday, Ms. Holm told the radio station that she would not ask for a second count, conceding the seat to Lee.'), [
      ['that she would not ask for a second count', 'told', 'Ms. Holm'],
      ['the seat to Lee', 'conceding', 'Ms. Holm'],
    ]);
  });

  it('skips "here" and "there" after the speaker and a relative "that" before it', () => {
    assert.deepStrictEqual(claims('Union officials there said the strike would go on.'), [['the strike would go on', 'said', 'Union officials']]);
    // The relative pronoun is not the speaker; annotators draw it as the first piece of the content it stands in.
    assert.deepStrictEqual(claims('He gave to a charity that prosecutors said was a front for smugglers.'), [['that | was a front for smugglers', 'said', 'prosecutors']]);
  });

  it('draws a relative pronoun before the speaker as the first piece of the content, which ends with its clause', () => {
    assert.deepStrictEqual(claims('The new rules, which officials said will apply in May, will not cover ferries.'), [['which | will apply in May', 'said', 'officials']]);
    assert.deepStrictEqual(claims('The ferry, which he believes is unsafe, sailed at noon.'), [['which | is unsafe', 'believes', 'he']]);
    // "that" after another cue is that cue's complementizer, not a relative pronoun.
    assert.deepStrictEqual(claims('She told voters that he said the pier was safe.'), [['that he said the pier was safe', 'told', 'She']]);
  });

  it('reads content on both sides of a parenthetical attribution when a predicate resumes the clause', () => {
    assert.deepStrictEqual(claims('The nostalgia, he noted, may be on the studios\' end.'), [['The nostalgia | may be on the studios\' end', 'noted', 'he']]);
    assert.deepStrictEqual(claims('Voters, Ms. Lee suggested, don’t have to worry about the banks.'), [['Voters | don’t have to worry about the banks', 'suggested', 'Ms. Lee']]);
    assert.deepStrictEqual(claims('The trouble, Kari Holm writes, began in the early 1970s.'), [['The trouble | began in the early 1970s', 'writes', 'Kari Holm']]);
    assert.deepStrictEqual(claims('The pier, she said on Monday, will close.'), [['The pier | will close', 'said', 'she']]);
    // A short predicate after the attribution is no tail of it.
    assert.deepStrictEqual(claims('The question of whether to close the pier, she said, is not so simple.'), [['The question of whether to close the pier | is not so simple', 'said', 'she']]);
    // A new clause after the attribution is the content; the scene-setting phrase before it is not.
    assert.deepStrictEqual(claims('Yesterday, he said, the pier closed.'), [['the pier closed', 'said', 'he']]);
  });

  it('draws the source over coordinated names and the head of a prepositional phrase, keeping the nearest mention', () => {
    assert.deepStrictEqual(mentionAndPhrase('Both Roe and Lee said the pier was safe.'), [['Lee', 'Both Roe and Lee']]);
    assert.deepStrictEqual(mentionAndPhrase('Jo Roe, Ann Lee and Kim Cho said the pier was safe.'), [['Kim Cho', 'Jo Roe, Ann Lee and Kim Cho']]);
    assert.deepStrictEqual(mentionAndPhrase('He and his wife said the pier was safe.'), [['his wife', 'He and his wife']]);
    assert.deepStrictEqual(mentionAndPhrase('Several supporters of the harbour plan said the pier was safe.'), [['the harbour plan', 'Several supporters of the harbour plan']]);
    assert.deepStrictEqual(mentionAndPhrase('One of the former prosecutors for Ann Lee said the pier was safe.'), [['Ann Lee', 'One of the former prosecutors for Ann Lee']]);
    // A clause before "and" is no coordinated speaker.
    assert.deepStrictEqual(mentionAndPhrase('The pier closed and Lee said it was safe.'), [['Lee', undefined]]);
    // An object before "and" is no coordinated speaker: the coordination must open its clause.
    assert.deepStrictEqual(mentionAndPhrase('She thanked the crew and Lee said the pier was safe.'), [['Lee', undefined]]);
    assert.deepStrictEqual(mentionAndPhrase('In a statement, Roe and Lee said the pier was safe.'), [['Lee', 'Roe and Lee']]);
    assert.deepStrictEqual(mentionAndPhrase('The vote failed, but Roe and his aides said the pier was safe.'), [['his aides', 'Roe and his aides']]);
    // A name may be a head on the way back when the source then opens its clause; a role before the name is no stop.
    assert.deepStrictEqual(mentionAndPhrase('The Harbour Trust for Coastal Ferries noted that the fares were rising.'), [['Coastal Ferries', 'The Harbour Trust for Coastal Ferries']]);
    // A restrictive relative clause between the subject and the cue stays in the source; the noun it stands for speaks.
    assert.deepStrictEqual(mentionAndPhrase('Officials who met Kari Holm said the ferry was late.'), [['Officials', 'Officials who met Kari Holm']]);
    assert.deepStrictEqual(mentionAndPhrase('A group that tracks harbour fees said the costs rose.'), [['A group', 'A group that tracks harbour fees']]);
    // Not where the clause has a subject of its own ("that the mayor …"), nor after a verb ("argued that …").
    assert.deepStrictEqual(mentionAndPhrase('It is a levy that the harbour board says is unfair.'), [['the harbour board', undefined]]);
    assert.deepStrictEqual(mentionAndPhrase('Jo Roe argued that Kari Holm told the council the ferry was late.'), [['Jo Roe', undefined]]);
    // A capitalised plural opening the clause heads a group: the whole phrase speaks, not the board in it.
    assert.deepStrictEqual(mentionAndPhrase('Skippers on the Harbour Board of Bergen say the quota is too low.'), [['Skippers on the Harbour Board of Bergen', undefined]]);
    assert.deepStrictEqual(mentionAndPhrase('The fares rose because officials at the Harbour Trust in Oslo said the pier was unsafe.'), [['Oslo', 'officials at the Harbour Trust in Oslo']]);
    assert.deepStrictEqual(mentionAndPhrase('A spokesman for Oslo mayor Kari Holm said the pier was safe.'), [['mayor Kari Holm', 'A spokesman for Oslo mayor Kari Holm']]);
  });

  it('draws an organization\'s name that goes on after its head and "for" or "on" whole into the source', () => {
    assert.deepStrictEqual(drawn('The Council for a Cleaner Harbour said the fares were too high.'), [['the fares were too high', 'said', 'The Council for a Cleaner Harbour']]);
    assert.deepStrictEqual(drawn('A study by the Institute for Ferry and Coastal Studies found that fares rose.'), [['that fares rose', 'found', 'A study by the Institute for Ferry and Coastal Studies']]);
    assert.deepStrictEqual(drawn('The Commission on Coastal Ferries warned that the pier was unsafe.'), [['that the pier was unsafe', 'warned', 'The Commission on Coastal Ferries']]);
    // A capitalised camp heading the phrase speaks through a verb that is also a noun.
    assert.deepStrictEqual(drawn('Democrats on the Commission on Coastal Ferries plan to block the toll.'), [['to block the toll', 'plan', 'Democrats on the Commission on Coastal Ferries']]);
    // Names joined by "and" alone stay apart: no head noun goes on with "for" or "on" before them.
    assert.deepStrictEqual(drawn('Kari Holm and Jo Roe said the fares were too high.'), [['the fares were too high', 'said', 'Kari Holm and Jo Roe']]);
  });

  it('draws a head with "to", "close to", "familiar with" or a determined -ing noun, "neither … nor" and coordinated roles into the source', () => {
    const sources = (text: string): Array<[string | undefined, string | undefined]> => mentionAndPhrase(text).map(([mention, phrase]) => [mention, phrase ?? mention]);
    assert.deepStrictEqual(sources('Aides to the harbour master say the pier will close.'), [['Aides to the harbour master', 'Aides to the harbour master']]);
    // The head speaks, not the company it is close to (which would file the claim under the company).
    assert.deepStrictEqual(sources('People close to the ferry company said the talks had failed.'), [['People', 'People close to the ferry company']]);
    assert.deepStrictEqual(sources('A person familiar with the planning for the vote says the pier will close.'), [['the vote', 'A person familiar with the planning for the vote']]);
    // A quantifier or a plural opening the sentence heads the phrase after it, and speaks: not the place in it.
    assert.deepStrictEqual(sources('Most in Tromsø want to keep the ferry.'), [['Most in Tromsø', 'Most in Tromsø']]);
    assert.deepStrictEqual(sources('Many in the harbour union said the talks had failed.'), [['Many in the harbour union', 'Many in the harbour union']]);
    // "Neither … nor …" and two roles of one person coordinate.
    assert.deepStrictEqual(sources('Neither Roe nor Lee acknowledged the harbour report.'), [['Lee', 'Neither Roe nor Lee']]);
    assert.deepStrictEqual(sources('Norwegian journalist and author Kari Holm said the quota would stay.'), [['author Kari Holm', 'Norwegian journalist and author Kari Holm']]);
    // A name with an adverbial of time or place stays the speaker alone.
    assert.deepStrictEqual(sources('Roe at the time said the pier was safe.'), [['Roe', 'Roe']]);
  });

  it('leaves an occasion of speech between the subject and the cue out of the speaker', () => {
    assert.deepStrictEqual(claims('The ferry company in a statement said the route would close.'), [['the route would close', 'said', 'The ferry company']]);
    assert.deepStrictEqual(claims('The harbour master in an interview said the pier was safe.'), [['the pier was safe', 'said', 'The harbour master']]);
  });

  it('reads a poll or records qualified by a place as the evidence that shows', () => {
    assert.deepStrictEqual(claims('Polls in Nordland show the race is close.'), [['the race is close', 'show', 'Polls in Nordland']]);
    assert.deepStrictEqual(claims('Audit files from the Harbour Board show that four accounts were used.'), [['that four accounts were used', 'show', 'Audit files from the Harbour Board']]);
  });

  it('goes on past ", but" when it completes the reported clause, and stops before a new one', () => {
    assert.deepStrictEqual(claims('Roe said the plan was not just a failure, but a catastrophe.'), [['the plan was not just a failure, but a catastrophe', 'said', 'Roe']]);
    assert.deepStrictEqual(claims('Roe said the plan has failed, but that it could be saved.'), [['the plan has failed, but that it could be saved', 'said', 'Roe']]);
    assert.deepStrictEqual(claims('Roe said the plan has failed, but he did not say why.'), [['the plan has failed', 'said', 'Roe']]);
    // A modal with no subject of its own continues the reported predicate.
    assert.deepStrictEqual(claims('Voters said they had doubts about Lund, but could not bring themselves to vote against Roe.'), [['they had doubts about Lund, but could not bring themselves to vote against Roe', 'said', 'Voters']]);
  });

  it('ends the content of a relative "who had said" where the main clause resumes', () => {
    assert.deepStrictEqual(claims('Roe, who had said she would debate the mayor, criticized Lee on two fronts.')[0], ['she would debate the mayor', 'had said', 'Roe']);
    // A relative clause that ends the sentence keeps its commas.
    assert.deepStrictEqual(claims('It was Roe, who had talked about many things, from taxes to trade.'), [['many things, from taxes to trade', 'had talked about', 'Roe']]);
  });

  it('ends a relative clause\'s content where the main clause\'s own cue resumes, which then speaks for the antecedent', () => {
    // Set off by commas, across the relative clause's auxiliaries: the main cue after the comma is read too.
    const nonRestrictive = claims('Ann Lee, who has backed the harbour plan since May, said on Friday that the pier would reopen.');
    assert.deepStrictEqual(nonRestrictive[0], ['the harbour plan since May', 'has backed', 'Ann Lee']);
    assert.deepStrictEqual(nonRestrictive[1].slice(0, 2), ['that the pier would reopen', 'said']);
    assert.strictEqual(nonRestrictive.length, 2);
    // Restrictive: the main cue's speaker is the phrase the relative clause restricts, not the clause's object.
    assert.deepStrictEqual(claims('Fishermen who have opposed the quota warned on Tuesday that the fleet would shrink.'), [
      ['the quota', 'have opposed', 'Fishermen'],
      ['that the fleet would shrink', 'warned', 'Fishermen'],
    ]);
  });

  it('opens a source ending in a name with its article or quantifier and adjectives, not with a noun before the name', () => {
    assert.deepStrictEqual(phrases('Many liberal Democrats have warned that the harbour fund is too small.'), ['Many liberal Democrats']);
    assert.deepStrictEqual(phrases('A desperate Harbourco said on Monday that the ferry would be sold.'), ['A desperate Harbourco']);
    assert.deepStrictEqual(phrases('An anti-Lee PAC said the ferry would be sold.'), ['An anti-Lee PAC']);
    // "moment" is a noun: "the moment" is the object of the clause before, and Roe alone speaks.
    assert.deepStrictEqual(claims('It was the moment Roe said the ferry would be sold.')[0]?.[2], 'Roe');
    assert.deepStrictEqual(phrases('It was the moment Roe said the ferry would be sold.'), [undefined]);
  });

  it('draws a relative pronoun before the cue alone as the source, even after a role and a name', () => {
    // The source of the "said" claim ("The plan was backed by …" is a passive claim of its own).
    const sources = (text: string): Array<string | undefined> =>
      findClaims(text, splitLines(text), []).claims.filter((c) => c.cue?.text === 'said').map((c) => c.speaker?.phrase && text.slice(c.speaker.phrase.start, c.speaker.phrase.end));
    assert.deepStrictEqual(sources('The plan was backed by former Gov. Jo Roe, who said the pier was safe.'), ['who']);
    assert.deepStrictEqual(sources('The plan was backed by the Democratic rival Jo Roe, who said the pier was safe.'), ['who']);
  });

  it('draws an age, a short parenthesis and a "from" appositive into the source around an inverted or a closing cue', () => {
    assert.deepStrictEqual(phrases('“The ferry is late again,” said Kari Holm, 34, a nurse from Bergen.'), ['Kari Holm, 34, a nurse from Bergen']);
    assert.deepStrictEqual(phrases('“The ferry is late again,” said Kari Holm, 34.'), ['Kari Holm, 34']);
    assert.deepStrictEqual(phrases('“The ferry is late again,” said Sen. Ann Lee (D-Ore.), a ferry user.'), ['Sen. Ann Lee (D-Ore.), a ferry user']);
    assert.deepStrictEqual(phrases('“The ferry is late again,” said Sen. Ann Lee (D-Ore.).'), ['Sen. Ann Lee (D-Ore.)']);
    assert.deepStrictEqual(phrases('“The ferry is late again,” Ms. Holm, of the harbour board, said.'), ['Ms. Holm, of the harbour board']);
    // A prepositional phrase of time or manner, or a remark in brackets, is not part of the source.
    assert.deepStrictEqual(phrases('“The ferry is late again,” said Kari Holm (a view others share).'), [undefined]);
    assert.deepStrictEqual(phrases('“The ferry is late again,” said Kari Holm, in an interview.'), [undefined]);
  });

  it('keeps the appositive of a clause subject that speaks through a later participle or coordinated cue', () => {
    assert.deepStrictEqual(phrases('Kari Holm, the harbour master, issued a statement on Monday, saying the pier would reopen in May.'), ['Kari Holm, the harbour master']);
    assert.deepStrictEqual(phrases('Kari Holm, a former ferry captain, joined the board and said the pier would reopen in May.'), ['Kari Holm, a former ferry captain']);
    // Hyphenated roles, "including" and an appositive opening with an -ing word are appositives too.
    assert.deepStrictEqual(phrases('Kari Holm, co-founder of the Harbour Trust, said the vote was fair.'), ['Kari Holm, co-founder of the Harbour Trust']);
    assert.deepStrictEqual(phrases('Several skippers, including Kari Holm, said the vote was fair.'), ['Several skippers, including Kari Holm']);
    assert.deepStrictEqual(phrases('“The vote was fair,” Kari Holm, managing director of the Harbour Trust, told me.'), ['Kari Holm, managing director of the Harbour Trust']);
  });

  it('draws the passive auxiliary of "was asked" in the question\'s cue', () => {
    assert.deepStrictEqual(claims('Ms. Holm was asked about the ferry and said it would run.')[0], ['the ferry', 'was asked about', undefined]);
    assert.deepStrictEqual(claims('Ms. Holm was later asked whether the ferry would run.'), [['whether the ferry would run', 'was later asked', undefined]]);
    assert.deepStrictEqual(claims('Asked whether the ferry would run, Ms. Holm said it would.')[0], ['whether the ferry would run', 'Asked', undefined]);
  });

  it('reads a relative clause that reports past an adverb, a year or a part "of whom"; a clause a naming verb leaves; a participle after a passive of perception', () => {
    assert.deepStrictEqual(drawn('The ferry union, which has strongly denied any part in the strike, met on Monday.'), [['any part in the strike', 'has strongly denied', 'which']]);
    assert.deepStrictEqual(drawn('Families of the crew, many of whom say the captain lied, gathered outside.'), [['the captain lied', 'say', 'many of whom']]);
    assert.deepStrictEqual(drawn('The guards, two of whom said they saw the fire, left early.'), [['they saw the fire', 'said', 'two of whom']]);
    assert.deepStrictEqual(drawn('He met Kari Holm, who in 2010 said the port must grow.'), [['the port must grow', 'said', 'who']]);
    assert.deepStrictEqual(drawn('Kari Holm in 2010 said the port must grow.'), [['the port must grow', 'said', 'Kari Holm']]);
    // A naming verb with no quotation leaves its clause to the cues after it.
    assert.deepStrictEqual(drawn('They called the hearing because they felt the agency was slow.'), [['the agency was slow', 'felt', 'they']]);
    // A short manner adverb stands between the speaker and the cue as a long one does.
    assert.deepStrictEqual(drawn('I truly believed the ferry would return.'), [['the ferry would return', 'truly believed', 'I']]);
    // Evidence with a phrase after it speaks whole.
    assert.deepStrictEqual(drawn('Harbour records from last year show the fees rose.'), [['the fees rose', 'show', 'Harbour records from last year']]);
    // A coordinated cue after a catenative ("and went on to argue") shares the speaker and ends the content before it.
    assert.deepStrictEqual(drawn('Roe said the plan was bad and went on to argue that it would fail.'), [['the plan was bad', 'said', 'Roe'], ['that it would fail', 'went on to argue', 'Roe']]);
    // A possessive determiner before a name used as a modifier opens the phrase.
    assert.deepStrictEqual(drawn('Many of her Labour supporters say the toll is unfair.'), [['the toll is unfair', 'say', 'Many of her Labour supporters']]);
    // So does a quantifier before the adjectives of such a phrase in the plural.
    assert.deepStrictEqual(drawn('Several former Acme engineers said the design failed.'), [['the design failed', 'said', 'Several former Acme engineers']]);
    // After "of" the adjectives are the plural's, and the head before "of" opens the source; "not" limits "everyone".
    assert.deepStrictEqual(drawn('A chorus of prominent Labour members said the toll was unfair.'), [['the toll was unfair', 'said', 'A chorus of prominent Labour members']]);
    assert.deepStrictEqual(drawn('Not everyone agrees that the toll is unfair.'), [['that the toll is unfair', 'agrees', 'Not everyone']]);
    // People with a participle and a phrase of place after them speak; the place does not.
    assert.deepStrictEqual(drawn('Residents living near the pier say the fares are too high.'), [['the fares are too high', 'say', 'Residents']]);
    assert.deepStrictEqual(drawn('Sailors marching through the square chanted that the toll must go.'), [['that the toll must go', 'chanted', 'Sailors']]);
    // A participle after a passive of perception reports for the clause's subject.
    assert.deepStrictEqual(drawn('Rita Lund can be heard yelling to the officers that the skipper was unarmed.'), [['that the skipper was unarmed', 'yelling', 'Rita Lund']]);
    assert.deepStrictEqual(drawn('The ferry was seen sailing toward the harbour at noon.'), []);
    // The year of an appositive's relative clause stays in the source.
    assert.deepStrictEqual(drawn('Jo Lund, a former skipper who became mayor in 2014, said the port must grow.'), [['the port must grow', 'said', 'Jo Lund, a former skipper who became mayor in 2014']]);
  });

  it('reads a participle opening the sentence as the main clause subject\'s cue, its content ending at the comma', () => {
    assert.deepStrictEqual(claims('Citing a harbour report, Roe accused Lund of lying.'), [['a harbour report', 'Citing', 'Roe'], ['Lund of lying', 'accused', 'Roe']]);
    assert.deepStrictEqual(claims('Bemoaning the “rigged toll,” Roe said it must go.'), [['the “rigged toll,”', 'Bemoaning', 'Roe'], ['it must go', 'said', 'Roe']]);
    assert.deepStrictEqual(claims('Speaking to reporters, Roe said the pier was safe.'), [['the pier was safe', 'said', 'Roe']]);
    assert.deepStrictEqual(claims('Holding signs, the protesters marched to the pier.'), []);
    // No comma closes the phrase: no fronted reading.
    assert.deepStrictEqual(claims('Citing this Roe said the pier was safe.'), [['the pier was safe', 'said', 'Roe']]);
    // An adverb of frequency before the main verb is none of its subject.
    assert.deepStrictEqual(claims('Citing the tides, the skippers often say the pier is unsafe.'), [['the tides', 'Citing', 'the skippers'], ['the pier is unsafe', 'often say', 'the skippers']]);
  });

  it('takes the speaker from before a time adverbial that stands between it and the cue, and leaves the time out of the source', () => {
    assert.deepStrictEqual(mentionAndPhrase('Ms. Holm earlier Tuesday said that the ferry would run.'), [['Ms. Holm', undefined]]);
    assert.deepStrictEqual(mentionAndPhrase('The harbour board this past week announced that the ferry would run.'), [['The harbour board', undefined]]);
    assert.deepStrictEqual(mentionAndPhrase('Her allies have in the past said that the ferry would run.'), [['Her allies', undefined]]);
    assert.deepStrictEqual(mentionAndPhrase('Sen. Ann Lee (D-Ore.) on Saturday said that the ferry would run.'), [['Sen. Ann Lee', 'Sen. Ann Lee (D-Ore.)']]);
    // A poll or a report keeps its time: "a poll released Sunday" is one phrase.
    assert.deepStrictEqual(mentionAndPhrase('A poll released Sunday showed that the ferry was popular.')[0][0], 'A poll released Sunday');
  });

  it('keeps the coordinator opening the sentence in content before a final attribution, not around a medial one', () => {
    assert.deepStrictEqual(claims('But the pier is safe, Roe said.'), [['But the pier is safe', 'said', 'Roe']]);
    assert.deepStrictEqual(claims('But with each passing week, the skippers said, the toll grows.'), [['with each passing week | the toll grows', 'said', 'the skippers']]);
  });

  it('leaves an opening connective and its comma out of the content before a final attribution', () => {
    assert.deepStrictEqual(claims('Still, the pier is safe, Roe said.'), [['the pier is safe', 'said', 'Roe']]);
    assert.deepStrictEqual(claims('In fact, the toll will rise, according to the harbour board.'), [['the toll will rise', 'according to', 'the harbour board']]);
    // Nothing but the connective before a medial attribution: it is the content on that side.
    assert.deepStrictEqual(claims('Still, Roe said, the pier is safe.'), [['Still | the pier is safe', 'said', 'Roe']]);
    // Not a connective used as an adverb inside the clause, nor one inside a quotation.
    assert.deepStrictEqual(claims('Still waters run deep, Roe said.'), [['Still waters run deep', 'said', 'Roe']]);
    assert.deepStrictEqual(claims('"Still, the pier is safe," Roe said.'), [['"Still, the pier is safe,"', 'said', 'Roe']]);
  });

  it('takes a participle phrase opening the sentence as how the speaker acts, not as the content', () => {
    assert.deepStrictEqual(claims('Reflecting his mood, Roe pledged to keep the pier.'), [['to keep the pier', 'pledged', 'Roe']]);
    assert.deepStrictEqual(claims('Shaking their heads, the skippers often say, "The sea gives and takes."'), [['"The sea gives and takes."', 'often say', 'the skippers']]);
    // With a finite verb the phrase is a gerund subject's clause, and the content.
    assert.deepStrictEqual(claims('Raising the toll now would help, Roe said.'), [['Raising the toll now would help', 'said', 'Roe']]);
    assert.deepStrictEqual(claims('Seeing the pier close led him to run, Roe said.'), [['Seeing the pier close led him to run', 'said', 'Roe']]);
    // Around a medial attribution the phrase is a gerund subject that the predicate after it resumes.
    assert.deepStrictEqual(claims('Keeping the pier, Roe said, costs little.'), [['Keeping the pier | costs little', 'said', 'Roe']]);
  });

  it('reads "put it" as a cue after "as" or before a colon, and not as a verb of placing', () => {
    assert.deepStrictEqual(claims('As Jo Roe put it, the pier is a disgrace.'), [['the pier is a disgrace', 'put it', 'Jo Roe']]);
    assert.deepStrictEqual(claims('Roe put it bluntly: "The pier is done."'), [['"The pier is done."', 'put it bluntly', 'Roe']]);
    assert.deepStrictEqual(claims('The skipper put it on the pier before dawn.'), []);
  });

  it('takes a "that" ending the sentence as a pronoun inside the content, not as its start', () => {
    assert.deepStrictEqual(claims('Roe says the port needs a new pier and says she wrote a bill to do that.'), [
      ['the port needs a new pier', 'says', 'Roe'],
      ['she wrote a bill to do that', 'says', 'Roe'],
    ]);
  });

  it('reads no claim where a cue verb is not used as speech', () => {
    // A reflexive after "find" reports no finding.
    assert.deepStrictEqual(claims('The harbour board has found itself at the centre of the dispute.'), []);
    // An action answers: "responded by …", "responded with …".
    assert.deepStrictEqual(claims('Roe responded by cutting the ferry budget.'), []);
    assert.deepStrictEqual(claims('Roe responded that the budget was fine.'), [['that the budget was fine', 'responded', 'Roe']]);
    // An -ed form between a determiner and its noun is an adjective; "He’s claimed" is "has claimed".
    assert.deepStrictEqual(claims('Lee won most of the convention’s pledged delegates after the vote.'), []);
    assert.deepStrictEqual(claims('His stated goal is to close the pier.'), []);
    assert.deepStrictEqual(claims('He’s claimed the plan would work.'), [['the plan would work', '’s claimed', 'He']]);
    // "declined" tells a change in an amount before a figure, unlike "declined to comment".
    assert.deepStrictEqual(claims('Ferry fares declined 12 percent last year.'), []);
    assert.deepStrictEqual(claims('Harbour fees declined to $40 million in 2020.'), []);
    assert.deepStrictEqual(claims('Its share has declined slightly from 30 percent.'), []);
    assert.deepStrictEqual(claims('Roe declined to comment on the fares.'), [['to comment on the fares', 'declined', 'Roe']]);
    // "add to" a determined noun is "increase".
    assert.deepStrictEqual(claims('Lee won the primary, adding to her lead over Roe. The delay adds to the anger in the port.'), []);
    assert.deepStrictEqual(claims('Roe added to reporters that the pier was safe.'), [['that the pier was safe', 'added', 'Roe']]);
    // "found" before a place tells where a thing is; before a "that" it reports a finding.
    assert.deepStrictEqual(claims('The fleet burns diesel, a fuel found in most harbours.'), []);
    assert.deepStrictEqual(claims('Researchers found in 2019 that fares rose.'), [['that fares rose', 'found', 'Researchers']]);
    // A clause of time alone before the attribution sets its scene; a condition is what was said.
    assert.deepStrictEqual(claims('When the council cut funding, Norway said no.'), [['no', 'said', 'Norway']]);
    assert.deepStrictEqual(claims('If the pier closes, Roe said, the port will die.'), [['If the pier closes | the port will die', 'said', 'Roe']]);
    // "Perhaps" opening an imperative is no speaker.
    assert.deepStrictEqual(claims('Perhaps go further and ask whether the pier is safe.'), []);
    // A question put to the reader, and a request to the reader, are no one's claims.
    assert.deepStrictEqual(claims('Do you know where the ferry goes? Would you think the pier is safe?'), []);
    assert.deepStrictEqual(claims('Please ask yourself that question.'), []);
  });

  it('finds the speaker before a parenthetical participle when a clause with a past verb follows the cue', () => {
    assert.deepStrictEqual(claims('One former employee, speaking on condition of anonymity, said Gates described the fund as a source of money.'), [
      ['Gates described the fund as a source of money', 'said', 'One former employee'],
    ]);
  });

  it('ends an inverted speaker\'s appositive before a participle or clause, and takes a capitalised one', () => {
    assert.deepStrictEqual(phrases('“The ferry will run,” said Jo Roe, Mr. Lee\'s longtime adviser.'), ['Jo Roe, Mr. Lee\'s longtime adviser']);
    assert.deepStrictEqual(phrases('“The ferry will run,” said Kari Holm, Republican of Ohio.'), ['Kari Holm, Republican of Ohio']);
    assert.deepStrictEqual(phrases('“The ferry will run,” said Jo Roe, chair of the harbour board, though she added that it may be late.'), ['Jo Roe, chair of the harbour board', undefined]);
    assert.deepStrictEqual(phrases('“The ferry will run,” said Jo Roe, in an interview.'), [undefined]);
  });

  it('keeps the infinitive with the hearer it applies to and a number with a comma in the content', () => {
    // Annotators draw the hearer of "urged … to", "warned … against", "accused … of" in the content: it is the
    // subject of what is urged or charged.
    assert.deepStrictEqual(claims('Mr. Holm urged the council to raise the fee to about 51,000 crowns.'), [['the council to raise the fee to about 51,000 crowns', 'urged', 'Mr. Holm']]);
    assert.deepStrictEqual(claims('The union urged members to reject the offer.'), [['members to reject the offer', 'urged', 'The union']]);
    assert.deepStrictEqual(claims('Ms. Vik accused Mr. Holm of misleading the harbour board.'), [['Mr. Holm of misleading the harbour board', 'accused', 'Ms. Vik']]);
    assert.deepStrictEqual(claims('The mayor warned them against closing the ferry line.'), [['them against closing the ferry line', 'warned', 'The mayor']]);
    // A hearer before a clause is no part of it.
    assert.deepStrictEqual(claims('Ms. Vik told reporters the ferry would run on Sunday.'), [['the ferry would run on Sunday', 'told', 'Ms. Vik']]);
  });

  it('draws a preposition that takes the content as its object in the cue', () => {
    assert.deepStrictEqual(claims('Jo Roe complained about the new harbour fees.'), [['the new harbour fees', 'complained about', 'Jo Roe']]);
    assert.deepStrictEqual(claims('The mayor railed against the council for its budget.'), [['the council for its budget', 'railed against', 'The mayor']]);
    assert.deepStrictEqual(claims('The ferry operators have long agreed with the new timetable.'), [['the new timetable', 'have long agreed with', 'The ferry operators']]);
    // A time after the verb is no object: "on" stays out of the cue.
    assert.deepStrictEqual(claims('Jo Roe said on Tuesday that the ferry would run.'), [['that the ferry would run', 'said', 'Jo Roe']]);
  });

  it('draws the particle of a phrasal verb in the cue, not in the content', () => {
    assert.deepStrictEqual(claims('The mayor ruled out a second vote on the pier.'), [['a second vote on the pier', 'ruled out', 'The mayor']]);
    assert.deepStrictEqual(claims('“Never!” the skippers shouted back.'), [['“Never!”', 'shouted back', 'the skippers']]);
    // "back in", "up to": an adverb of time or amount, not a particle.
    assert.deepStrictEqual(claims('Jo Roe argued back in May that the pier was safe.')[0][1], 'argued');
  });

  it('draws "issued a statement saying" whole as the cue, its issuer as the speaker', () => {
    assert.deepStrictEqual(claims('Harbour master Jo Roe issued a statement saying that the pier would reopen.'), [
      ['that the pier would reopen', 'issued a statement saying', 'Jo Roe'],
    ]);
    assert.deepStrictEqual(claims('Later, the mayor’s office released a letter urging skippers to stay in port.'), [['skippers to stay in port', 'released a letter urging', 'the mayor’s office']]);
    // A document not put out by a verb before it speaks itself.
    assert.deepStrictEqual(claims('The group sent an email stressing the impact of the fees on families.'), [['the impact of the fees on families', 'stressing', 'an email']]);
  });

  it('takes no capitalised adverb opening the sentence as a speaker, but keeps a name in -ly', () => {
    assert.deepStrictEqual(claims('Roughly translated from Latin, the motto means that the harbour is safe.'), []);
    assert.deepStrictEqual(claims('Specifically, Roe said that the pier was unsafe.'), [['that the pier was unsafe', 'said', 'Roe']]);
    assert.deepStrictEqual(claims('Beverly said the pier was safe.'), [['the pier was safe', 'said', 'Beverly']]);
    // A review's opening adverb of degree is no one: "Highly recommended …".
    assert.ok(!claims('Highly recommended to anyone who wants a quiet room by the harbour.').some((c) => c[2] === 'Highly'));
    assert.ok(!claims('Definitely said it all, the harbour view.').some((c) => c[2] === 'Definitely'));
  });

  it('reads a later "that" as part of the content when a noun phrase or a clause follows a verb without hearer', () => {
    // A relative "that" inside the content, and a "that" after a noun the content names.
    assert.deepStrictEqual(claims('Jo Roe said the town lost a harbour that had served it for centuries.'), [['the town lost a harbour that had served it for centuries', 'said', 'Jo Roe']]);
    assert.deepStrictEqual(claims('The mayor rejected the idea that the ferry was unsafe.'), [['the idea that the ferry was unsafe', 'rejected', 'The mayor']]);
    assert.deepStrictEqual(claims('Mr. Holm said he feared that the ferry would stop.')[0], ['he feared that the ferry would stop', 'said', 'Mr. Holm']);
    // A hearer, a time or a medium before "that" is no part of the content.
    assert.deepStrictEqual(claims('Jo Roe told the committee that the ferry was unsafe.'), [['that the ferry was unsafe', 'told', 'Jo Roe']]);
    assert.deepStrictEqual(claims('Jo Roe said this week that the ferry would run.'), [['that the ferry would run', 'said', 'Jo Roe']]);
  });

  it('goes on past a "while" without a comma, and stops at ", while"', () => {
    assert.deepStrictEqual(claims('Mr. Holm noted that he had raised the harbour fee while governor.'), [['that he had raised the harbour fee while governor', 'noted', 'Mr. Holm']]);
    assert.deepStrictEqual(claims('Mr. Holm said the fee would rise, while the council disagreed.'), [['the fee would rise', 'said', 'Mr. Holm']]);
  });

  it('draws the modifiers of a capitalised title before a name in the source', () => {
    // The source as the prediction gives it: the phrase where there is one, else the mention.
    assert.deepStrictEqual(drawnSources('Former President Bill Lee said the ferry would run.'), ['Former President Bill Lee']);
    assert.deepStrictEqual(drawnSources('The ferry will run, former Gov. Ann Lee said.'), ['former Gov. Ann Lee']);
    // A title after the name's place or office heads it as well.
    assert.deepStrictEqual(drawnSources('The ferry will run, former Oregon Gov. Ann Lee said.'), ['former Oregon Gov. Ann Lee']);
    assert.deepStrictEqual(drawnSources('The plan, former UN Ambassador Bill Lee said, would fail.'), ['former UN Ambassador Bill Lee']);
    // "senior" and "top" open the role phrase and belong to it.
    assert.deepStrictEqual(drawnSources('Acme senior communications adviser Jo Roe said the ferry would run.'), ['Acme senior communications adviser Jo Roe']);
  });

  it('draws the news roles before a name in the source: candidates, hosts, columnists', () => {
    assert.deepStrictEqual(drawnSources('Green Party front-runner Ann Lee said the ferry would run.'), ['Green Party front-runner Ann Lee']);
    assert.deepStrictEqual(drawnSources('“The ferry will run,” radio host Bill Lee said.'), ['radio host Bill Lee']);
    assert.deepStrictEqual(drawnSources('Harbour Times columnist Jo Roe wrote that the ferry would run.'), ['Harbour Times columnist Jo Roe']);
  });

  it('draws the source over a short bare plural coordinated before it, but not over a clause', () => {
    assert.deepStrictEqual(drawnSources('Union members and leaders said the ferry would run.'), ['Union members and leaders']);
    assert.deepStrictEqual(drawnSources('The ferry will run, pilots and harbour officials said.'), ['pilots and harbour officials']);
    assert.deepStrictEqual(drawnSources('She met workers and residents said the ferry would run.'), ['residents']);
    assert.deepStrictEqual(drawnSources('The closure is bad for anglers and I think the ferry should run.'), ['I']);
    assert.deepStrictEqual(drawnSources('The ferry will run, anglers, pilots and harbour officials said.'), ['pilots and harbour officials']);
  });

  it('opens a source at the article before the adjectives of a name used as a modifier', () => {
    assert.deepStrictEqual(drawnSources('A new Acme poll found that the ferry would run.'), ['A new Acme poll']);
    assert.deepStrictEqual(drawnSources('The latest Harbour Times survey showed that most riders want the ferry.'), ['The latest Harbour Times survey']);
  });

  it('draws an approximator or bound before a count into the source', () => {
    assert.deepStrictEqual(claims('About three-quarters said the ferry should run.'), [['the ferry should run', 'said', 'About three-quarters']]);
    assert.deepStrictEqual(claims('Only a quarter of riders said the ferry should run.'), [['the ferry should run', 'said', 'Only a quarter of riders']]);
    assert.deepStrictEqual(claims('More than six in 10 said the ferry should run.'), [['the ferry should run', 'said', 'More than six in 10']]);
    assert.deepStrictEqual(claims('At least a dozen anglers said the ferry should run.'), [['the ferry should run', 'said', 'At least a dozen anglers']]);
    // Before a noun that is no count, "only" stays out.
    assert.deepStrictEqual(claims('Only anglers said the ferry should run.'), [['the ferry should run', 'said', 'anglers']]);
  });

  it('opens a source with the count before a place or party used as a modifier', () => {
    assert.deepStrictEqual(claims('The pier has been slow to mend, one Bergen official said.'), [['The pier has been slow to mend', 'said', 'one Bergen official']]);
    assert.deepStrictEqual(claims('Nine in 10 Labour voters said the ferry should run.'), [['the ferry should run', 'said', 'Nine in 10 Labour voters']]);
    assert.deepStrictEqual(claims('The ferry should run, the two Bergen councillors said.'), [['The ferry should run', 'said', 'the two Bergen councillors']]);
    // A year there is the time of the scene, not a count of the speakers.
    assert.deepStrictEqual(claims('In 2016 Bergen voters said the ferry should run.'), [['the ferry should run', 'said', 'Bergen voters']]);
  });

  it('draws the post-modifier of a source named after its cue: "of", "for", "with", a relative "who"', () => {
    assert.deepStrictEqual(mentionAndPhrase('“The quota will stay,” said Kari Holm of the Harbour Trust.'), [['Kari Holm', 'Kari Holm of the Harbour Trust']]);
    assert.deepStrictEqual(mentionAndPhrase('“The pier is safe,” said a spokesman for the ferry operators.'), [['a spokesman', 'a spokesman for the ferry operators']]);
    assert.deepStrictEqual(mentionAndPhrase('“We will sail,” said a skipper who owns two trawlers.'), [['a skipper', 'a skipper who owns two trawlers']]);
    assert.deepStrictEqual(mentionAndPhrase('The pier will close in May, according to officials familiar with the plans.'), [['officials familiar', 'officials familiar with the plans']]);
    assert.deepStrictEqual(mentionAndPhrase('According to two skippers familiar with the talks, the quota will stay.'), [['two skippers familiar', 'two skippers familiar with the talks']]);
    // A time, or a relative clause that reports, is no part of it.
    assert.deepStrictEqual(mentionAndPhrase('“The quota will stay,” said Kari Holm of Tuesday’s meeting.'), [['Kari Holm', undefined]]);
    assert.deepStrictEqual(mentionAndPhrase('“We will sail,” said a skipper who told me he owns two trawlers.')[0], ['a skipper', undefined]);
    // After a common noun, a phrase of place too; not an occasion or a time of the speech, nor after a name.
    assert.deepStrictEqual(mentionAndPhrase('The talks failed, said one union source in the room.'), [['one union source', 'one union source in the room']]);
    assert.deepStrictEqual(mentionAndPhrase('The talks failed, said an aide in a statement.'), [['an aide', undefined]]);
    assert.deepStrictEqual(mentionAndPhrase('The talks failed, said an aide in July.'), [['an aide', undefined]]);
    assert.deepStrictEqual(mentionAndPhrase('The talks failed, said Kari Holm in Bergen.'), [['Kari Holm', undefined]]);
  });

  it('leaves a relative clause that reports out of the source: it is a claim of its own', () => {
    assert.deepStrictEqual(claims('Jo Barkley, who said he usually votes for Lee, said the ferry would run.'), [
      // The relative's speaker is the name it stands for (its source drawn as "who").
      ['he usually votes for Lee', 'said', 'Jo Barkley'],
      ['the ferry would run', 'said', 'Jo Barkley'],
    ]);
    const text = '“The ferry will run,” said Jo Barkley, who said he usually votes for Lee.';
    const drawn = findClaims(text, splitLines(text), []).claims.map((c) => {
      const source = c.speaker?.phrase ?? c.speaker;
      return source && text.slice(source.start, source.end);
    });
    assert.deepStrictEqual(drawn, ['Jo Barkley', 'who']);
    // A relative clause that does not report stays in the source.
    const other = 'Jo Barkley, who runs the ferry, said the ferry would run.';
    const phrase = findClaims(other, splitLines(other), []).claims[0].speaker?.phrase;
    assert.strictEqual(phrase && other.slice(phrase.start, phrase.end), 'Jo Barkley, who runs the ferry');
  });

  it('opens the source with a quantifier before a plural name, keeping the name as the mention', () => {
    const text = 'But many Democrats believe the ferry will run.';
    const [claim] = findClaims(text, splitLines(text), []).claims;
    assert.strictEqual(claim.speaker?.text, 'Democrats');
    assert.strictEqual(claim.speaker?.phrase && text.slice(claim.speaker.phrase.start, claim.speaker.phrase.end), 'many Democrats');
  });

  it('takes a negated auxiliary into the cue, not the source', () => {
    assert.deepStrictEqual(claims('The harbour officials don\'t think the pier is safe.'), [['the pier is safe', 'don\'t think', 'The harbour officials']]);
    assert.deepStrictEqual(claims('Mr. Holm hasn’t said whether he will run again.'), [['whether he will run again', 'hasn’t said', 'Mr. Holm']]);
  });

  it('takes a one-word quotation before an inverted attribution as a claim', () => {
    const text = '"Hello," said Bob.';
    assert.deepStrictEqual(claims(text), [['"Hello,"', 'said', 'Bob']]);
    assert.ok(!analyze(text).entities.some((e) => e.name === 'Hello'));
  });

  it('reads a description joined by "and" to the subject of reported content as part of it, and a clause after "and" as a claim of its own', () => {
    assert.deepStrictEqual(claims('The pilot said the harbour board and the ferry union want a new pier.'), [['the harbour board and the ferry union want a new pier', 'said', 'The pilot']]);
    assert.deepStrictEqual(claims('The pilot said the fares were high and critics say the toll is worse.'), [
      ['the fares were high', 'said', 'The pilot'],
      ['the toll is worse', 'say', 'critics'],
    ]);
  });

  it('takes a one-word quotation after a speech verb and its comma or colon as a claim', () => {
    assert.deepStrictEqual(claims('Asked about the toll, Ms. Berg smiled and said, "No."'), [
      ['the toll', 'Asked about', undefined],
      ['"No."', 'said', 'Ms. Berg'],
    ]);
    assert.deepStrictEqual(claims('The pilot said: “Never.”'), [['“Never.”', 'said', 'The pilot']]);
  });

  it('runs a clause subject over the lower-case nouns after a name, to a role\'s name or to the predicate', () => {
    assert.deepStrictEqual(claims('Former Nordic ferry captain Kari Holm also joined the protest, saying the pier was unsafe.'), [
      ['the pier was unsafe', 'saying', 'Former Nordic ferry captain Kari Holm'],
    ]);
    assert.deepStrictEqual(claims('Norwegian harbour pilots have met twice this year, but have warned that the pier is unsafe.'), [
      ['that the pier is unsafe', 'have warned', 'Norwegian harbour pilots'],
    ]);
    assert.deepStrictEqual(claims('The former Labour deputy continued, saying the pier was unsafe.'), [['the pier was unsafe', 'saying', 'The former Labour deputy']]);
    // A verb, a time or an adverb after the name ends the subject there.
    assert.deepStrictEqual(claims('Kari Holm last week joined the protest, saying the pier was unsafe.'), [['the pier was unsafe', 'saying', 'Kari Holm']]);
  });

  it('draws the feeling that "expressed" or "voiced" puts out in the cue', () => {
    assert.deepStrictEqual(claims('The harbour master expressed concern that the pier would not hold.'), [['that the pier would not hold', 'expressed concern', 'The harbour master']]);
    assert.deepStrictEqual(claims('Kari Holm had voiced support for a second ferry line.'), [['a second ferry line', 'had voiced support for', 'Kari Holm']]);
  });

  it('opens a source at the article before a modifying determiner, a numeral or a participle after "a"', () => {
    // The source as drawn: the whole phrase where it is more than the mention.
    assert.deepStrictEqual(drawnSources('A senior harbour official said the pier would close.'), ['A senior harbour official']);
    assert.deepStrictEqual(drawnSources('The most recent survey shows the ferry losing riders.'), ['The most recent survey']);
    assert.deepStrictEqual(drawnSources('A senior Nordic Ferries official said the pier would close.'), ['A senior Nordic Ferries official']);
    assert.deepStrictEqual(drawnSources('The three Labour councillors said the pier would close.'), ['The three Labour councillors']);
    assert.deepStrictEqual(drawnSources('A visibly shaken Holm said the pier would close.'), ['Holm']);
    assert.deepStrictEqual(drawnSources('A teary-eyed Holm said the pier would close.'), ['A teary-eyed Holm']);
    // Without an article the determiner opens the phrase itself.
    assert.deepStrictEqual(drawnSources('Most skippers said the pier would close.'), ['Most skippers']);
  });

  it('takes no dateline place as a speaker: the clause after its dash has the subject', () => {
    assert.deepStrictEqual(claims('BERGEN, Norway (NTB) — Kari Holm met the skippers on Monday and said the pier would reopen.'), [['the pier would reopen', 'said', 'Kari Holm']]);
    assert.deepStrictEqual(claims('TROMSØ — The harbour master inspected the pier, saying it was unsafe.'), [['it was unsafe', 'saying', 'The harbour master']]);
    // Capitals before an appositive are a name, not a dateline.
    assert.deepStrictEqual(claims('NATO, the alliance, issued a statement saying the drills would go on.').map((r) => r[2]), ['NATO']);
  });

  it('takes no participle opening the sentence as a speaker, but keeps a name in -ing', () => {
    assert.deepStrictEqual(claims('Smiling broadly after the vote, Ms. Holm thanked the skippers, saying the pier was theirs.'), [['the pier was theirs', 'saying', 'Ms. Holm']]);
    assert.deepStrictEqual(claims('Recognizing this, Mr. Holm joined the board, arguing that the pier was unsafe.'), [['that the pier was unsafe', 'arguing', 'Mr. Holm']]);
    assert.deepStrictEqual(claims('Manning joined the board, saying the pier was unsafe.'), [['the pier was unsafe', 'saying', 'Manning']]);
  });

  it('draws the kind of organization and its modifiers before the name into the source', () => {
    assert.deepStrictEqual(drawnSources('The Norwegian newspaper Nordlys noted that the pier was unsafe.'), ['The Norwegian newspaper Nordlys']);
    assert.deepStrictEqual(drawnSources('A study by the consulting firm Holm Analytics found that the pier was unsafe.'), ['A study by the consulting firm Holm Analytics']);
  });

  it('reads a name followed by lower-case words up to the end of the text without running past it', () => {
    // A subject run that reached the last token looked one token beyond it (found by the fuzz test).
    const text = '“The bridge has got even stronger,” Vėjas s';
    assert.doesNotThrow(() => analyze(text));
    assert.ok(analyze(text).claims.every((c) => c.spans.every((s) => s.end <= text.length)));
  });
});
