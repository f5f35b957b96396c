import * as assert from 'assert';
import { analyze } from '../../../../src/engine/analyze';
import { claimsByAttribution } from '../../../../src/engine/attribution';
import { resolveSpeakers } from '../../../../src/engine/claims/resolve';
import type { Analysis, Entity, Mention } from '../../../../src/engine/types';
import { assertValidAnalysis } from '../analysisInvariants';

// Who a claim is filed under: one test per fault class of speaker identity (issue 10), on our own sentences.

function analysed(text: string): Analysis {
  const a = analyze(text);
  assertValidAnalysis(text, a);
  return a;
}

/** [speaker as written, entity name or null, resolution] of each claim that has a speaker. */
function speakers(text: string): Array<[string, string | null, string | null]> {
  const a = analysed(text);
  const byId = new Map<string, Entity>(a.entities.map((e) => [e.id, e]));
  return a.claims.filter((c) => c.speaker).map((c) => [c.speaker!.text, c.speaker!.entityId ? byId.get(c.speaker!.entityId)!.name : null, c.speaker!.resolution]);
}

describe('speaker identity', () => {
  describe('one surname, two people', () => {
    it('gives a bare surname to the full name its pronoun and salience fit, not to the latest full name', () => {
      const text = 'Former President Joe Roe campaigned in Flint on Monday for his wife, Ann Roe, who is running for governor.\n\n'
        + 'During the rally, the former president said the plan was failing.\n\n“It does not work,” Roe said.\n\n“It is the craziest thing,” he said.';
      assert.deepStrictEqual(speakers(text).map((s) => s[1]), ['Joe Roe', 'Joe Roe', 'Joe Roe']);
    });

    it('does not file "Mrs. Roe" under her husband', () => {
      const text = 'Joe Roe spoke first, and he thanked the crowd.\n\n“We will win,” Mrs. Roe said.';
      const [[written, name]] = speakers(text);
      assert.strictEqual(written, 'Mrs. Roe');
      assert.notStrictEqual(name, 'Joe Roe');
    });

    it('files "Mrs. Roe" under the woman of that surname', () => {
      const text = 'Joe Roe and his wife, Ann Roe, arrived together. Joe Roe spoke first, and he thanked the crowd.\n\n“We will win,” Mrs. Roe said.';
      assert.deepStrictEqual(speakers(text), [['Mrs. Roe', 'Ann Roe', 'named']]);
    });

    it('gives a lone surname the tagger typed as an organization to the one person who has it', () => {
      const text = 'Donald Trump spoke in Ohio. Later, Trump visited Acme.';
      const at = (w: string): Mention => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, form: 'name' });
      const input: Entity[] = [
        { id: 'person:donald-trump', type: 'person', name: 'Donald Trump', mentions: [at('Donald Trump')] },
        { id: 'organization:trump', type: 'organization', name: 'Trump', mentions: [at('Trump visited')].map((m) => ({ ...m, end: m.start + 5, text: 'Trump' })) },
        { id: 'organization:acme', type: 'organization', name: 'Acme', mentions: [at('Acme')] },
      ];
      const { entities } = resolveSpeakers(text, [{ start: 0, end: text.length }], [], input);
      assert.deepStrictEqual(entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)]), [
        ['person', 'Donald Trump', ['Donald Trump', 'Trump']],
        ['organization', 'Acme', ['Acme']],
      ]);
    });

    it('says "ambiguous" when a title\'s gender fits two people of that surname equally, the article showing neither\'s', () => {
      // Given names borne by men and women alike show no gender either.
      const text = 'Jordan Roe spoke on Monday. The treasurer, Casey Roe, spoke on Tuesday.\n\n“We will win,” Mrs. Roe said.';
      assert.strictEqual(speakers(text)[0][2], 'ambiguous');
    });

    it('says "ambiguous" when only recency tells two people of a bare surname apart', () => {
      const text = 'Mayor Joe Roe and his wife, Ann Roe, visited the plant on Tuesday. Roe said the jobs would stay.';
      assert.strictEqual(speakers(text)[0][2], 'ambiguous');
      // Once one of them has spoken, the surname goes on with the speaker.
      const spoken = 'Joe Roe and Ann Roe visited the plant.\n\n“We came to listen,” Ann Roe said.\n\nRoe said the jobs would stay.';
      assert.deepStrictEqual(speakers(spoken).slice(1), [['Roe', 'Ann Roe', 'named']]);
    });

    it('files "Mrs. Roe" under the one whose given name is a woman\'s, though the man was named last', () => {
      const text = 'Susan Roe spoke on Monday. The treasurer, Richard Roe, spoke on Tuesday.\n\n“We will win,” Mrs. Roe said.\n\n“It is done,” she said.';
      assert.deepStrictEqual(speakers(text), [['Mrs. Roe', 'Susan Roe', 'named'], ['she', 'Susan Roe', 'inferred']]);
    });

    it('does not make a first name alone a person of its own', () => {
      const text = 'Ann Lee, the mayor, opened the bridge on Monday.\n\n“It took ten years,” Ann said.';
      const a = analysed(text);
      assert.deepStrictEqual(speakers(text), [['Ann', 'Ann Lee', 'named']]);
      assert.deepStrictEqual(a.entities.filter((e) => e.type === 'person').map((e) => e.name), ['Ann Lee']);
    });
  });

  describe('descriptors of organizations', () => {
    it('resolves "the agency" to the agency the article named', () => {
      const text = 'The Federal Aviation Administration grounded the planes on Monday.\n\nThe agency said the checks would take a week.';
      assert.deepStrictEqual(speakers(text), [['The agency', 'Federal Aviation Administration', 'inferred']]);
    });

    it('resolves "the company" to the one organization named nearby, and to none when two are', () => {
      const text = 'Bergen Lines cut two routes on Monday.\n\nThe company said fuel had become too dear.';
      assert.deepStrictEqual(speakers(text), [['The company', 'Bergen Lines', 'inferred']]);
      const two = 'Bergen Lines cut two routes on Monday, a day after Fjord Ferries cut one.\n\nThe company said fuel had become too dear.';
      assert.deepStrictEqual(speakers(two).map((s) => s[1]), [null]);
    });

    it('files data from an organization under it, and an organization\'s officer under the officer', () => {
      assert.deepStrictEqual(speakers('The latest data from the Harbour Agency show that traffic fell.').map((s) => s[1]), ['Harbour Agency']);
      const text = 'The Council on Coastal Affairs Executive Director Kari Holm said the quota was too low.';
      assert.deepStrictEqual(speakers(text).map((s) => s[1]), ['Kari Holm']);
    });

    it('resolves "the newspaper" to the newspaper the article named', () => {
      const text = 'The Springfield Gazette published the letters on Monday.\n\nThe newspaper said it had checked them.';
      assert.deepStrictEqual(speakers(text).map((s) => s[1]), ['Springfield Gazette']);
    });

    it('files a poll, and "the poll" after it, under the organization that issued it', () => {
      const text = 'Acme Corporation polls voters every month. An Acme Corporation poll found that most voters were tired. The poll found that prices mattered most.';
      assert.deepStrictEqual(speakers(text), [['An Acme Corporation poll', 'Acme Corporation', 'inferred'], ['The poll', 'Acme Corporation', 'inferred']]);
      // A participle after the document noun leaves it the head.
      const released = 'Acme Corporation polls voters every month. An Acme Corporation poll released last year found that most voters were tired.';
      assert.deepStrictEqual(speakers(released), [['An Acme Corporation poll released last year', 'Acme Corporation', 'inferred']]);
    });

    it('files a poll a place\'s name issued, and "the poll" after it, under the institution', () => {
      const text = 'Voters in Springfield were asked twice. A Springfield poll found that most voters were tired.\n\nThe poll found that prices mattered most.';
      assert.deepStrictEqual(speakers(text), [['A Springfield poll', 'Springfield', 'inferred'], ['The poll', 'Springfield', 'inferred']]);
      assert.deepStrictEqual(analysed(text).entities.filter((e) => e.name === 'Springfield').map((e) => e.type).sort(), ['organization', 'place']);
    });

    it('files "the Norwegian government" under Norway as an institution, as "Norway said" is', () => {
      const text = 'Norway has denied any role in the ferry dispute. Lawyers met officials of the Norwegian government, which has strongly denied that it paid the crews.';
      assert.deepStrictEqual(speakers(text).map(([, name]) => name), ['Norway', 'Norway']);
      assert.deepStrictEqual(analysed(text).claims.map((c) => c.speaker && analysed(text).entities.find((e) => e.id === c.speaker!.entityId)?.type), ['organization', 'organization']);
    });

    it('files a place\'s police under an organization of that name, never a person ("Bergen police\'s earlier claim")', () => {
      const text = 'Kari Holm Speaks After Latest Police Shooting\n\nKari Holm spoke in Bergen on Monday.\n\nVideo shows the man had his hands up, contradicting Bergen police’s earlier claim that he had refused.';
      assert.deepStrictEqual(speakers(text).filter(([written]) => written.includes('police')), [['Bergen police’s', 'Bergen police', 'named']]);
    });

    it('takes no title for a name from the headline line before it ("… Police Shooting" / "Kari Holm spoke")', () => {
      const text = 'Kari Holm Speaks After Visit by Senator\n\nKari Holm spoke in Bergen on Monday.\n\nThe senator said the pier was safe.';
      assert.deepStrictEqual(speakers(text).map(([, name]) => name), [null]);
    });

    it('names an organization the tagger missed without the adjective before it', () => {
      const text = 'Prices rose, according to the nonpartisan Federal Statistics Office.';
      const sp = 'the nonpartisan Federal Statistics Office';
      const speaker = { start: text.indexOf(sp), end: text.indexOf(sp) + sp.length, text: sp, form: 'name' as const };
      const { entities, entityIds } = resolveSpeakers(text, [{ start: 0, end: text.length }], [{ spans: [{ start: 0, end: 11 }], cue: null, speaker, post: false, line: 0 }], []);
      assert.deepStrictEqual(entities.map((e) => [e.id, e.name]), [['organization:federal-statistics-office', 'Federal Statistics Office']]);
      assert.deepStrictEqual(entityIds, ['organization:federal-statistics-office']);
    });

    it('files "the statement" under the organization that issued it', () => {
      const text = 'The Springfield Council issued a statement on Monday calling the plan unlawful.\n\nThe statement noted that the council had warned the firm twice.';
      assert.deepStrictEqual(speakers(text).slice(-1), [['The statement', 'Springfield Council', 'inferred']]);
    });

    it('files a headline\'s "Poll:" under the organization whose poll the article then names', () => {
      const text = 'Poll: Voters Leave the Party.\n\nA Springfield Gazette poll shows that voters are leaving the party.';
      assert.deepStrictEqual(speakers(text).map((s) => s[1]), ['Springfield Gazette', 'Springfield Gazette']);
    });

    it('files "the website" under the organization just named, and no one when none was', () => {
      const text = 'Truth Watch asked, “Why now?”\n\nThe website noted that both claims used the same figures.';
      assert.deepStrictEqual(speakers(text).map((s) => s[1]), ['Truth Watch', 'Truth Watch']);
      const none = 'Joe Roe asked, “Why now?”\n\nThe website noted that both claims used the same figures.';
      assert.deepStrictEqual(speakers(none).map((s) => s[1]), ['Joe Roe', null]);
    });

    it('files "a statement" under whoever issued it, or under the subject of the clause it frames', () => {
      const framed = 'A union endorsed Ann Lee on Monday.\n\nIn a statement announcing its choice, the Association of Bus Drivers called Lee a “champion” for workers.';
      assert.deepStrictEqual(speakers(framed).find((s) => s[0] === 'a statement'), ['a statement', 'Association of Bus Drivers', 'inferred']);
      const issued = 'The Nordic Steel Coalition stayed neutral. This week, though, it issued a policy paper welcoming the plan.';
      assert.deepStrictEqual(speakers(issued).map((s) => s.slice(0, 2)), [['a policy paper', 'Nordic Steel Coalition']]);
    });

    it('does not file "Acme\'s board" under Acme', () => {
      const text = 'Acme Corporation shares fell. Acme\'s board said the chief executive would stay.';
      assert.deepStrictEqual(speakers(text).map((s) => s[1]), [null]);
    });
  });

  describe('organizations the tagger cut or split', () => {
    /** Resolves one claim whose speaker is `speaker` (with its source `phrase`, if any) over the given entities. */
    function resolveOne(text: string, speaker: string, form: 'name' | 'descriptor', entities: Array<[Entity['type'], string]>, phrase?: string) {
      const span = (w: string): Mention => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, form: 'name' });
      const input: Entity[] = entities.map(([type, name]) => ({ id: `${type}:${name}`, type, name, mentions: [span(name)] }));
      const sp = { ...span(speaker), form, ...(phrase ? { phrase: span(phrase) } : {}) };
      const claim = { spans: [{ start: sp.end + 1, end: text.length - 1 }], cue: null, speaker: sp, post: false, line: 0 };
      const out = resolveSpeakers(text, [{ start: 0, end: text.length }], [claim], input);
      const e = out.entities.find((x) => x.id === out.entityIds[0]);
      return { speaker: e && [e.type, e.name], entities: out.entities.map((x) => [x.type, x.name]) };
    }

    it('files a name of which the tagger took only the end under the organization of the whole name', () => {
      const text = 'Lawmakers worry. A Federal Audit Office report found that the checks had failed.';
      const { speaker, entities } = resolveOne(text, 'A Federal Audit Office', 'descriptor', [['person', 'Audit Office']]);
      assert.deepStrictEqual(speaker, ['organization', 'Federal Audit Office']);
      assert.deepStrictEqual(entities, [['organization', 'Federal Audit Office']]);
    });

    it('keeps a person whose title holds an organization\'s name', () => {
      const text = 'Harvard University Professor Ann Lee said the checks had failed.';
      assert.deepStrictEqual(resolveOne(text, 'Harvard University Professor Ann Lee', 'name', [['person', 'Ann Lee']]).speaker, ['person', 'Ann Lee']);
    });

    it('files a name with its appositive under the name, not the description', () => {
      const text = 'Nordic Water Services, the agency that runs the dam, said it was checking the gates.';
      const { speaker } = resolveOne(text, 'Nordic Water Services, the agency that runs the dam', 'descriptor', [['place', 'Nordic Water']]);
      assert.deepStrictEqual(speaker, ['organization', 'Nordic Water Services']);
    });

    it('joins an organization\'s name with "and" in it that the tagger made two names, and only such a name', () => {
      const text = 'National Parks and Wildlife Services said it was checking the gates.';
      const { speaker, entities } = resolveOne(text, 'Wildlife Services', 'name', [['place', 'National Parks'], ['place', 'Wildlife Services']]);
      assert.deepStrictEqual(speaker, ['organization', 'National Parks and Wildlife Services']);
      assert.deepStrictEqual(entities, [['organization', 'National Parks and Wildlife Services']]);
      const two = 'The Federal Water Board and Nordic Water Services said they were checking the gates.';
      const both = resolveOne(two, 'Nordic Water Services', 'name', [['organization', 'Federal Water Board'], ['organization', 'Nordic Water Services']]);
      assert.deepStrictEqual(both.speaker, undefined);
    });

    it('files a source phrase whose document an organization issued under it, when the mention names nobody', () => {
      const text = 'Gifts to the funds doubled, a NEWS TODAY analysis of newly filed reports shows.';
      const { speaker } = resolveOne(text, 'newly filed reports', 'descriptor', [['place', 'NEWS']], 'a NEWS TODAY analysis of newly filed reports');
      assert.deepStrictEqual(speaker, ['organization', 'NEWS TODAY']);
      const experts = 'Experts on North Korea and arms control said the test could change that.';
      assert.deepStrictEqual(resolveOne(experts, 'North Korea and arms control', 'name', [['place', 'North Korea']], 'Experts on North Korea and arms control').speaker, undefined);
    });
  });

  describe('names with long titles', () => {
    it('keeps the department after a title\'s "of" or "for" out of the person\'s name', () => {
      const text = 'Deputy Secretary of Defense Ann Roe said the plan was sound. Later, Roe said it would cost more.';
      assert.deepStrictEqual(speakers(text).map((s) => s[1]), ['Ann Roe', 'Ann Roe']);
      assert.deepStrictEqual(speakers('Assistant Secretary for Management Mary Ann Fox said the plan was sound.').map((s) => s[1]), ['Mary Ann Fox']);
    });
  });

  describe('title-case headlines', () => {
    it('reads a capitalised cue in a headline as the verb, and files the claim under the name before it, not the whole line', () => {
      const body = '\n\nKari Holm, the mayor, spoke in Bergen on Monday.';
      for (const headline of ['Kari Holm Endorses Jo Lund', 'Kari Holm Says Lund Will Win', 'Kari Holm Slams Ferry Plan']) {
        assert.deepStrictEqual(speakers(headline + body), [['Kari Holm', 'Kari Holm', 'named']], headline);
      }
      // A form that is a noun as well is one before an auxiliary or after a preposition.
      assert.deepStrictEqual(speakers('Harbour Fare Plans Would Double Ticket Prices' + body), []);
      assert.deepStrictEqual(analysed('Lund Fights Back Against Reports That Fares Will Rise' + body).claims.map((c) => c.cue?.text), []);
      // A noun in -s ends no place's or organization's name there.
      const names = analysed('Nordland Harbour Reports Warns Ferry Pirates Of New Fines' + body).entities.map((e) => e.name);
      assert.ok(names.includes('Nordland Harbour Reports'), names.join(', '));
    });

    it('ends a person\'s name before a headline verb that is no cue ("Kari Holm Visits Bergen"), not at a surname that is a common word too', () => {
      const people = (text: string): string[] => analysed(text).entities.filter((e) => e.type === 'person').map((e) => e.name);
      assert.deepStrictEqual(people('Kari Holm Visits Bergen After Storm\n\nKari Holm spoke in Bergen on Monday.'), ['Kari Holm']);
      assert.deepStrictEqual(people('Larry Summers Warns of Slowdown\n\nLarry Summers spoke in Bergen on Monday.'), ['Larry Summers']);
      // Auxiliaries, adverbs, past forms and prepositions go on with the headline too; a word known as a name stays.
      for (const headline of ['Kari Holm Is Right About Fees', 'Kari Holm Just Got Good News', 'Kari Holm Questioned Over Fees', 'Kari Holm On Why Fees Rise']) {
        assert.deepStrictEqual(people(headline + '\n\nKari Holm spoke in Bergen on Monday.'), ['Kari Holm'], headline);
      }
      assert.deepStrictEqual(people('Philip M. Drew Visits Bergen\n\nPhilip M. Drew spoke in Bergen on Monday.'), ['Philip M. Drew']);
    });
  });

  describe('pronouns', () => {
    it('resolves "it" at a cue to the organization just named', () => {
      assert.deepStrictEqual(speakers('Acme Corporation raised its prices on Monday. It said costs had risen.'), [['It', 'Acme Corporation', 'inferred']]);
    });

    it('gives "it" at a cue to the organization named before a quoted passage, further back than the paragraph before', () => {
      const text = 'The Springfield Gazette printed an editorial on Monday.\n\nThe paper wrote:\n\n“The bridge is late. The mayor knew it.”\n\n“Nobody checked the costs.”\n\nMeanwhile, it said the council had failed.';
      assert.deepStrictEqual(speakers(text).slice(-1), [['it', 'Springfield Gazette', 'inferred']]);
    });

    it('prefers a person of the pronoun\'s own paragraph to one who spoke in the paragraph before', () => {
      const text = '“Sales doubled,” said Layla Haddad, the fair\'s director.\n\nThis year\'s guest is the novelist Karim Salah. He told students that he wrote the book on a bus.';
      assert.deepStrictEqual(speakers(text).map((s) => s[1]), ['Layla Haddad', 'Karim Salah']);
    });

    it('gives "he" to the one who just spoke rather than to a man named in passing', () => {
      const text = 'Jim Harlan, the chief executive of Vela Media, which owns Mr. Kent\'s shows, told me, “We provide content.”\n\nAs for the politics, he said, “Nobody is neutral.”';
      assert.deepStrictEqual(speakers(text).map((s) => s[1]), ['Jim Harlan', 'Jim Harlan', 'Jim Harlan']);
    });

    it('takes the name in the writer\'s lead-in to a quotation as an antecedent, though the claim\'s content holds it', () => {
      const text = 'Congress looked at the show in 2014.\n\nSen. Ann Lee scolded him: “The science is against you,” she said.';
      const a = analysed(text);
      const claim = a.claims.find((c) => c.speaker?.text === 'she');
      // The content as the grammar draws it holds the lead-in; the test stands only while it does.
      assert.ok(claim && claim.start < text.indexOf('Ann Lee'));
      assert.deepStrictEqual(speakers(text), [['she', 'Ann Lee', 'inferred']]);
    });

    it('leaves "she" unresolved when only men were named', () => {
      const text = 'Joe Roe, the mayor, opened the bridge, and he thanked the builders.\n\nShe said the bridge was late.';
      assert.deepStrictEqual(speakers(text), [['She', null, null]]);
    });
  });

  describe('an office that refers back', () => {
    it('files "the Texas senator" under the person in focus written near Texas, and no one under other roles or another country', () => {
      const text = 'Ann Lee spent Monday in Austin with Texas voters, and Joe Roe stayed in Ohio.\n\nLee told the crowd that Roe had failed the state.\n\n'
        + '“We will win this state,” the Texas senator said.\n\n“The rules are clear,” the judge said.\n\n“We agree,” the Russian president said.';
      assert.deepStrictEqual(speakers(text).slice(1), [['the Texas senator', 'Ann Lee', 'inferred'], ['the judge', null, null], ['the Russian president', null, null]]);
      // "Iowa" is written near no one's name: the office alone does not decide.
      assert.deepStrictEqual(speakers(text.replace('the Texas senator', 'the Iowa senator'))[1][1], null);
    });

    it('files an office whose place is written near no one under the one person named before it in its sentence', () => {
      const text = 'Kari Lund spoke to voters on Monday.\n\nAs far as whether Lund still senses anger among his supporters, the Vermont senator acknowledged that some people feel that way.';
      assert.deepStrictEqual(speakers(text).map((s) => s.slice(1)), [['Kari Lund', 'inferred']]);
      // Two people named there: neither.
      const two = 'Kari Lund spoke to voters on Monday.\n\nAnn Roe met Lund later, and the Vermont senator acknowledged that some people feel that way.';
      assert.deepStrictEqual(speakers(two).map((s) => s[1]), [null]);
    });

    it('reads a role ending in -ss ("the actress") as one person, not as a plural', () => {
      const text = 'The actress Ann Lee spoke at the rally in Oslo.\n\nThe actress said she was tired of waiting.';
      assert.deepStrictEqual(speakers(text), [['The actress', 'Ann Lee', 'inferred']]);
    });

    it('files "the senator from Vermont" under a senator the article names, never under the place', () => {
      const text = 'Vermont voters gathered on Monday.\n\n“We will win,” the senator from Vermont said.';
      assert.deepStrictEqual(speakers(text).map((s) => s[1]), [null]);
      const named = 'Sen. Ann Lee of Vermont spoke on Monday. Vermont voters gathered.\n\n“We will win,” the senator from Vermont said.';
      assert.deepStrictEqual(speakers(named).map((s) => s[1]), ['Ann Lee']);
      const director = 'Acme Corporation cut jobs. The director of Acme Corporation said the cuts were needed.';
      assert.deepStrictEqual(speakers(director).map((s) => s[1]), [null]);
    });

    it('does not file a named person\'s strategist under that person', () => {
      const text = 'Joe Roe met voters in Ohio on Monday.\n\n“We will win,” Roe’s campaign strategist said.';
      assert.deepStrictEqual(speakers(text).map((s) => s[1]), [null]);
    });
  });

  describe('unnamed sources stay unnamed', () => {
    it('files "officials at" an organization under it, however the grammar cut the phrase', () => {
      const text = 'The Federal Water Board closed the dam in May.\n\nOfficials at the Federal Water Board said the dam was unsafe.\n\n'
        + 'Nordic Steel cut jobs in May.\n\nOfficials at Nordic Steel, the maker of pipes, said they were worried about the plan.';
      assert.deepStrictEqual(speakers(text).map((s) => s[1]), ['Federal Water Board', 'Nordic Steel']);
    });

    it('makes no person of a capitalised plural that opens the sentence ("Unions said", "Democrats said")', () => {
      const text = 'Unions said the ferry fares were unfair.\n\nDemocrats said the levy would pass.\n\nNurses say the ward is full.\n\n'
        + 'Lawyers sent letters to the court. None showed that the judge had erred.\n\nEven Republicans who backed the levy warned that it would fail.\n\n'
        + 'Other Republicans said the levy was a fluke.';
      assert.deepStrictEqual(speakers(text).map((s) => s[1]), [null, null, null, null, null, null, null]);
      assert.deepStrictEqual(analysed(text).entities.filter((e) => e.type === 'person'), []);
    });

    it('files an inverted attribution under the name set beside its description ("said the company\'s chief executive, Jo Roe")', () => {
      const text = 'Kari Lund, an economist, said the tariffs hurt the town.\n\nThe mill is under pressure from imports, said the company\'s chief executive, Jo Roe.';
      assert.deepStrictEqual(speakers(text).map((s) => s.slice(1)), [['Kari Lund', 'named'], ['Jo Roe', 'named']]);
    });

    it('makes no person or organization of a count of a group ("Some Democrats", "Half of Wardens", "Two-thirds of the Liberals")', () => {
      const text = 'Some Democrats said the levy was fair.\n\nHalf of Wardens say the pier should close.\n\nTwo-thirds of the Liberals said they would vote no.';
      assert.deepStrictEqual(analysed(text).entities.map((e) => e.name), []);
      assert.deepStrictEqual(speakers(text).map((s) => s[2]), [null, null, null]);
    });

    it('makes no person of a month or of a compound description ("Census-takers", "Harbour-born")', () => {
      const text = 'A survey one in September that said the pier was safe.\n\nCensus-takers say the count is late.\n\nThe Harbour-born said the toll was fair.\n\nJean-Marie said the ferry was late.';
      assert.deepStrictEqual(analysed(text).entities.filter((e) => e.type === 'person').map((e) => e.name), ['Jean-Marie']);
    });

    it('makes no person of evidence that opens the sentence ("Footage shows", "Projections say")', () => {
      const text = 'Footage shows that the ferry left early.\n\nProjections say the levy would raise $9 million.\n\nTranscript: "We will win," Jo Roe said.';
      assert.deepStrictEqual(analysed(text).entities.filter((e) => e.type === 'person').map((e) => e.name), ['Jo Roe']);
    });

    it('makes no person of a capitalised plural whose verb agrees only with a plural ("Wardens say")', () => {
      const text = 'Wardens say the dunes are eroding.\n\nRoberts says the fence will hold.';
      const people = analysed(text).entities.filter((e) => e.type === 'person').map((e) => e.name);
      assert.deepStrictEqual(people, ['Roberts']);
    });

    it('makes no person of the plural of a doer\'s noun no name list knows ("Skeptics said", "Bystanders said")', () => {
      const text = 'Skeptics said the dunes were eroding.\n\nBystanders said the fence would hold.\n\nJo Travers runs the pier. Travers said it was late.';
      assert.deepStrictEqual(speakers(text).map((s) => s[1]), [null, null, 'Jo Travers']);
      assert.deepStrictEqual(analysed(text).entities.filter((e) => e.type === 'person').map((e) => e.name), ['Jo Travers']);
    });

    it('leaves people a name only qualifies or complements unnamed', () => {
      assert.deepStrictEqual(speakers('Acme Corporation and Nordic Steel signed the deal.\n\nSeveral supporters in Parliament said it was fair.').map((s) => s[1]), [null]);
      // Plural people, with or without a phrase after them, are none of the people named near them.
      const rally = 'Campaign manager Joe Roe spoke in Oslo on Monday.\n\nAnn Lee said the vote was close.\n\n'
        + 'Her campaign workers said they had been working the state since the spring.\n\nLabour voters in all five counties said Lee was the better candidate.';
      assert.deepStrictEqual(speakers(rally).map((s) => s[1]), ['Ann Lee', null, null]);
      const text = 'Nordic Steel officials who met on Monday said the deal was poor.';
      const at = (w: string): Mention => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, form: 'name' });
      const input: Entity[] = [{ id: 'organization:nordic-steel', type: 'organization', name: 'Nordic Steel', mentions: [at('Nordic Steel')] }];
      const claim = { spans: [{ start: text.indexOf('the deal'), end: text.length - 1 }], cue: null, speaker: at('Nordic Steel'), post: false, line: 0 };
      assert.deepStrictEqual(resolveSpeakers(text, [{ start: 0, end: text.length }], [claim], input).entityIds, [null]);
    });

    it('files people a place or thing after a preposition qualifies neither under it nor under the place', () => {
      assert.deepStrictEqual(speakers('Voters in Tromsø said the ferry was always late.'), [['Voters in Tromsø', null, null]]);
      assert.deepStrictEqual(speakers('A fisherman from Bodø told reporters the quota was too low.'), [['A fisherman from Bodø', null, null]]);
      assert.deepStrictEqual(speakers('Someone near the stage had shouted that the count was rigged.'), [['Someone near the stage', null, null]]);
      assert.deepStrictEqual(speakers('Everyone in the hall agreed that the pier should reopen.'), [['Everyone in the hall', null, null]]);
      // A common noun for people before the preposition is the head too.
      assert.deepStrictEqual(speakers('The woman at the counter said the shop was closed.'), [['The woman at the counter', null, null]]);
      // A capitalised plural before the preposition is a group, not a person: neither it nor the place is filed.
      assert.deepStrictEqual(speakers('Conservatives in Parliament said the ferry was always late.'), [['Conservatives in Parliament', null, null]]);
      assert.deepStrictEqual(speakers('Norwegians in Spain told reporters the pension was too low.'), [['Norwegians in Spain', null, null]]);
      assert.deepStrictEqual(speakers('Kari Holm runs the mill in Tromsø.\n\nNobody in Tromsø believes the mill will close.').map((s) => s[1]), [null]);
      // A name before the preposition stays the speaker alone.
      assert.deepStrictEqual(speakers('Kari Holm in Tromsø said the ferry was always late.').map((s) => s[0]), ['Kari Holm']);
    });

    it('files neither "Mrs. Lee\'s aides" under Mrs. Lee nor "a spokesman for Acme" under Acme', () => {
      assert.deepStrictEqual(speakers('Mrs. Lee\'s aides said the mayor would not attend.'), [['Mrs. Lee\'s aides', null, null]]);
      assert.deepStrictEqual(speakers('Acme Corporation raised prices. A spokesman for Acme Corporation said costs had risen.').map((s) => s[1]), [null]);
    });
  });

  describe('contractions', () => {
    it('reads "who’s" + participle as "who has": the relative stands for the name before its comma or dash', () => {
      assert.deepStrictEqual(speakers('Jo Roe, who’s argued for years that taxes are too low, said the plan would fail.'), [
        ['Jo Roe', 'Jo Roe', 'named'],
        ['Jo Roe', 'Jo Roe', 'named'],
      ]);
      const dashed = speakers('It became an issue, with Jo Roe — who’s called for higher taxes — lambasting the plan.');
      assert.ok(dashed.length > 0);
      for (const [written, name] of dashed) assert.deepStrictEqual([written, name], ['Jo Roe', 'Jo Roe']);
    });

    it('never makes a speaker of a contracted "’s", nor reads a possessive before a noun as one', () => {
      assert.deepStrictEqual(speakers('It’s said that taxes are too low.'), []);
      assert.deepStrictEqual(speakers('She’s long argued that taxes are too low.').map((s) => s[0]), ['She']);
      // "Roe’s claim that …" is a possessive, never "Roe has claim(ed)": Roe speaks only through the noun of saying
      // (grammar/possessiveNoun.ts), whose cue is the noun and whose content is the that-clause.
      // The source is written with its clitic, and still files the claim under Jo Roe.
      const text = 'The fact-checkers looked into Jo Roe’s claim that the pier had closed twice.';
      const claims = analysed(text).claims.filter((c) => c.speaker?.text === 'Jo Roe’s');
      assert.deepStrictEqual(claims.map((c) => [c.cue?.text, text.slice(c.spans[0].start, c.spans[0].end)]), [['claim', 'that the pier had closed twice']]);
      assert.deepStrictEqual(speakers(text), [['Jo Roe’s', 'Jo Roe', 'named']]);
    });
  });

  describe('coordinated sources', () => {
    it('ties a claim of two named people to neither of them alone', () => {
      const text = 'Joe Roe and Ann Lee met the mayor in May.\n\nMr. Roe and Ms. Lee said the rules were unfair.';
      assert.deepStrictEqual(speakers(text), [['Ms. Lee', null, null]]);
    });

    it('lists the speakers named together, and groups their claims under both names', () => {
      const text = 'Joe Roe and Ann Lee met the mayor in May.\n\nMr. Roe and Ms. Lee said the rules were unfair.\n\n“We will appeal,” said Roe and Lee.\n\nLee said she would run.';
      const a = analysed(text);
      assert.deepStrictEqual(a.claims.map((c) => c.speaker?.members), [['person:joe-roe', 'person:ann-lee'], ['person:joe-roe', 'person:ann-lee'], undefined]);
      assert.deepStrictEqual(claimsByAttribution(a).map((g) => [g.attribution.name, g.attribution.kind, g.claims.length]), [['Joe Roe and Ann Lee', 'person', 2], ['Ann Lee', 'person', 1]]);
    });

    it('finds the other speaker by name where the tagger left it untagged ("Both Mr. Roe and …")', () => {
      // The tagger leaves "Both Mr. Kent" untagged here (the test stands only while it does).
      const text = 'Larry Kent and Ed Shaw work for the network.\n\nBoth Mr. Kent and Mr. Shaw say the managers never told them what to say.';
      const a = analysed(text);
      assert.ok(!a.entities.some((e) => e.mentions.some((m) => m.start === text.indexOf('Mr. Kent'))));
      assert.deepStrictEqual(a.claims.map((c) => [c.speaker?.entityId, c.speaker?.members]), [[null, ['person:larry-kent', 'person:ed-shaw']]]);
    });

    it('reads "said Roe and Lee" after the cue as two speakers too', () => {
      const text = 'Joe Roe and Ann Lee met the mayor in May.\n\n“The rules are unfair,” said Roe and Lee.';
      assert.deepStrictEqual(speakers(text).map((s) => s[1]), [null]);
    });

    it('keeps one speaker when the other name is an object or a part of the same name', () => {
      const withObject = 'Joe Roe met Ann Lee in May.\n\nAfter campaigning with Joe Roe and Ann Lee said the rules were unfair.';
      assert.deepStrictEqual(speakers(withObject).map((s) => s[1]), ['Ann Lee']);
      const oneName = 'The Central and East European Coalition met in May. The Central and East European Coalition said the rules were unfair.';
      assert.deepStrictEqual(speakers(oneName).map((s) => s[1]), ['Central and East European Coalition']);
    });
  });

  it('groups a place that speaks as an organization', () => {
    const a = analysed('Beijing said it would respond.');
    const speaker = a.entities.find((e) => e.id === a.claims[0].speaker?.entityId);
    assert.deepStrictEqual([speaker?.type, speaker?.name], ['organization', 'Beijing']);
  });

  it('never leaves an entity without mentions (found by fuzzing)', () => {
    const a = analysed('“We will win," the group R.o said on Monday.');
    for (const e of a.entities) assert.ok(e.mentions.length > 0, e.id);
  });
});
