import * as assert from 'assert';
import { analyze } from '../../../../src/engine/analyze';
import { findClaims } from '../../../../src/engine/claims';
import { splitLines } from '../../../../src/engine/text/paragraphs';

// Reported speech without quotation marks, one construction per case: [content pieces, cue, speaker].
type Row = [string, string | undefined, string | undefined];

function reported(text: string): Row[] {
  return findClaims(text, splitLines(text), []).claims.map((c) => [c.spans.map((s) => text.slice(s.start, s.end)).join(' | '), c.cue?.text, c.speaker?.text]);
}

/** The claims of a headline line set above a body paragraph, as an article opens. */
const headlineClaims = (line: string): Row[] => reported(`${line}\n\nThe chief spoke on Monday.`);

describe('reported claims', () => {
  it('reads answers and rebukes with their particle ("pushed back on", "sided with", "spoke out against") and the stance verbs "apologize", "champion", "retweet"', () => {
    const cues = (text: string): Array<string | undefined> => reported(text).map((r) => r[1]);
    assert.deepStrictEqual(cues('The harbour board pushed back on claims that the pier is unsafe.'), ['pushed back on']);
    assert.deepStrictEqual(cues('Lee sided with the fishermen in the dispute over the toll.'), ['sided with']);
    assert.deepStrictEqual(cues('The mayor spoke out against the plan to close the ferry line.'), ['spoke out against']);
    assert.deepStrictEqual(cues('Lee apologized for her remarks about the ferry crews.'), ['apologized for']);
    assert.deepStrictEqual(cues('Roe has long championed a new bridge over the harbour.'), ['has long championed']);
    assert.deepStrictEqual(cues('Roe retweeted a photo of the crowded ferry terminal.'), ['retweeted']);
    // "champion" the noun is no cue.
    assert.deepStrictEqual(cues('The old pier is where the boxing champion grew up.'), []);
    // Nor is it a title between a name and a name; a verb there would agree with its subject.
    assert.deepStrictEqual(cues('Olympic champion Kari Holm won the race in Bergen.'), []);
    assert.deepStrictEqual(cues('Roe will champion Lee in the harbour vote.'), ['will champion']);
  });

  it('reads "about" or "against" after a cue other than "say" as its topic even when a comma follows, not as an adverbial before the content', () => {
    assert.deepStrictEqual(reported('The skipper complained about the fog horn, claiming it had been tampered with.'), [
      ['the fog horn', 'complained about', 'The skipper'],
      ['it had been tampered with', 'claiming', 'The skipper'],
    ]);
  });

  it('reads past "together", "jointly" or "almost" (part of the cue) and "however" (not part of it) to the speaker before them', () => {
    assert.deepStrictEqual(reported('The ferry unions, which jointly called for a strike, met on Monday.'), [['a strike', 'jointly called for', 'The ferry unions']]);
    assert.deepStrictEqual(reported('Lund however said the offer was fair.'), [['the offer was fair', 'said', 'Lund']]);
    assert.deepStrictEqual(reported('The pilots almost unanimously rejected the offer.'), [['the offer', 'almost unanimously rejected', 'The pilots']]);
  });
  it('reads a capitalised "May" or "Will" after a name and before a past or -s verb as a surname, not a modal', () => {
    assert.deepStrictEqual(reported('Prime Minister Kari May said the ferry would run.'), [['the ferry would run', 'said', 'Prime Minister Kari May']]);
    assert.deepStrictEqual(reported('Ms. May tells reporters the pier is safe.'), [['the pier is safe', 'tells', 'Ms. May']]);
    // A modal stays a modal before its base form, capitalised or not.
    assert.deepStrictEqual(reported('Lund may say the pier is safe.'), [['the pier is safe', 'may say', 'Lund']]);
  });
  it('reads the indirect question after a negated speech verb as its content, not as the occasion of speaking', () => {
    assert.deepStrictEqual(reported('The pilots have not said when they will walk out.'), [['when they will walk out', 'have not said', 'The pilots']]);
    assert.deepStrictEqual(reported('Ms. Berg isn\'t saying whether she will stand again.'), [['whether she will stand again', 'isn\'t saying', 'Ms. Berg']]);
    // Not negated, a clause of time after "said" tells when it was said.
    assert.deepStrictEqual(reported('The pilots said when they arrived that the pier was shut.'), [['that the pier was shut', 'said', 'The pilots']]);
  });

  it('reads a noun-like base form right after a singular subject as the head of a noun phrase, not a cue', () => {
    const cues = (text: string): Array<string | undefined> => reported(text).map((r) => r[1]);
    assert.deepStrictEqual(cues('Residents could join a harbour plan similar to the old one.'), []);
    assert.deepStrictEqual(cues('A third of that, per the Lund plan, is paid by the city.'), []);
    // A plural subject, coordinated names, a plural without -s, or a past like the base agree with it.
    assert.deepStrictEqual(cues('The dock workers support the new toll.'), ['support']);
    assert.deepStrictEqual(cues('Roe and Lee support the new toll.'), ['support']);
    assert.deepStrictEqual(cues('The police plan to close the pier.'), ['plan']);
    assert.deepStrictEqual(cues('Last year Roe forecast that the ferry would lose money.'), ['forecast']);
  });

  it('reads a relative "that" after a noun as "who": the noun speaks, and a restrictive clause ends where the main verb resumes', () => {
    assert.deepStrictEqual(reported('A group that endorsed Lund in the spring launched a petition.'), [['Lund', 'endorsed', 'A group']]);
    assert.deepStrictEqual(reported('Groups that have endorsed Lund say the toll is unfair.'), [['Lund', 'have endorsed', 'Groups'], ['the toll is unfair', 'say', 'Groups']]);
    // A thing holds no view unless a speech verb says so; a "that" after a verb is a conjunction.
    assert.deepStrictEqual(reported('He wore a hat that supports Lund.'), []);
    assert.deepStrictEqual(reported('He wore a hat that says the ferry is late.'), [['the ferry is late', 'says', 'a hat']]);
    assert.deepStrictEqual(reported('He argued that elected members should vote.'), [['that elected members should vote', 'argued', 'He']]);
  });

  it('reads a passive cue with its agent: the agent after "by" speaks of the subject, with the charge after the agent', () => {
    assert.deepStrictEqual(reported('The toll plan was rejected by 64 percent of the voters.'), [['The toll plan', 'was rejected', '64 percent of the voters']]);
    assert.deepStrictEqual(reported('Her remarks were quickly derided by Jon Berg.'), [['Her remarks', 'were quickly derided', 'Jon Berg']]);
    assert.deepStrictEqual(reported('Lund has been rebuked by fishermen for his plan to close the harbour.'), [['Lund | for his plan to close the harbour', 'has been rebuked', 'fishermen']]);
    assert.deepStrictEqual(reported('The mayor was accused by a local reporter of hiding the costs.'), [['The mayor | of hiding the costs', 'was accused', 'a local reporter']]);
    // A relative pronoun is the subject; an adverb set off by commas is not.
    assert.deepStrictEqual(reported('The ferry plan, which was criticized by the union, will cost more.'), [['which', 'was criticized', 'the union']]);
    assert.deepStrictEqual(reported('Jon Berg, meanwhile, has been praised by the union.'), [['Jon Berg', 'has been praised', 'the union']]);
    // Not a question put by the agent, nor a verb that is no cue, nor a means ("by saying").
    assert.deepStrictEqual(reported('Lund was asked by a reporter about the toll.'), []);
    assert.deepStrictEqual(reported('The ferry was delayed by the storm.'), []);
  });

  it('reads "X, which …, said fares rose" with X as the speaker, not as a content before an inverted "said fares"', () => {
    assert.deepStrictEqual(reported('The harbour board, which runs the ferries, said fares rose.'), [['fares rose', 'said', 'The harbour board']]);
    assert.deepStrictEqual(reported('The ferry was late, said the harbour master.'), [['The ferry was late', 'said', 'the harbour master']]);
  });

  it('ends the content of a cue in a relative clause set off by commas at its closing comma, across a manner adverb before the cue', () => {
    assert.deepStrictEqual(reported('Older residents, who strongly support Berg, have also seen their pensions rise.'), [['Berg', 'strongly support', 'Older residents']]);
    assert.deepStrictEqual(reported('The pilots, who openly backed the levy, were surprised by the vote.'), [['the levy', 'openly backed', 'The pilots']]);
  });

  it('reads "made clear" as a cue whose content is the clause or object after it', () => {
    assert.deepStrictEqual(reported('Lee made clear that the ferry would stop in May.'), [['that the ferry would stop in May', 'made clear', 'Lee']]);
    assert.deepStrictEqual(reported('The harbour board has made clear it will not raise the levy.'), [['it will not raise the levy', 'has made clear', 'The harbour board']]);
    // With its object "it" inside, and a degree word before "clear".
    assert.deepStrictEqual(reported('Lee made it clear that the ferry would stop in May.'), [['that the ferry would stop in May', 'made it clear', 'Lee']]);
    assert.deepStrictEqual(reported('The harbour board has made it abundantly clear it will not raise the levy.'), [['it will not raise the levy', 'has made it abundantly clear', 'The harbour board']]);
    // "made it" with anything else is no cue.
    assert.deepStrictEqual(reported('Lee made it a priority to fix the pier.'), []);
  });

  it('gives an -ing cue after a verb that takes a gerund to the subject before that verb, not to a phrase ending in the verb', () => {
    assert.deepStrictEqual(reported('Lee avoids condemning the levy on the harbour ferries.'), [['the levy on the harbour ferries', 'condemning', 'Lee']]);
    assert.deepStrictEqual(reported('The union kept saying the levy would ruin the harbour.'), [['the levy would ruin the harbour', 'saying', 'The union']]);
  });

  it('takes a poll, a document or data as the source of what it shows or finds', () => {
    assert.deepStrictEqual(reported('New filings show the campaign has less than $2 million in the bank.'), [
      ['the campaign has less than $2 million in the bank', 'show', 'New filings'],
    ]);
    assert.deepStrictEqual(reported('Most residents oppose the new bridge over the river, the survey found.'), [
      ['Most residents oppose the new bridge over the river', 'found', 'the survey'],
    ]);
    assert.deepStrictEqual(reported('Another slide shows that eight of 10 ferries are late.'), [['that eight of 10 ferries are late', 'shows', 'Another slide']]);
    assert.deepStrictEqual(reported('Polling averages show the mayor ahead.'), [['the mayor ahead', 'show', 'Polling averages']]);
    // A participle and its time after the evidential noun: "The poll released Friday shows …".
    assert.deepStrictEqual(reported('The survey released Friday shows that most pilots back the toll.'), [['that most pilots back the toll', 'shows', 'The survey released Friday']]);
    // A person-like subject is still needed for other noun-like cues: "six states" is no speaker.
    assert.deepStrictEqual(reported('The six states report to the federal agency every month.'), []);
  });

  it('finds raising verbs as unattributed claims with the subject and the clause after the verb', () => {
    assert.deepStrictEqual(reported('The harbour authority is widely expected to approve the plan next week.'), [
      ['The harbour authority | to approve the plan next week', 'is widely expected', undefined],
    ]);
    assert.deepStrictEqual(reported('A growing number of farmers appear to be leaving the cooperative.'), [
      ['A growing number of farmers | to be leaving the cooperative', 'appear', undefined],
    ]);
    assert.deepStrictEqual(reported('The regional bank, which has kept its rates low for years, is expected to raise them in May.'), [
      ['The regional bank, which has kept its rates low for years | to raise them in May', 'is expected', undefined],
    ]);
    assert.deepStrictEqual(reported('It seems, however, that the ferry will not run this winter.'), [['that the ferry will not run this winter', 'seems', undefined]]);
    // Not raising: "appeared" without a clause, "expected" as an active verb of a named person.
    assert.deepStrictEqual(reported('The mayor appeared on the balcony at noon.'), []);
  });

  it('reads a question put to someone as a claim of its own, before or after the answer', () => {
    assert.deepStrictEqual(reported('Asked whether she would stand again, Ms. Okafor said she had not decided.'), [
      ['whether she would stand again', 'Asked', undefined],
      ['she had not decided', 'said', 'Ms. Okafor'],
    ]);
    assert.deepStrictEqual(reported('Ms. Okafor said she had not decided when asked about the coming election.'), [
      ['she had not decided', 'said', 'Ms. Okafor'],
      ['the coming election', 'asked about', undefined],
    ]);
    // The asker named as subject is the ordinary reporting verb.
    assert.deepStrictEqual(reported('The judge asked if the witness had seen the car.'), [['if the witness had seen the car', 'asked', 'The judge']]);
  });

  it('ends reported content at a semicolon and before a relative clause or appositive set off by a comma', () => {
    assert.deepStrictEqual(reported('The minister said the port would reopen in May, which surprised the unions.'), [['the port would reopen in May', 'said', 'The minister']]);
    assert.deepStrictEqual(reported('The coach said the team was tired; the players disagreed.'), [['the team was tired', 'said', 'The coach']]);
    assert.deepStrictEqual(reported('Ms. Berg said she would vote for Tom Harlow, a retired teacher.'), [['she would vote for Tom Harlow', 'said', 'Ms. Berg']]);
  });

  it('reads "call for", "call on", "push for", "talk about" and "point to" as cues whose object is the content', () => {
    assert.deepStrictEqual(reported('The union called for a strike at the shipyard that employs 900 people.'), [
      ['a strike at the shipyard that employs 900 people', 'called for', 'The union'],
    ]);
    assert.deepStrictEqual(reported('She called on the council to delay the vote.'), [['the council to delay the vote', 'called on', 'She']]);
    assert.deepStrictEqual(reported('The mayor pointed to the falling number of burglaries.'), [['the falling number of burglaries', 'pointed to', 'The mayor']]);
    // "call" alone names (“called it a disgrace”) and reports only around a quotation, or with a pronoun object and
    // a lower-case complement ("called him divisive"), which is a judgement, not a name.
    assert.deepStrictEqual(reported('Friends called him Sandy.'), []);
    assert.deepStrictEqual(reported('The ferry captain called him reckless.'), [['him reckless', 'called', 'The ferry captain']]);
    assert.deepStrictEqual(reported('Ms. Berg calls herself a harbour romantic.'), [['herself a harbour romantic', 'calls', 'Ms. Berg']]);
    assert.deepStrictEqual(reported('The ferry captain called him back on Tuesday.'), []);
    // Any object and then an indefinite description: what the speaker called it.
    assert.deepStrictEqual(reported('The pilots have called the new toll on the bridge a tax on tourists.'), [['the new toll on the bridge a tax on tourists', 'have called', 'The pilots']]);
    assert.deepStrictEqual(reported('Ms. Berg called the mayor an obvious phony.'), [['the mayor an obvious phony', 'called', 'Ms. Berg']]);
    // An object opened by a determiner or a possessive name and then an adjective ending the clause: a judgement.
    assert.deepStrictEqual(reported('The pilots called the new tolls unlawful and said they would sue.'), [
      ['the new tolls unlawful', 'called', 'The pilots'],
      ['they would sue', 'said', 'The pilots'],
    ]);
    assert.deepStrictEqual(reported('Ms. Berg called Lund\'s fare plan plainly cynical.'), [['Lund\'s fare plan plainly cynical', 'called', 'Ms. Berg']]);
    assert.deepStrictEqual(reported('The mayor called the harbour police.'), []);
    assert.deepStrictEqual(reported('The mayor called the pilots early.'), []);
    // A meeting called, a time or an amount after "a", a place inside the object, or a name given name nothing.
    assert.deepStrictEqual(reported('The mayor called a meeting for Tuesday.'), []);
    assert.deepStrictEqual(reported('The mayor called the pilots a week later.'), []);
    assert.deepStrictEqual(reported('The pilots held a party called the Harbour Ball at a former factory.'), []);
    assert.deepStrictEqual(reported('The mayor called half a dozen pilots.'), []);
  });

  it('ends reported content before a source of its own: ", according to …", which reports the whole clause', () => {
    assert.deepStrictEqual(reported('Most tenants said the rent was too high, according to a survey by the city.'), [
      ['Most tenants said the rent was too high', 'according to', 'a survey by the city'],
      ['the rent was too high', 'said', 'Most tenants'],
    ]);
  });

  it('draws the appositive after an "according to" source into the source, not the content, and lets the author after "by" speak', () => {
    const sources = (text: string): Array<[string, string | undefined, string]> =>
      findClaims(text, splitLines(text), []).claims.map((c) => [c.spans.map((s) => text.slice(s.start, s.end)).join(' | '), c.speaker?.text, c.speaker?.phrase ? text.slice(c.speaker.phrase.start, c.speaker.phrase.end) : '']);
    assert.deepStrictEqual(sources('The ferry will stop in May, according to Jo Roe, a veteran harbour pilot.'), [['The ferry will stop in May', 'Jo Roe', 'Jo Roe, a veteran harbour pilot']]);
    assert.deepStrictEqual(sources('According to Kari Holm, the union’s spokeswoman, the strike will go on.'), [['the strike will go on', 'Kari Holm', 'Kari Holm, the union’s spokeswoman']]);
    assert.deepStrictEqual(sources('The toll would double, according to an analysis by Ann Lee, a former port economist.'), [['The toll would double', 'Ann Lee', 'an analysis by Ann Lee, a former port economist']]);
    // A clause after the comma is the content, even with an irregular verb.
    assert.deepStrictEqual(sources('According to the same poll, the mayor’s support fell in August.'), [['the mayor’s support fell in August', 'the same poll', '']]);
  });

  it('takes the one-word object of an attitude verb as its content, but not a one-word tail of a speech verb', () => {
    assert.deepStrictEqual(reported('The union endorsed Harlow.'), [['Harlow', 'endorsed', 'The union']]);
    assert.deepStrictEqual(reported('The mayor criticized them.'), [['them', 'criticized', 'The mayor']]);
    assert.deepStrictEqual(reported('The mayor said nothing.'), []);
  });

  it('keeps a coordinated attribution with its own speaker apart from the first', () => {
    assert.deepStrictEqual(reported('Most fishermen said the quota was too low, and two in three said the same of the fuel tax.'), [
      ['the quota was too low', 'said', 'Most fishermen'],
      ['the same of the fuel tax', 'said', 'two in three'],
    ]);
  });

  it('ends the subject of a participle\'s clause before an irregular past verb ("The mayor spoke to reporters, warning …")', () => {
    assert.deepStrictEqual(reported('The harbour master spoke to the crews on Monday, warning that the pier would close.'), [
      ['that the pier would close', 'warning', 'The harbour master'],
    ]);
    assert.deepStrictEqual(reported('The ferry captain swore at the council on Monday, insisting the toll was unfair.'), [
      ['the toll was unfair', 'insisting', 'The ferry captain'],
    ]);
  });

  it('takes the phrase after "with" as the speaker of a participle: "with 40 percent of members saying …"', () => {
    assert.deepStrictEqual(reported('The strike vote passed easily, with 40 percent of members saying they would walk out.'), [
      ['they would walk out', 'saying', '40 percent of members'],
    ]);
  });

  it('reads "describe … as …" without quotation marks, and speakers written as "who" or a percentage', () => {
    assert.deepStrictEqual(reported('The inspector described the bridge as unsafe for heavy trucks.'), [['the bridge as unsafe for heavy trucks', 'described', 'The inspector']]);
    assert.deepStrictEqual(reported('Turnout rose among farmers who said the subsidy cuts hurt them.'), [['the subsidy cuts hurt them', 'said', 'farmers']]);
    assert.deepStrictEqual(reported('Nearly half, 47% say the city should build more housing.'), [['the city should build more housing', 'say', '47%']]);
    // A short scene-setting phrase before the speaker is not the content, even when the tail after the cue is short.
    assert.deepStrictEqual(reported('In the survey, 47% say the city should build more housing.'), [['the city should build more housing', 'say', '47%']]);
  });

  it('reads a "Speaker: statement" headline as a claim of the speaker, but not a label or a list entry', () => {
    const text = 'Harbour chief: Ferry fares will rise ‘for the last time’\n\nThe Latest: Ferry fares rise again\n\nTotal: 1,204 votes\n\nBREAKING: Ferry fares will rise in May\n\nThe chief spoke on Monday.';
    assert.deepStrictEqual(reported(text), [['Ferry fares will rise ‘for the last time’', ':', 'Harbour chief']]);
  });

  it('reads a headline speaker before whom it addresses, its topic or its place, a name holding a label word, and a first part before a semicolon', () => {
    assert.deepStrictEqual(headlineClaims('Roe to Harbour Council: Lee will lose the vote'), [['Lee will lose the vote', ':', 'Roe']]);
    assert.deepStrictEqual(headlineClaims('Roe on Ferry Fares: They Will Rise Again'), [['They Will Rise Again', ':', 'Roe']]);
    assert.deepStrictEqual(headlineClaims('Harbour Watch: Ferry fares will rise in May'), [['Ferry fares will rise in May', ':', 'Harbour Watch']]);
    assert.deepStrictEqual(headlineClaims('Roe: Ferry fares will rise in May; Lee: no'), [['Ferry fares will rise in May', ':', 'Roe']]);
    // A label still opens no speaker, nor does a lower-case phrase after "to".
    assert.deepStrictEqual(headlineClaims('Watch Live: Ferry fares will rise in May'), []);
    assert.deepStrictEqual(headlineClaims('Later to come: fares in Bergen, Oslo and Molde'), []);
  });

  it('reads no speaker in a label that opens with a preposition, a verb form or a contact field', () => {
    const labels = [
      'At Riverside: Home side won the toss and chose to bat',
      'Postponed: Harbour Town against Lakeside Rovers on Saturday',
      'Playing Sunday: the two clubs meet again at the old ground',
      'Email: write to the harbour office about ferry times',
    ];
    for (const line of labels) assert.deepStrictEqual(headlineClaims(line), [], line);
    // A name that ends like a verb form speaks ("Ted", "Manning").
    assert.deepStrictEqual(headlineClaims('Manning: Ferry fares will rise in May'), [['Ferry fares will rise in May', ':', 'Manning']]);
    assert.deepStrictEqual(headlineClaims('Ted Roe: Ferry fares will rise in May'), [['Ferry fares will rise in May', ':', 'Ted Roe']]);
  });

  it('does not make a person of a headline speaker that describes rather than names', () => {
    const text = 'Harbour chief: Ferry fares will rise in May\n\nThe harbour chief, Ana Ruiz, spoke on Monday.';
    const analysis = analyze(text);
    assert.deepStrictEqual(analysis.claims.map((c) => [c.text, c.speaker?.text]), [['Ferry fares will rise in May', 'Harbour chief']]);
    assert.ok(!analysis.entities.some((e) => e.name === 'Harbour chief'), analysis.entities.map((e) => e.name).join(', '));
  });

  it('reads no claim in a "Label: data" line of scores or figures', () => {
    assert.deepStrictEqual(reported('Leeds: Kent 281 (J. Marr 96, P. Oduya 47), Durham 164-7'), []);
    assert.deepStrictEqual(reported('Scores: Kent 228-9 in 50 overs, Essex 232-6 in 45.5 overs.'), []);
  });

  it('makes no person of a capitalised common noun opening the sentence ("Analysts said …")', () => {
    const text = 'Analysts said the bank would cut rates. Most analysts expect a cut in May.\n\nTraders said the market was calm.';
    const analysis = analyze(text);
    assert.deepStrictEqual(analysis.claims.map((c) => c.speaker?.text), ['Analysts', 'Most analysts', 'Traders']);
    assert.deepStrictEqual(analysis.entities.filter((e) => e.type === 'person').map((e) => e.name), []);
  });

  it('reads quotations signed with a dash and a name, each its own claim', () => {
    const text = '“The ferry is the lifeline of this island.” ― Marta Oyelaran\n“Nobody asked us.”— Jon de Vries.\n“We will fight this in court, every step of the way.”\n“It was a long night” — and then the lights went out.';
    assert.deepStrictEqual(reported(text), [
      ['“The ferry is the lifeline of this island.”', '―', 'Marta Oyelaran'],
      ['“Nobody asked us.”', '—', 'Jon de Vries'],
      ['“We will fight this in court, every step of the way.”', undefined, undefined],
    ]);
  });

  it('reads a signed quotation that quotes inside it or opens with a closing mark, as some sites print it', () => {
    const text = '”We asked for a bridge and were handed what the mayor calls “a vision” instead.” ― Marta Oyelaran';
    assert.deepStrictEqual(reported(text), [['”We asked for a bridge and were handed what the mayor calls “a vision” instead.”', '―', 'Marta Oyelaran']]);
  });

  it('keeps earlier reporting rules: declined to comment, progressive cues, a singular subject before an -s cue', () => {
    assert.deepStrictEqual(reported('A spokesman for the port declined to comment on the sale.'), [['to comment on the sale', 'declined', 'A spokesman for the port']]);
    assert.deepStrictEqual(reported('The governor is telling supporters that the vote will be close.'), [['that the vote will be close', 'is telling', 'The governor']]);
    assert.deepStrictEqual(reported('A new study shows that the lake is warming faster than the sea.'), [['that the lake is warming faster than the sea', 'shows', 'A new study']]);
  });
  it('reads stance verbs that offer, repeat, remind, decide, favour, prefer or back as cues', () => {
    assert.deepStrictEqual(reported('The harbour master offered a compromise on the mooring fees.'), [['a compromise on the mooring fees', 'offered', 'The harbour master']]);
    assert.deepStrictEqual(reported('Mr. Adeyemi repeated his promise to rebuild the market hall.'), [['his promise to rebuild the market hall', 'repeated', 'Mr. Adeyemi']]);
    assert.deepStrictEqual(reported('The council decided to close the library on Sundays.'), [['to close the library on Sundays', 'decided', 'The council']]);
    assert.deepStrictEqual(reported('Most fishermen prefer a later start to the season.'), [['a later start to the season', 'prefer', 'Most fishermen']]);
    assert.deepStrictEqual(reported('The union backed the new contract for dock workers.'), [['the new contract for dock workers', 'backed', 'The union']]);
    // "back" the adverb is no cue.
    assert.deepStrictEqual(reported('The ferry came back to the harbour at noon.'), []);
  });
  it('reads a relative clause\'s cue as its own claim, not as the trailing attribution of the whole sentence', () => {
    assert.deepStrictEqual(reported('Most growers say the harvest came early, compared with a third who say the same of last year.'), [
      ['the harvest came early', 'say', 'Most growers'],
      ['the same of last year', 'say', 'a third'],
    ]);
    // A relative pronoun before the subject of the later cue: the first cue keeps its content.
    assert.deepStrictEqual(reported('Lund says the ferry is late again, a delay that he said was avoidable.'), [
      ['the ferry is late again', 'says', 'Lund'],
      ['that | was avoidable', 'said', 'he'],
    ]);
  });

  it('reads a final attribution first when a participle cue or the speaker\'s appositive follows it', () => {
    assert.deepStrictEqual(reported('The port did not complain when exports grew, a harbour official said, adding that the cost was hard to estimate.'), [
      ['The port did not complain when exports grew', 'said', 'a harbour official'],
      ['that the cost was hard to estimate', 'adding', 'a harbour official'],
    ]);
    assert.deepStrictEqual(reported('Lund lacks support from his colleagues, said Jo Roe, director of the Centre for Politics.'), [['Lund lacks support from his colleagues', 'said', 'Jo Roe']]);
    // A clause between commas is no appositive of the name before it.
    assert.deepStrictEqual(reported('In Bergen, the race will be tight, said Jo Roe.'), [['In Bergen, the race will be tight', 'said', 'Jo Roe']]);
    assert.deepStrictEqual(reported('The offer did not go over well with Lund, and the talks stalled from there, said one source in the room.'), [
      ['The offer did not go over well with Lund, and the talks stalled from there', 'said', 'one source'],
    ]);
  });

  it('finds the name before a parenthesis however long, with a comma after it or not, and keeps the parenthesis in the source', () => {
    const source = (text: string): Array<[string | undefined, string]> =>
      findClaims(text, splitLines(text), []).claims.map((c) => [c.speaker?.text, c.speaker ? text.slice(c.speaker.phrase?.start ?? c.speaker.start, c.speaker.phrase?.end ?? c.speaker.end) : '']);
    assert.deepStrictEqual(source('Sen. Jo Reed (D-Ore.), said after a lunch that the plan was late.'), [['Sen. Jo Reed', 'Sen. Jo Reed (D-Ore.)']]);
    assert.deepStrictEqual(source('Jo Lund (a mayor so young she has been mistaken for an intern) says the pier is safe.'), [['Jo Lund', 'Jo Lund (a mayor so young she has been mistaken for an intern)']]);
  });

  it('keeps a phrase of place after the head in the source: "across", "within", and a count as the head', () => {
    assert.deepStrictEqual(reported('Most voters across the four districts said that the levy was fair.'), [['that the levy was fair', 'said', 'Most voters across the four districts']]);
    assert.deepStrictEqual(reported('Three in five fishermen in the two ports said that the quota was too low.'), [['that the quota was too low', 'said', 'Three in five fishermen in the two ports']]);
    // A name before the phrase speaks; the place does not.
    assert.deepStrictEqual(reported('Kari Holm across the street said the pier is safe.'), [['the pier is safe', 'said', 'Kari Holm']]);
  });

  it('takes evidence opening the clause as the speaker whatever post-modifies it, not a noun inside the post-modifier', () => {
    assert.deepStrictEqual(reported('The average of polls taken in the last ten days shows Lund leading Roe.'), [['Lund leading Roe', 'shows', 'The average of polls taken in the last ten days']]);
    assert.deepStrictEqual(reported('An analysis of harbour fees that have risen since 2019 shows Bergen charging the most.'), [['Bergen charging the most', 'shows', 'An analysis of harbour fees that have risen since 2019']]);
    // Its adjectives have any adjective's shape ("-able", "-ful" as well as "-al", "-ous").
    assert.deepStrictEqual(reported('A notable Harbour Party report in 2019 asked whether the mayor could keep the pier open.'), [['whether the mayor could keep the pier open', 'asked', 'A notable Harbour Party report in 2019']]);
    // So do nouns that modify it ("a new harbour study").
    assert.deepStrictEqual(reported('A new harbour study by two engineers found the pier was unsafe.'), [['the pier was unsafe', 'found', 'A new harbour study by two engineers']]);
    // A clause of its own before the cue ("sparked …") is no subject phrase.
    assert.deepStrictEqual(reported('The report of Lund leaving sparked anger among the fishermen, who said the quota was unfair.').map((r) => r[2]), ['the fishermen']);
  });

  it('reads a one-word answer as what was said, and "Everyone but X" as the group that said it', () => {
    assert.deepStrictEqual(reported('Asked whether the ferry should stop, 58 percent of fishermen said yes, compared with 31 percent in May.').slice(1), [['yes', 'said', '58 percent of fishermen']]);
    assert.deepStrictEqual(reported('Everyone but Lund said yes.'), [['yes', 'said', 'Everyone but Lund']]);
    // A pro-form ending the sentence stands for what was said.
    assert.deepStrictEqual(reported('Lund was close to tears when he said that.'), [['that', 'said', 'he']]);
    // "said no to" is no answer of one word.
    assert.deepStrictEqual(reported('Roe said no to the deal.'), [['no to the deal', 'said', 'Roe']]);
  });

  it('draws coordinated names in the source with the role that opens them, and after an inverted cue', () => {
    const source = (text: string): string[] =>
      findClaims(text, splitLines(text), []).claims.map((c) => (c.speaker ? text.slice(c.speaker.phrase?.start ?? c.speaker.start, c.speaker.phrase?.end ?? c.speaker.end) : ''));
    assert.deepStrictEqual(source('Harbour experts Jo Roe and Kari Lund said the pier was unsafe.'), ['Harbour experts Jo Roe and Kari Lund']);
    assert.deepStrictEqual(source('The pier is unsafe, said Jo Roe and Kari Lund.'), ['Jo Roe and Kari Lund']);
  });

  it('lets the head speak before "close to", "familiar with", "briefed on" or "involved in", the matter staying in the source', () => {
    assert.deepStrictEqual(reported('Officials familiar with the matter said the ferry deal could be announced next week.'), [['the ferry deal could be announced next week', 'said', 'Officials']]);
    assert.deepStrictEqual(reported('Two people close to the talks said the toll would stay.'), [['the toll would stay', 'said', 'Two people']]);
    assert.deepStrictEqual(reported('Skippers briefed on the quota say the cuts will be deep.'), [['the cuts will be deep', 'say', 'Skippers']]);
    assert.deepStrictEqual(reported('A banker involved in the sale said the price was fair.'), [['the price was fair', 'said', 'A banker']]);
  });

  it('lets a name before "of" and a named body speak, also right after a quotation, the body staying in the source', () => {
    assert.deepStrictEqual(reported('Kari Holm of the Ferry Union said the toll was unfair.'), [['the toll was unfair', 'said', 'Kari Holm']]);
    assert.deepStrictEqual(reported('“It was the least bad outcome,” Mr. Lund of the Harbour Club said.'), [['“It was the least bad outcome,”', 'said', 'Mr. Lund']]);
  });

  it('keeps a description set off before the name in the attribution, and a hearer named after "the" apart from the content', () => {
    assert.deepStrictEqual(reported('The head of the dockers, Lena Moor, told the Herald her members would strike.'), [['her members would strike', 'told', 'Lena Moor']]);
    assert.deepStrictEqual(reported('The ferry was late twice a week, a Tromsø harbour official told reporters.'), [['The ferry was late twice a week', 'told', 'a Tromsø harbour official']]);
  });
  it('draws the source as annotators do: a relative "who", a noun-phrase appositive, the modifiers of a role before a name', () => {
    const source = (text: string): Array<string | null> =>
      findClaims(text, splitLines(text), []).claims.map((c) => c.speaker && text.slice(c.speaker.phrase?.start ?? c.speaker.start, c.speaker.phrase?.end ?? c.speaker.end));
    assert.deepStrictEqual(source('Jo Roe, who chairs the harbour board, said the plan would fail.'), ['Jo Roe, who chairs the harbour board']);
    assert.deepStrictEqual(source('The mayor thanked the fishermen, who said the quota was too low.'), ['who']);
    assert.deepStrictEqual(source('Former mayor Jo Roe said the plan would fail.'), ['Former mayor Jo Roe']);
    assert.deepStrictEqual(source('Jo Roe, the harbour board\'s chairwoman, said the plan would fail.'), ['Jo Roe, the harbour board\'s chairwoman']);
    assert.deepStrictEqual(source('Jo Roe, 58, said the plan would fail.'), ['Jo Roe, 58']);
    // A prepositional or participial phrase set off after the name is not part of the source.
    assert.deepStrictEqual(source('Jo Roe, in the wake of the vote, said the plan would fail.'), ['Jo Roe']);
    assert.deepStrictEqual(source('Jo Roe, flanked by her aides, said the plan would fail.'), ['Jo Roe']);
    assert.deepStrictEqual(source('Green party candidate Jo Roe said the plan would fail.'), ['Green party candidate Jo Roe']);
    assert.deepStrictEqual(source('The plan will fail, Green party spokesman Jo Roe said.'), ['Green party spokesman Jo Roe']);
  });
  it('draws the cue with "in a statement", a platform, "of" after "warned" and a trailing adverb, but not the content', () => {
    assert.deepStrictEqual(reported('The plan will fail, Jo Roe said in a statement.'), [['The plan will fail', 'said in a statement', 'Jo Roe']]);
    assert.deepStrictEqual(reported('The plan will fail, Jo Roe wrote on Facebook.'), [['The plan will fail', 'wrote on Facebook', 'Jo Roe']]);
    assert.deepStrictEqual(reported('Jo Roe has said repeatedly that the plan will fail.'), [['that the plan will fail', 'has said repeatedly', 'Jo Roe']]);
    assert.deepStrictEqual(reported('Jo Roe warned of a long strike at the port.'), [['a long strike at the port', 'warned of', 'Jo Roe']]);
    // Day names and "said of" stay out of the cue, as annotators draw it.
    assert.deepStrictEqual(reported('Jo Roe said Sunday that the plan will fail.'), [['that the plan will fail', 'said', 'Jo Roe']]);
  });
  it('draws a day name that ends the sentence after the cue in the cue', () => {
    assert.deepStrictEqual(reported('The plan will fail, Jo Roe said Tuesday.'), [['The plan will fail', 'said Tuesday', 'Jo Roe']]);
    // Followed by more than the sentence end, it stays out.
    assert.deepStrictEqual(reported('The plan will fail, Jo Roe said Tuesday in Oslo.'), [['The plan will fail', 'said', 'Jo Roe']]);
  });
  it('draws a short manner phrase with "with" that ends the sentence in the cue', () => {
    assert.deepStrictEqual(reported('The plan will fail, Jo Roe said with a wry smile.'), [['The plan will fail', 'said with a wry smile', 'Jo Roe']]);
    // Before the content, "with" opens the complement that is the content.
    assert.deepStrictEqual(reported('Jo Roe agreed with the harbour plan to close the pier.'), [['the harbour plan to close the pier', 'agreed with', 'Jo Roe']]);
  });
  it('reads a speech verb opening the name before a colon as the inverted cue ("Said Roe: “…”"), not as part of the name', () => {
    assert.deepStrictEqual(reported('The vote was close. Said Lund: “We will not give up the pier.”'), [['“We will not give up the pier.”', 'Said', 'Lund']]);
  });

  it('gives the next paragraph\'s quotation the cue and speaker of a claim that ends its paragraph on a colon', () => {
    assert.deepStrictEqual(reported('Jo Roe said that, given the candidates on both sides:\n\n“There is only one choice, and it is me.”'), [
      ['that, given the candidates on both sides', 'said', 'Jo Roe'],
      ['“There is only one choice, and it is me.”', 'said', 'Jo Roe'],
    ]);
    // Without the colon the quotation stays bare.
    assert.deepStrictEqual(reported('Jo Roe said the field was weak.\n\n“There is only one choice, and it is me.”'), [
      ['the field was weak', 'said', 'Jo Roe'],
      ['“There is only one choice, and it is me.”', undefined, undefined],
    ]);
  });
  it('draws a share of a group, a quantifier before a modifier, and stops an appositive at a participle', () => {
    const source = (text: string): Array<string | null> =>
      findClaims(text, splitLines(text), []).claims.map((c) => c.speaker && text.slice(c.speaker.phrase?.start ?? c.speaker.start, c.speaker.phrase?.end ?? c.speaker.end));
    assert.deepStrictEqual(source('Fifty-five percent of all growers said the harvest was late.'), ['Fifty-five percent of all growers']);
    assert.deepStrictEqual(source('Most of the ferry crews said the harbour was too shallow.'), ['Most of the ferry crews']);
    assert.deepStrictEqual(source('Some Danish fishermen said the harbour was too shallow.'), ['Some Danish fishermen']);
    assert.deepStrictEqual(source('Jo Roe, the harbour master, echoing the mayor, said the plan would fail.'), ['Jo Roe, the harbour master']);
  });
  it('takes the pronoun without its contracted auxiliary as the speaker ("They’ve said" → "They")', () => {
    assert.deepStrictEqual(reported('They’ve said the harbour was too shallow.'), [['the harbour was too shallow', 'said', 'They']]);
    assert.deepStrictEqual(reported('He\'s said the harbour was too shallow.'), [['the harbour was too shallow', '\'s said', 'He']]);
  });
  it('reads a negated cue as a claim, with the negation in the cue', () => {
    assert.deepStrictEqual(reported('The ferry company did not mention the strike in its annual report.'), [
      ['the strike in its annual report', 'did not mention', 'The ferry company'],
    ]);
    assert.deepStrictEqual(reported('Mr. Holm has never endorsed a candidate for the harbour board.'), [['a candidate for the harbour board', 'has never endorsed', 'Mr. Holm']]);
  });
  it('reads a participle right after a noun phrase as that phrase\'s claim, its object ending before the main verb', () => {
    assert.deepStrictEqual(reported('A petition calling for a new ferry has reached ten thousand names.'), [['a new ferry', 'calling for', 'A petition']]);
    assert.deepStrictEqual(reported('The ferry operators published statements condemning the strike.'), [['the strike', 'condemning', 'statements']]);
    assert.deepStrictEqual(reported('Police received calls saying shots had been fired at the pier.'), [['shots had been fired at the pier', 'saying', 'calls']]);
    // A noun in -ing, an adverb or a past form before the participle is no noun phrase it modifies.
    assert.deepStrictEqual(reported('She had a strong showing in the harbour towns.'), []);
    assert.deepStrictEqual(reported('Jo Roe contributed reporting from Oslo.'), []);
    // The modified phrase is the subject of a cue right after the participle's object.
    assert.deepStrictEqual(reported('Residents opposing the plan said the pier was safe.'), [
      ['the plan', 'opposing', 'Residents'],
      ['the pier was safe', 'said', 'Residents'],
    ]);
    assert.deepStrictEqual(reported('Several harbour groups backing the mayor have asked for a new pier.'), [
      ['the mayor', 'backing', 'Several harbour groups'],
      ['a new pier', 'have asked for', 'Several harbour groups'],
    ]);
    // The modified phrase is no speaker for a later coordinated cue.
    assert.deepStrictEqual(reported('They were upset at Holm vowing to press on and said that they had run out of patience.'), [
      ['to press on', 'vowing', 'Holm'],
      ['that they had run out of patience', 'said', 'They'],
    ]);
  });
  it('reads a cue verb after a catenative ("continued to", "quick to") with the subject before it as the speaker', () => {
    assert.deepStrictEqual(reported('The ferry union has continued to push for a new pier.'), [['a new pier', 'has continued to push for', 'The ferry union']]);
    assert.deepStrictEqual(reported('The harbour board was quick to condemn the strike at the pier.'), [['the strike at the pier', 'was quick to condemn', 'The harbour board']]);
    assert.deepStrictEqual(reported('She used to boast that the pier was the longest in Europe.'), [['that the pier was the longest in Europe', 'used to boast', 'She']]);
    // A catenative with its particle: "went on to".
    assert.deepStrictEqual(reported('The harbour master went on to explain that the tolls pay for repairs.'), [
      ['that the tolls pay for repairs', 'went on to explain', 'The harbour master'],
    ]);
    assert.deepStrictEqual(reported('The debate went on until midnight.'), []);
    // Degree words between "be" and the catenative: "are slightly more likely to".
    assert.deepStrictEqual(reported('Ferry crews are slightly more likely to say the tolls are too high.'), [['the tolls are too high', 'likely to say', 'Ferry crews']]);
  });
  it('gives a strong cue in an infinitive of purpose to the subject of its clause when a clause follows it', () => {
    assert.deepStrictEqual(reported('The harbour master took to the radio to say the pier would stay shut.'), [['the pier would stay shut', 'to say', 'The harbour master']]);
    assert.deepStrictEqual(reported('The mayor went out of her way to argue that the tolls were fair.'), [['that the tolls were fair', 'to argue', 'The mayor']]);
    // A clause opening in between has a subject of its own, and a raising verb passes it on: "appeared to".
    assert.deepStrictEqual(reported('The board drew criticism after it appeared to suggest that the pier was unsafe.'), [['that the pier was unsafe', 'appeared to suggest', 'it']]);
    // No speaker for an expletive subject, and a cue between them keeps its own reading.
    assert.deepStrictEqual(reported('It is too soon to say whether the pier will reopen.'), []);
    assert.deepStrictEqual(reported('The mayor urged the crews to say that the tolls were fair.'), [['the crews to say that the tolls were fair', 'urged', 'The mayor']]);
  });
  it('reads the cue verbs learned from annotated news like the weak verbs of the hand list', () => {
    assert.deepStrictEqual(reported('The port authority challenged the figures in the harbour report.'), [['the figures in the harbour report', 'challenged', 'The port authority']]);
    assert.deepStrictEqual(reported('The mayor encouraged the harbour crews to keep working.'), [['the harbour crews to keep working', 'encouraged', 'The mayor']]);
    // A learned verb needs a content of some length, and does not stand after its content as a speech verb does.
    assert.deepStrictEqual(reported('The harbour crews challenged it.'), []);
    assert.deepStrictEqual(reported('The figures were wrong, the port authority challenged.'), []);
    // A learned verb-particle pair; the verb alone reports nothing.
    assert.deepStrictEqual(reported('The harbour master laid out her plans for the new pier.'), [['her plans for the new pier', 'laid out', 'The harbour master']]);
    assert.deepStrictEqual(reported('The harbour master laid the first stone of the new pier.'), []);
  });
  it('reads a participle after a preposition of means or time as the claim of the clause\'s subject', () => {
    assert.deepStrictEqual(reported('Jo Roe pushed back by suggesting that the pier was safe.'), [['that the pier was safe', 'suggesting', 'Jo Roe']]);
    assert.deepStrictEqual(reported('The mayor resigned after admitting that the ferry contract was flawed.'), [['that the ferry contract was flawed', 'admitting', 'The mayor']]);
    // After "for" the gerund is the object's words, not the subject's.
    assert.deepStrictEqual(reported('Critics attacked the mayor for saying that the pier was safe.'), [['the mayor for saying that the pier was safe', 'attacked', 'Critics']]);
  });
  it('reads a noun-like stance verb in its base form after a plural noun as that subject\'s verb', () => {
    assert.deepStrictEqual(reported('Harbour pilots fear that the new pier will narrow the channel.'), [['that the new pier will narrow the channel', 'fear', 'Harbour pilots']]);
    assert.deepStrictEqual(reported('Ferry owners claim the tolls are too high.'), [['the tolls are too high', 'claim', 'Ferry owners']]);
    // Not after a singular noun ("the harbour report"), nor for verbs of doing or seeing after a plural.
    assert.deepStrictEqual(reported('The ferry crews report to the harbour master every morning.'), []);
    assert.deepStrictEqual(reported('Harbour divers find old anchors near the pier every summer.'), []);
  });
  it('reads a relative "which" set off by a comma as standing for the phrase before it, which speaks', () => {
    assert.deepStrictEqual(reported('The ferry board met the harbour union, which argued that the new pier was unsafe.'), [['that the new pier was unsafe', 'argued', 'the harbour union']]);
    // The relative clause ends at its comma, and the main clause's cue keeps its own claim.
    assert.deepStrictEqual(reported('The harbour union, which endorsed Jo Roe in May, said that the pier was unsafe.'), [
      ['Jo Roe', 'endorsed', 'The harbour union'],
      ['that the pier was unsafe', 'said', 'The harbour union'],
    ]);
  });
  it('reads a cue followed by a clause of its own in sentence order, not as the trailing attribution of the sentence', () => {
    assert.deepStrictEqual(reported('Jo Roe, who endorsed Lee in May, said the pier was unsafe.'), [
      ['Lee', 'endorsed', 'Jo Roe'],
      ['the pier was unsafe', 'said', 'Jo Roe'],
    ]);
    // A cue with only an adverbial after it still attributes the sentence before it.
    assert.deepStrictEqual(reported('The pier is unsafe, the harbour master said on Tuesday.'), [['The pier is unsafe', 'said', 'the harbour master']]);
  });
  it('reads a learned adjective after a copula as a cue whose subject speaks ("are critical of", "remain hopeful that")', () => {
    assert.deepStrictEqual(reported('The ferry crews have been sharply critical of the new timetable.'), [['the new timetable', 'have been sharply critical of', 'The ferry crews']]);
    assert.deepStrictEqual(reported('The harbour board remains hopeful that the pier will open in May.'), [['that the pier will open in May', 'remains hopeful', 'The harbour board']]);
    assert.deepStrictEqual(reported('Jo Roe was reluctant to endorse the plan.'), [['to endorse the plan', 'was reluctant', 'Jo Roe']]);
    // Not before a noun phrase after "to", nor without a copula.
    assert.deepStrictEqual(reported('The pier was critical to the harvest.'), []);
    assert.deepStrictEqual(reported('A critical report about the pier was published.'), []);
  });
  it('ends a restrictive relative clause\'s content where the main clause\'s auxiliary follows', () => {
    assert.deepStrictEqual(reported('Ferry owners who support the new pier are mostly from the north shore.'), [['the new pier', 'support', 'Ferry owners']]);
    // A reported clause keeps its own auxiliary; the next one is the main clause's.
    assert.deepStrictEqual(reported('Pilots who say the channel is too shallow were outvoted on Monday.'), [['the channel is too shallow', 'say', 'Pilots']]);
  });
  it('reads a passive of reputation ("is known for", "is regarded as", "was criticized for") as an unattributed claim', () => {
    assert.deepStrictEqual(reported('The harbour master is best known for her fight against the ferry tolls.'), [
      ['The harbour master | her fight against the ferry tolls', 'is best known for', undefined],
    ]);
    assert.deepStrictEqual(reported('The ferry board was widely criticized for raising the tolls twice.'), [
      ['The ferry board | raising the tolls twice', 'was widely criticized for', undefined],
    ]);
    // Not without the copula ("a group known as …"), nor for verbs annotators rarely draw ("is seen as").
    assert.deepStrictEqual(reported('A group known as the Pier Friends met on Monday.'), []);
    assert.deepStrictEqual(reported('The pier is seen as a landmark by many visitors.'), []);
  });
  it('takes the subject opening the sentence across an interruption closed by a comma before auxiliaries, or by a dash', () => {
    assert.deepStrictEqual(reported('Harbour pilots, who work the night shifts on the river, have vowed to block the new tolls.'), [
      ['to block the new tolls', 'have vowed', 'Harbour pilots'],
    ]);
    assert.deepStrictEqual(reported('The two ferry captains -- Ana Ruiz and Tom Bell -- agreed the crossing was too rough.'), [
      ['the crossing was too rough', 'agreed', 'The two ferry captains'],
    ]);
    // Without auxiliaries or a dash the comma may close preposed content: "…, said the mayor" stays inverted.
    assert.deepStrictEqual(reported('The tolls will rise in May, said the mayor.'), [['The tolls will rise in May', 'said', 'the mayor']]);
  });
  it('takes a count standing alone as the subject of its clause as the speaker ("43 said", "At least 21,000 said", "Nine out of 10 say")', () => {
    assert.deepStrictEqual(reported('Most pilots backed the plan. At least 2,400 said the pier was unsafe.'), [
      ['the plan', 'backed', 'Most pilots'],
      ['the pier was unsafe', 'said', 'At least 2,400'],
    ]);
    assert.deepStrictEqual(reported('Nearly nine out of 10 say the ferry is late.'), [['the ferry is late', 'say', 'Nearly nine out of 10']]);
    assert.deepStrictEqual(reported('All but two said the tolls were too high.'), [['the tolls were too high', 'said', 'All but two']]);
    // A count inside a phrase is no subject of its own.
    assert.deepStrictEqual(reported('The ferry carried 43 said to be tourists.'), []);
  });
  it('reads a noun-like cue after a name in -s as a noun when a finite cue follows it or it closes an opening phrase ("The Harbour Times report said …")', () => {
    assert.deepStrictEqual(reported('The Harbour Times report said the pier was unsafe.'), [['the pier was unsafe', 'said', 'The Harbour Times report']]);
    assert.deepStrictEqual(reported('After the Harbour Times report, Roe said the pier was unsafe.'), [['the pier was unsafe', 'said', 'Roe']]);
    // Plural subjects still report, and an opening phrase closed by its comma leaves the verb a verb.
    assert.deepStrictEqual(reported('Pilots claim the pier is unsafe.'), [['the pier is unsafe', 'claim', 'Pilots']]);
    assert.deepStrictEqual(reported('After the vote, pilots claim, the ferry stopped.').map((r) => r[1]), ['claim']);
  });
  it('reads a capitalised past participle before its agent or cause as a participle opening the sentence, not a speaker ("Chastened by …, Roe …")', () => {
    assert.deepStrictEqual(reported('Chastened by the audit, Roe revised his plan, promising to focus on the ferry.'), [['to focus on the ferry', 'promising', 'Roe']]);
    assert.deepStrictEqual(reported('Emboldened by the vote, Lee went home, saying the pier is unsafe.'), [['the pier is unsafe', 'saying', 'Lee']]);
    // A given name in -ed is still a name.
    assert.deepStrictEqual(reported('Ted at the Review said the pier is unsafe.').map((r) => r[2]), ['Ted']);
  });
  it('reads a survey participle after the people it asked as part of their phrase, the people its head ("pilots polled support …")', () => {
    assert.deepStrictEqual(reported('Most pilots polled support the new toll.'), [['the new toll', 'support', 'Most pilots polled']]);
    assert.deepStrictEqual(reported('Nineteen percent of the fishermen surveyed oppose the bridge.'), [['the bridge', 'oppose', 'Nineteen percent of the fishermen surveyed']]);
    assert.deepStrictEqual(reported('The residents interviewed said the water was bad.'), [['the water was bad', 'said', 'The residents interviewed']]);
  });
  it('keeps the whole ratio or number before the people a count opens ("Six in 10 voters", "21,000 residents")', () => {
    assert.deepStrictEqual(reported('Six in 10 voters say the ferry is late.'), [['the ferry is late', 'say', 'Six in 10 voters']]);
    assert.deepStrictEqual(reported('Nearly nine out of 10 pilots said the pier was unsafe.'), [['the pier was unsafe', 'said', 'Nearly nine out of 10 pilots']]);
    assert.deepStrictEqual(reported('About 21,000 residents said the water was bad.'), [['the water was bad', 'said', 'About 21,000 residents']]);
    // A year after "in" or "since" is a time, no count.
    assert.deepStrictEqual(reported('In 2010 pilots said the pier was unsafe.'), [['the pier was unsafe', 'said', 'pilots']]);
    assert.deepStrictEqual(reported('Since 2016 officials have said the pier was unsafe.'), [['the pier was unsafe', 'have said', 'officials']]);
  });
  it('takes a count or a quantifier alone as the subject after a semicolon or a subordinator ("; one suggested", "even though several oppose")', () => {
    assert.deepStrictEqual(reported('The pilots met the mayor; one suggested the pier close early.'), [['the pier close early', 'suggested', 'one']]);
    assert.deepStrictEqual(reported('The council voted for the toll, even though several oppose the new bridge.'), [['the new bridge', 'oppose', 'several']]);
    assert.deepStrictEqual(reported('While most say the ferry is late, few believe it will stop.'), [
      ['the ferry is late', 'say', 'most'],
      ['it will stop', 'believe', 'few'],
    ]);
  });
  it('reads the further reporting verbs of the grammars ("speculated", "likened", "alluded to")', () => {
    assert.deepStrictEqual(reported('The pilots speculated that the pier would close early.'), [['that the pier would close early', 'speculated', 'The pilots']]);
    assert.deepStrictEqual(reported('The mayor likened the toll to a tax on tourists.'), [['the toll to a tax on tourists', 'likened', 'The mayor']]);
    assert.deepStrictEqual(reported('The harbour master alluded to the leak in the ferry.'), [['the leak in the ferry', 'alluded to', 'The harbour master']]);
    // A noun-like base form is no cue without a clear subject: "the vote recount".
    assert.deepStrictEqual(reported('The vote recount ended on Tuesday.'), []);
  });
  it('reads a participle after a comma as the claim of the clause\'s subject across an adverb, an opening time and a past verb without -ed', () => {
    assert.deepStrictEqual(reported('The mayor took a lighter tone, still criticizing the pilots for the leak.'), [['the pilots for the leak', 'still criticizing', 'The mayor']]);
    assert.deepStrictEqual(reported('On Tuesday she doubled down on the toll, insisting that the ferry had failed.'), [['that the ferry had failed', 'insisting', 'she']]);
    assert.deepStrictEqual(reported('The senator made a third attempt, writing that the real issue was the leak.'), [['that the real issue was the leak', 'writing', 'The senator']]);
    // A subject whose noun names no role speaks too.
    assert.deepStrictEqual(reported('The ferry nurse sued the harbour, claiming that the new toll broke the law.'), [['that the new toll broke the law', 'claiming', 'The ferry nurse']]);
    assert.deepStrictEqual(reported('The two families stepped up their campaign against the pier, saying the mayor had ignored the leak.'), [['the mayor had ignored the leak', 'saying', 'The two families']]);
  });
  it('reads no inverted speaker in a phrase after the cue that a predicate, "that" or "to" follows', () => {
    assert.deepStrictEqual(reported('The pier will close, said the mayor.'), [['The pier will close', 'said', 'the mayor']]);
    // "said the problem was …": the phrase is the subject of the content, not the speaker of the clause before.
    assert.deepStrictEqual(reported('The pilots who ruled that the pier was unsafe, for instance, said the problem was not the toll.').filter((r) => r[2] === 'the problem'), []);
  });
  it('reads the object after a cue as its content, not the scene set before the speaker ("Shortly after the vote, the mayor announced her resignation")', () => {
    assert.deepStrictEqual(reported('Shortly after the vote, the harbour master announced his resignation.'), [['his resignation', 'announced', 'the harbour master']]);
    assert.deepStrictEqual(reported('Even as the ferry resumed, many of the pilots insist there was a leak.'), [['there was a leak', 'insist', 'many of the pilots']]);
    // A hearer and then "to" or "that": the content follows the hearer.
    assert.deepStrictEqual(reported('Addressing the pilots on Monday, the mayor urged the ferry firms to find a compromise.'), [['the ferry firms to find a compromise', 'urged', 'the mayor']]);
    // A hearer after the cue is no content: the clause before it is.
    assert.deepStrictEqual(reported('The pier will close in May, the mayor told her aides.'), [['The pier will close in May', 'told', 'the mayor']]);
  });
  it('reads no cue in a noun-like base form that heads the subject of the auxiliary after it ("the ferry plan is …")', () => {
    assert.deepStrictEqual(reported('The Harlow ferry plan is also cheaper than the bridge.'), []);
    assert.deepStrictEqual(reported('Tourist support was strongest on the north shore.'), []);
    // A verb there agrees with its subject, whose clause has lost its own: "a pier the pilots hope will open".
    assert.deepStrictEqual(reported('They built a pier that the pilots hope will open in May.'), [['that | will open', 'hope', 'the pilots']]);
  });
  it('reads a progressive across an adverb ("is also warning", "are quietly backing") as a finite cue of the subject', () => {
    assert.deepStrictEqual(reported('The harbour master is also warning that the pier could close.'), [['that the pier could close', 'is also warning', 'The harbour master']]);
    assert.deepStrictEqual(reported('The pilots are quietly backing the new toll on the bridge.'), [['the new toll on the bridge', 'are quietly backing', 'The pilots']]);
  });
  it('reads "has since said" as a cue and a time adverbial inside a relative clause ("who on Tuesday endorsed …") before the main cue', () => {
    assert.deepStrictEqual(reported('The mayor has since said that the toll was a mistake.'), [['that the toll was a mistake', 'has since said', 'The mayor']]);
    assert.deepStrictEqual(reported('Ann Berg, who on Tuesday endorsed the toll, said the pier would close in May.'), [
      ['the toll', 'endorsed', 'Ann Berg'],
      ['the pier would close in May', 'said', 'Ann Berg'],
    ]);
  });
  it('reads no content that opens with a passive agent, a place or a particle ("backed by", "reported from", "add up to")', () => {
    assert.deepStrictEqual(reported('The pilots rejected the plan, a deal backed by the harbour authority.'), [['the plan', 'rejected', 'The pilots']]);
    assert.deepStrictEqual(reported('Ann Berg reported from Oslo.'), []);
    assert.deepStrictEqual(reported('The ferry fees add up to more than two million kroner.'), []);
    // A means in -ing after "by" still reports.
    assert.deepStrictEqual(reported('The mayor concluded by saying that the pier would close.'), [['by saying that the pier would close', 'concluded', 'The mayor']]);
  });
  it('passes the subject of "failed to", "tends to", "has yet to", "is trying to" on to the cue verb after it', () => {
    assert.deepStrictEqual(reported('The mayor has yet to endorse the new toll on the bridge.'), [['the new toll on the bridge', 'has yet to endorse', 'The mayor']]);
    assert.deepStrictEqual(reported('The pilots tend to favor a later start for the ferry.'), [['a later start for the ferry', 'tend to favor', 'The pilots']]);
    assert.deepStrictEqual(reported('Ann Berg failed to mention the leak in the ferry.'), [['the leak in the ferry', 'failed to mention', 'Ann Berg']]);
  });
  it('reads a poll or survey opening the sentence ("In a poll released Friday, …") as the source of the clause after its comma', () => {
    assert.deepStrictEqual(reported('In a harbour survey released Friday, most pilots would pay the new toll.'), [['most pilots would pay the new toll', 'In', 'a harbour survey released Friday']]);
    // A clause with a cue of its own is its speaker's claim.
    assert.deepStrictEqual(reported('In a harbour survey released Friday, most pilots backed the new toll.'), [['the new toll', 'backed', 'most pilots']]);
    assert.deepStrictEqual(reported('In the latest polls, the mayor leads by nine points.'), [['the mayor leads by nine points', 'In', 'the latest polls']]);
    // A poll that is not the head of the phrase, and a place, are no source.
    assert.deepStrictEqual(reported('In a memo released as polls closed, the pier was not mentioned.'), []);
    assert.deepStrictEqual(reported('In Bergen, the pier is closed.'), []);
  });
  it('takes an ad, a lawsuit or an editorial as the source of what it argues, like a poll or a report', () => {
    assert.deepStrictEqual(reported('The new ad slams the mayor for the ferry fees.'), [['the mayor for the ferry fees', 'slams', 'The new ad']]);
    assert.deepStrictEqual(reported('The lawsuit claims that the harbour authority hid the leak.'), [['that the harbour authority hid the leak', 'claims', 'The lawsuit']]);
  });
  it('reads a noun of saying between a possessive and a that-clause as its owner\'s claim ("rejected the mayor\'s claim that …")', () => {
    assert.deepStrictEqual(reported('The pilots rejected the harbour master\'s claim that the pier was safe.'), [
      ['the harbour master\'s claim that the pier was safe', 'rejected', 'The pilots'],
      // The owner is the source with its clitic, as annotators draw it.
      ['that the pier was safe', 'claim', 'the harbour master\'s'],
    ]);
    assert.deepStrictEqual(reported('The papers printed Berg’s claim that the tolls would fall.'), [['that the tolls would fall', 'claim', 'Berg’s']]);
    // A modifier between the owner and the noun is drawn with the cue.
    assert.deepStrictEqual(reported('The papers printed Berg’s earlier claim that the tolls would fall.'), [['that the tolls would fall', 'earlier claim', 'Berg’s']]);
    assert.deepStrictEqual(reported('The ferry firms ignored his warning that the new toll would drive tourists away.'), [['that the new toll would drive tourists away', 'warning', 'his']]);
    // A phrase opening the sentence is its subject: the clause ends where the sentence's predicate resumes. A
    // "that" relative after the noun is no clause; no owner, no claim.
    assert.deepStrictEqual(reported('Her insistence that the ferry would run again drew laughs.'), [['that the ferry would run again', 'insistence', 'Her']]);
    assert.deepStrictEqual(reported('The pilots took a warning that came too late.'), []);
  });
  it('reads "see … as …" as a view of its subject, but not "saw … at … as" nor "see" without "as"', () => {
    assert.deepStrictEqual(reported('Many pilots see the new toll as a tax on tourists.'), [['the new toll as a tax on tourists', 'see', 'Many pilots']]);
    assert.deepStrictEqual(reported('The pilots saw the mayor at the pier as they left.'), []);
    assert.deepStrictEqual(reported('The pilots see the ferry every morning.'), []);
  });
});
