// Names the tagger finds in web text that are none: acronyms of things, groups of people, Roman numerals and
// headings of common words (src/engine/entities/webNonNames.ts).
import * as assert from 'assert';
import { findEntities } from '../../../../src/engine/entities';
import { splitLines } from '../../../../src/engine/text/paragraphs';

const named = (text: string): string[] =>
  findEntities(text, splitLines(text)).filter((e) => ['person', 'organization', 'place'].includes(e.type)).map((e) => `${e.type}:${e.name}`);

describe('names in web text that are none', () => {
  it('takes no acronym of a thing for an organization ("USB", "IPO")', () => {
    assert.deepStrictEqual(named('My laptop\'s USB ports stopped charging my phone.'), []);
    assert.deepStrictEqual(named('Ever since the IPO, investors have worried.'), []);
  });

  it('takes no group of people for an organization ("Sunni Arabs and Kurds", "the Shiites")', () => {
    assert.deepStrictEqual(named('Sunni Arabs and Kurds voted in large numbers.'), []);
    assert.deepStrictEqual(named('The Shiites of the south refused.'), []);
    assert.deepStrictEqual(named('The militia has ties to Sunni Arab tribes.'), []);
  });

  it('takes no group of people for a person ("Iraqi Shiites", "young Muslim men")', () => {
    assert.deepStrictEqual(named('It has turned even Iraqi Shiites, who were grateful, against them.'), []);
    assert.deepStrictEqual(named('They recruit young Muslim men.'), []);
  });

  it('takes no storm for a person ("Hurricane Rita"), where a person of the same name stays one', () => {
    assert.deepStrictEqual(named('Oil rose as Hurricane Rita neared Texas.'), ['place:Texas']);
    assert.deepStrictEqual(named('Rita Moreno sang in Texas.'), ['person:Rita Moreno', 'place:Texas']);
    // The storm word before the name, after any white space (the quick check before WORD_BEFORE reads it).
    assert.deepStrictEqual(named('Oil rose as the storm, Hurricane\u2003Rita, neared Texas.'), ['place:Texas']);
  });

  it('takes no stage direction in brackets for an organization ("(Applause.)")', () => {
    assert.deepStrictEqual(named('We will build the bridge.\n(Applause.)\nAnd we will pay for it. [Laughter]'), []);
  });

  it('takes no government named by its demonym for an organization ("the Iranian Government")', () => {
    assert.deepStrictEqual(named('Nobody here trusts the Iranian Government on this.'), []);
    assert.deepStrictEqual(named('The loan was repaid by the Dutch Government in 1950.'), []);
  });

  it('takes no file\'s name for a name ("Halden Lease Schedule.doc", "Harbor Budget.xls")', () => {
    const text = 'Two files come with this note:\n- Halden Lease Schedule.doc\n- Halden Lease Schedule v2.doc\nSee also the Harbor Budget.xls file from Marta Holm.';
    const found = findEntities(text, splitLines(text)).filter((e) => ['person', 'organization', 'place'].includes(e.type)).map((e) => e.name);
    assert.deepStrictEqual(found, ['Marta Holm']);
  });

  it('takes no abbreviation an article defines after an agreement\'s or a plan\'s name for a name, and keeps a body\'s', () => {
    const text = 'The banks backed the Harlow Wind Lease Agreement ("HWLA") and the Coastal Grid Project (CGP).\nThe HWLA was signed; the CGP is late.\n'
      + 'The Pellworth Harbour Authority (PHA) approved both.';
    const found = named(text);
    assert.ok(!found.some((e) => /HWLA|CGP/u.test(e)), found.join(', '));
    assert.ok(found.includes('organization:PHA') || found.includes('organization:Pellworth Harbour Authority'), found.join(', '));
  });

  it('takes no Roman numeral alone for a name', () => {
    assert.deepStrictEqual(named('Parts VI and VII of the ruling.'), []);
  });

  it('takes no heading of common words in title case for a name ("Great Service", "Nice Clean Rooms.")', () => {
    assert.deepStrictEqual(named('Great Service\nThey fixed the sink in an hour.'), []);
    assert.deepStrictEqual(named('Nice Clean Rooms.'), []);
  });

  it('keeps an organization named in a sentence with common words ("The Army said") and a group\'s body ("Islamic Jihad")', () => {
    assert.deepStrictEqual(named('The Army said on Monday.'), ['organization:Army']);
    assert.deepStrictEqual(named('Islamic Jihad said it would respond.'), ['organization:Islamic Jihad']);
  });
  it('takes no program after "in" for a place where the words around it show a program', () => {
    assert.deepStrictEqual(named('There is a glitch in Lumenra that hides the toolbar.'), []);
    assert.deepStrictEqual(named('I edited the old photo in Pixelforge before posting it.'), []);
    assert.deepStrictEqual(named('Open the attachment in Quillpad and print it.'), []);
    assert.deepStrictEqual(named('Please send the invoice in Ledgerly format.'), []);
    assert.deepStrictEqual(named('The page renders fine in Firefox but not in Safari.'), []);
  });

  it('keeps a place after "in" where no program is shown', () => {
    assert.deepStrictEqual(named('She opened a bakery in Lyon last year.'), ['place:Lyon']);
    assert.deepStrictEqual(named('A plane crash in Nepal killed six.'), ['place:Nepal']);
  });
  it('takes no language for a place ("in Hebrew", "in Mandarin")', () => {
    assert.deepStrictEqual(named('The sign was written in Hebrew, and the guide answered in Mandarin.'), []);
    assert.deepStrictEqual(named('She taught Latin in Oslo.'), ['place:Oslo']);
  });
});
