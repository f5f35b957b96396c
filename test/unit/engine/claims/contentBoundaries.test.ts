import * as assert from 'assert';
import { findClaims } from '../../../../src/engine/claims';
import { splitLines } from '../../../../src/engine/text/paragraphs';

// Where a claim's content starts and ends, one boundary class per case, on sentences of our own.
function contents(text: string): string[] {
  return findClaims(text, splitLines(text), []).claims.map((c) => c.spans.map((s) => text.slice(s.start, s.end)).join(' | '));
}

describe('content boundaries', () => {
  it('takes no relative clause about the adverbial after the cue for the content, and reads on past one set off by commas', () => {
    assert.deepStrictEqual(contents('Kari Holm responded from City Hall, where she is hosting the mayors this week.'), []);
    assert.deepStrictEqual(contents('Holm said in Oslo, where she lives, that the ferry was late.'), ['that the ferry was late']);
    assert.deepStrictEqual(contents('Holm said on Monday, when the vote was held, that she had won.'), ['that she had won']);
  });

  it('starts the clause told to a hearer at its pronoun or article subject, past the hearer and its adverbials, but not past a clause opener', () => {
    assert.deepStrictEqual(contents('Lund told a crowded hall in Bergen on Monday they would keep the ferry.'), ['they would keep the ferry']);
    assert.deepStrictEqual(contents('Roe told the harbour pilots she was sorry.'), ['she was sorry']);
    // A second article right after the hearer's noun opens the clause's subject.
    assert.deepStrictEqual(contents('Roe told the pilots the pier was safe.'), ['the pier was safe']);
    // A question or a relative clause after the hearer keeps its opener.
    assert.deepStrictEqual(contents('Roe asked the pilots whether they would strike.'), ['whether they would strike']);
  });

  it('leaves the content before a final attribution however long its occasion, and reads a participle cue after it as its own claim', () => {
    assert.deepStrictEqual(contents('The ferry will run all winter, she said in a video message to the harbour council.'), ['The ferry will run all winter']);
    assert.deepStrictEqual(contents('The toll is unfair, Lee said on Friday in Oslo, noting the pier was built with public money.'), ['The toll is unfair', 'the pier was built with public money']);
    // A clause opened by a subordinator before the speaker sets the scene; the participle clause stays the content.
    assert.deepStrictEqual(contents('On Friday, even as shares of the ferry line fell, Roe wrote to investors, telling them the line was worth more.'), ['telling them the line was worth more']);
    // "at least" is a quantity, not a place: the clause after the cue is the content.
    assert.deepStrictEqual(contents('As the parade passed, the paper reported at least six boats sank in the harbour.'), ['at least six boats sank in the harbour']);
  });

  it('ends the "as" complement of "described X as …" before a time or an occasion, not inside a phrase of its own', () => {
    assert.deepStrictEqual(contents('Lund described the toll as a “broken system” during a campaign stop in Bergen.'), ['the toll as a “broken system”']);
    assert.deepStrictEqual(contents('Roe described Lund as a disgrace on Wednesday.'), ['Lund as a disgrace']);
    assert.deepStrictEqual(contents('Roe described Lund as a hero of the war on drugs.'), ['Lund as a hero of the war on drugs']);
    // A quoted "as" complement right after the verb is the content; the object after it is what it was said of.
    assert.deepStrictEqual(contents('Roe described as “absurd” the plan to close the pier.'), ['as “absurd”']);
  });

  it('keeps a relative clause set off by commas inside the content when the reported predicate resumes after it', () => {
    assert.deepStrictEqual(contents('Roe said that the toll, which some have argued was a ploy, was an insult to voters.'), ['that the toll, which some have argued was a ploy, was an insult to voters']);
    // A relative clause that ends the reported clause is the writer's.
    assert.deepStrictEqual(contents('Roe said she called Lund, who was in Oslo.'), ['she called Lund']);
  });

  it('takes no clause of time with its own subject right after a speech verb for the content', () => {
    assert.deepStrictEqual(contents('Roe said as he left the hall.'), []);
    assert.deepStrictEqual(contents('Lund, shivering on the pier, said before he left.'), []);
    assert.deepStrictEqual(contents('The toll is an insult to all fishermen, harbour leaders said on Friday, as they walked out of the long meeting about the future of the old harbour board.'), ['The toll is an insult to all fishermen']);
    assert.deepStrictEqual(contents('Lund said before he left that the toll was fair.'), ['that the toll was fair']);
    // "as much" is no clause.
    assert.deepStrictEqual(contents('Lund said as much.'), ['as much']);
  });

  it('leaves out the closing bracket of an aside the claim stands in, and keeps a bracket the content opens', () => {
    assert.deepStrictEqual(contents('The ferry sank in May. (The operator has said that it will pay the families.)'), ['that it will pay the families']);
    assert.deepStrictEqual(contents('(The mayor later said the pier was safe)'), ['the pier was safe']);
    assert.deepStrictEqual(contents('Lee said the harbour (which is old) was unsafe.'), ['the harbour (which is old) was unsafe']);
    assert.deepStrictEqual(contents('Lee said the toll would rise (by ten percent).'), ['the toll would rise (by ten percent)']);
  });

  it('ends the content at a coordinated cue inflected as its own, and goes on over a verb of the reported clause', () => {
    // A verb that does not agree with the cue's belongs to the reported clause.
    assert.deepStrictEqual(contents('All three candidates have said they would expand the ferry service and push for a new pier.'), ['they would expand the ferry service and push for a new pier']);
    assert.deepStrictEqual(contents('Critics note that Lee backed the toll and opposed the pier.'), ['that Lee backed the toll and opposed the pier']);
    // The same inflection, a speech verb or a comma: a cue of its own with the same speaker.
    assert.deepStrictEqual(contents('Lee has also called on the council to act and proposed a new toll.'), ['the council to act', 'a new toll']);
    assert.deepStrictEqual(contents('Roe is telling the council that the pier is unsafe and says she will close it.'), ['that the pier is unsafe', 'she will close it']);
    assert.deepStrictEqual(contents('Roe has criticized the tolls that burden commuters, and has called for a new pier.'), ['the tolls that burden commuters', 'a new pier']);
  });

  it('ends an object content before a time, an occasion of speech, "by name" or a predicate that belongs to its verb', () => {
    assert.deepStrictEqual(contents('The dockers union endorsed Ann Lee on Tuesday.'), ['Ann Lee']);
    assert.deepStrictEqual(contents('Roe backed the harbour levy in June 2015.'), ['the harbour levy']);
    assert.deepStrictEqual(contents('Lee criticized the toll plan in a statement.'), ['the toll plan']);
    assert.deepStrictEqual(contents('She did not mention Roe by name.'), ['Roe']);
    assert.deepStrictEqual(contents('Lee praised the ferry crews later this week.'), ['the ferry crews']);
    // A time inside the object, or in a clause inside it, stays.
    assert.deepStrictEqual(contents('Roe praised the ferry service for decades of work.'), ['the ferry service for decades of work']);
    assert.deepStrictEqual(contents('Lee criticized the toll plan at Monday night’s hearing.'), ['the toll plan at Monday night’s hearing']);
    assert.deepStrictEqual(contents('Lee urged the council to revive the talks it abandoned in 2009.'), ['the council to revive the talks it abandoned in 2009']);
    // A second predicate of the speaker after the object is theirs, not part of it; a coordinated noun stays.
    assert.deepStrictEqual(contents('Roe has not endorsed Ann Lee and has been a critic of the levy.'), ['Ann Lee']);
    assert.deepStrictEqual(contents('Lee praised the ferry crews but would not back the levy.'), ['the ferry crews']);
    // A pronoun or a name takes no modifier: a preposition or a subordinator after it opens the verb's adjunct.
    assert.deepStrictEqual(contents('Most dockers supported her by a wide margin.'), ['her']);
    assert.deepStrictEqual(contents('The union endorsed Ann Lee in the harbour race.'), ['Ann Lee']);
    assert.deepStrictEqual(contents('Many fishermen preferred Lee while the dockers backed Roe.'), ['Lee', 'Roe']);
    assert.deepStrictEqual(contents('Roe has praised Mr. Lee because he fixed the pier.'), ['Mr. Lee']);
    // The means ("by accusing …"), a quotation after the adjunct and the modifier of a common noun stay.
    assert.deepStrictEqual(contents('Roe attacked Lee by accusing her of waste.'), ['Lee by accusing her of waste']);
    assert.deepStrictEqual(contents('Roe often referred to her by a nickname, “Skipper.”'), ['her by a nickname, “Skipper.”']);
    assert.deepStrictEqual(contents('Roe praised the plan in the harbour.'), ['the plan in the harbour']);
    assert.deepStrictEqual(contents('Lee praised the ferry crews and the harbour staff.'), ['the ferry crews and the harbour staff']);
    // A clause reported by a speech verb keeps its time.
    assert.deepStrictEqual(contents('Lee said the pier would open on Tuesday.'), ['the pier would open on Tuesday']);
  });

  it('ends a subordinate claim at its comma, but not at one before "including" or "especially" that goes on with the phrase', () => {
    assert.deepStrictEqual(contents('Although she was the top student, officials decided she should share the prize with two others, a boy and a girl.'), ['she should share the prize with two others']);
    assert.deepStrictEqual(contents('Although she was the top student, officials decided she should share the prize with two others, including a boy from the harbour.'), ['she should share the prize with two others, including a boy from the harbour']);
  });

  it('ends quoting content before "as" with a subject of its own, and goes on over "as" the preposition', () => {
    assert.deepStrictEqual(contents('Roe said the levy was “a disgrace” as she left the hall.'), ['the levy was “a disgrace”']);
    assert.deepStrictEqual(contents('Lee said the mayor was “unfit to serve” as harbour master.'), ['the mayor was “unfit to serve” as harbour master']);
    assert.deepStrictEqual(contents('Lee said the ferry must carry “life rafts” as required by the code.'), ['the ferry must carry “life rafts” as required by the code']);
  });

  it('ends a reported clause before an indefinite medium of speech closing the sentence, not before an occasion it speaks of', () => {
    assert.deepStrictEqual(contents('Lee said the pier was unsafe in an interview with the harbour paper.'), ['the pier was unsafe']);
    assert.deepStrictEqual(contents('Roe argued that the toll was too high during a speech in Bergen.'), ['that the toll was too high']);
    // An occasion the clause is about, a definite one, or one followed by a clause of its own stays.
    assert.deepStrictEqual(contents('Lee said she will speak about the toll at a rally in Bergen.'), ['she will speak about the toll at a rally in Bergen']);
    assert.deepStrictEqual(contents('Lee said the toll came up in the interview.'), ['the toll came up in the interview']);
    assert.deepStrictEqual(contents('Lee said the toll came up in an interview that she gave in May.'), ['the toll came up in an interview that she gave in May']);
  });

  it('resumes the content after a medial "according to" source only past its comma, not in a clause of the writer', () => {
    assert.deepStrictEqual(contents('The new pier, according to the harbour board, will open in May.'), ['The new pier | will open in May']);
    // A relative clause with a short past verb ("who died") inside the source's appositive does not hide the content after it.
    assert.deepStrictEqual(contents('According to papers from Ann Berg, a close friend of the mayor who died in 2019, the council had called the pier a folly.'), ['the council had called the pier a folly']);
    assert.deepStrictEqual(contents('Lee leads the race by ten points, according to a poll by the Bergen Post, but the gap is closing.'), ['Lee leads the race by ten points']);
    assert.deepStrictEqual(contents('Lee leads the race by ten points, according to a survey the Bergen Post published in May.'), ['Lee leads the race by ten points']);
  });

  it('leaves out the scene set before a medial cue when a quoted sentence follows it, and keeps a topic', () => {
    assert.deepStrictEqual(contents('On the subject of the pier, Roe added, “The council knows it is unsafe.”'), ['“The council knows it is unsafe.”']);
    assert.deepStrictEqual(contents('Of the new fees, Roe said, “They will stay as they are.”'), ['Of the new fees | “They will stay as they are.”']);
    assert.deepStrictEqual(contents('The plan, he said, is dead.'), ['The plan | is dead']);
  });

  it('reads on past a medial cue into a clause with a subject of any kind, or one of time or cause', () => {
    assert.deepStrictEqual(contents('But to keep the pier open, Roe said, harbour workers must be paid.'), ['to keep the pier open | harbour workers must be paid']);
    assert.deepStrictEqual(contents('The ferry line was a giant, Lund said, until it closed in 2004.'), ['The ferry line was a giant | until it closed in 2004']);
    // A final attribution with no comma after it still ends the content.
    assert.deepStrictEqual(contents('The ferry line was a giant, Lund said until it closed.'), ['The ferry line was a giant']);
  });

  it('reads a clause coordinated after a final attribution\'s comma as a claim of its own', () => {
    assert.deepStrictEqual(contents('The pier was rebuilt in 1998, harbour records show, and engineers say it now needs repairs.'), ['The pier was rebuilt in 1998', 'it now needs repairs']);
  });

  it('keeps a short phrase before a medial cue as content, but no short phrase before a final one', () => {
    assert.deepStrictEqual(contents('Otherwise, Roe said, the ferry will stop in May.'), ['Otherwise | the ferry will stop in May']);
    assert.deepStrictEqual(contents('Tourism, Lee says, depends on the new pier.'), ['Tourism | depends on the new pier']);
    assert.deepStrictEqual(contents('Commuters, Lee suggested, don’t have to worry about the toll.'), ['Commuters | don’t have to worry about the toll']);
    // Before a final attribution a phrase this short is an answer or an aside, not a claim.
    assert.deepStrictEqual(contents('Yes, Roe said.'), []);
  });

  it('starts the content at a quoted sentence after a lead-in of hearer, medium or manner and its comma, not after a clause', () => {
    assert.deepStrictEqual(contents('Roe told her supporters in Bergen, “We will build the pier.”'), ['“We will build the pier.”']);
    assert.deepStrictEqual(contents('Lee replied evenly, “The toll is fair.”'), ['“The toll is fair.”']);
    // A clause before the comma is content, and so is a verb coordinated with the cue's object.
    assert.deepStrictEqual(contents('Lee said the toll was not the problem, “not by a long shot.”'), ['the toll was not the problem, “not by a long shot.”']);
    assert.deepStrictEqual(contents('Roe backed the levy and said, “It is fair.”'), ['the levy', '“It is fair.”']);
    // A quotation in lower case goes on with the clause; an example list runs into its quotation.
    assert.deepStrictEqual(contents('Lee wrote that Roe, “strongly urged me to run.”'), ['that Roe, “strongly urged me to run.”']);
    assert.deepStrictEqual(contents('Roe said things such as, “The pier is ours.”'), ['things such as, “The pier is ours.”']);
  });

  it('takes a relative "that" before the speaker as the first piece only after the noun it stands for', () => {
    assert.deepStrictEqual(contents('It was a charity that prosecutors said was a front.'), ['that | was a front']);
    // After a copula a "that" opens a clause of its own.
    assert.deepStrictEqual(contents('What is clear is that officials said the pier was unsafe.'), ['the pier was unsafe']);
  });

  it('leaves out a title-case quotation that a word leads into after the cue, and keeps one that goes on after a comma', () => {
    assert.deepStrictEqual(contents('“It is nonsense,” Roe said on “Meet the Press.”'), ['“It is nonsense,”']);
    assert.deepStrictEqual(contents('“The pier is safe,” Lee told Harbour Radio’s “Morning Show” on Monday.'), ['“The pier is safe,”']);
    assert.deepStrictEqual(contents('“The toll is fair,” Lee said, “and it will stay.”'), ['“The toll is fair,” | “and it will stay.”']);
  });

  it('starts the content at a quoted sentence after a lead-in of a word or two and a colon, not after a longer object', () => {
    assert.deepStrictEqual(contents('Lee tweeted this: “The pier is closed.”'), ['“The pier is closed.”']);
    assert.deepStrictEqual(contents('Roe added a caveat: “The toll stays.”'), ['“The toll stays.”']);
    // A longer object before the colon is what the quotation spells out.
    assert.deepStrictEqual(contents('Roe revealed a few facts about the vote: “Most voters stayed home.”'), ['a few facts about the vote: “Most voters stayed home.”']);
  });

  it('keeps an object or an infinitive right after a cue whole, with the "that" inside it, and looks past adverbials for the cue\'s "that"', () => {
    assert.deepStrictEqual(contents('Roe repeated accusations that the council hid the report.'), ['accusations that the council hid the report']);
    assert.deepStrictEqual(contents('Lee hopes to avoid any delay that could hurt the ferry.'), ['to avoid any delay that could hurt the ferry']);
    // A time, a preposition, an adverb or a hearer before "that" leaves the clause the content.
    assert.deepStrictEqual(contents('Roe said on Tuesday that the pier is unsafe.'), ['that the pier is unsafe']);
    assert.deepStrictEqual(contents('Lee said instead that the toll is fair.'), ['that the toll is fair']);
    assert.deepStrictEqual(contents('Roe told the committee that the pier is unsafe.'), ['that the pier is unsafe']);
    // An attitude noun expressed: its clause is what is reported.
    assert.deepStrictEqual(contents('Lee expressed concern that the toll would rise.'), ['that the toll would rise']);
  });

  it('passes over a time after the cue but not a "this" or "last" that opens the content, nor a time that is its subject or its possessor', () => {
    assert.deepStrictEqual(contents('Lee said this week that the toll is fair.'), ['that the toll is fair']);
    assert.deepStrictEqual(contents('Lee said Tuesday the toll is fair.'), ['the toll is fair']);
    assert.deepStrictEqual(contents('Economists believe this raises the cost of the ferry.'), ['this raises the cost of the ferry']);
    assert.deepStrictEqual(contents('Roe said last year was hard for the harbour.'), ['last year was hard for the harbour']);
    // A time with a possessive opens the content's noun phrase.
    assert.deepStrictEqual(contents('Lee said Monday’s vote was fair.'), ['Monday’s vote was fair']);
    assert.deepStrictEqual(contents('Roe said last week’s vote was fair.'), ['last week’s vote was fair']);
  });

  it('looks for the cue\'s "that" past a phrase whose noun is a cue\'s form, and past "late" or "early" before a time', () => {
    assert.deepStrictEqual(contents('Roe said in her closing remarks that the pier was safe.'), ['that the pier was safe']);
    assert.deepStrictEqual(contents('Lee said late Tuesday that the ferry would run.'), ['that the ferry would run']);
    // "late" or "early" before no time opens the content; the object holding a speech noun stays (its clause is the noun's claim too).
    assert.deepStrictEqual(contents('Lee said late fees would rise.'), ['late fees would rise']);
    assert.deepStrictEqual(contents('Roe rejected Lee’s claim that the pier was safe.'), ['Lee’s claim that the pier was safe', 'that the pier was safe']);
  });

  it('goes on over a passive with a contracted negation, whose subject is no speaker of its own ("weren\'t disclosed")', () => {
    assert.deepStrictEqual(contents('The paper said that the fees and the sums weren’t disclosed by the council.'), ['that the fees and the sums weren’t disclosed by the council']);
    assert.deepStrictEqual(contents('Lee said the dates and the tolls wasn\'t announced.'), ['the dates and the tolls wasn\'t announced']);
  });

  it('ends the clause of a speech noun in the sentence\'s subject where the sentence\'s predicate resumes, and reads "\'s" there as a possessive', () => {
    assert.deepStrictEqual(contents('The union’s warning that wages would fall was ignored by the board.'), ['that wages would fall']);
    assert.deepStrictEqual(contents('Her insistence that the ferry would run because the storm had passed drew laughs.'), ['that the ferry would run because the storm had passed']);
    // An object holding the noun gives one claim, not a second one for "'s" read as "is".
    assert.deepStrictEqual(contents('The board ignored the union’s warning that wages would fall.'), ['that wages would fall']);
    // With no predicate after the clause, or after a pronoun, "'s" is "is".
    assert.deepStrictEqual(contents('He’s warning that wages would fall.'), ['that wages would fall']);
  });

  it('draws the "to" of "respond to", "reply to" or "admit to" in the cue, and starts the content after it; an infinitive\'s "to" stays', () => {
    assert.deepStrictEqual(contents('Lee did not respond to a request for comment.'), ['a request for comment']);
    assert.deepStrictEqual(contents('Roe replied to the letter from the dockers.'), ['the letter from the dockers']);
    assert.deepStrictEqual(contents('Lee wanted to reshape the harbour.'), ['to reshape the harbour']);
  });
});
