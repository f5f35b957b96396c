// Company names read by their form: a legal-form suffix or "&" between capitalised names.
import * as assert from 'assert';
import { findEntities } from '../../../../src/engine/entities';
import { splitLines } from '../../../../src/engine/text/paragraphs';
import type { Entity } from '../../../../src/engine/types';

const entitiesOf = (text: string): Entity[] => findEntities(text, splitLines(text));
const listed = (entities: Entity[]): string[] => entities.map((e) => `${e.type}:${e.name}`);
const mentionsOf = (entities: Entity[], type: string): string[] =>
  entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => m.text));

describe('company names by their form', () => {
  it('takes a run of capitalised words ending in a legal form for one organization', () => {
    const text = 'The pumps were supplied by Brandt Whitcombe Holdings Ltd and Osterfeld Maschinen GmbH, the council said.\n'
      + 'Water rights went to the Bank of Eastmoor Inc. in March.';
    const orgs = mentionsOf(entitiesOf(text), 'organization');
    for (const name of ['Brandt Whitcombe Holdings Ltd', 'Osterfeld Maschinen GmbH', 'Bank of Eastmoor Inc.']) {
      assert.ok(orgs.includes(name), `${name}: ${listed(entitiesOf(text)).join(', ')}`);
    }
  });

  it('joins capitalised names around "&", whatever the tagger made of the parts', () => {
    const text = 'Douglas & Ferris said profits fell.\nShares of Morgan & Barrett rose 4 percent.\n'
      + 'Analysts said Douglas & Ferris\'s outlook was solid.';
    const e = entitiesOf(text);
    const company = e.filter((x) => x.mentions.some((m) => m.text.startsWith('Douglas')));
    assert.deepStrictEqual(company.map((x) => `${x.type}:${x.name}:${x.mentions.length}`), ['organization:Douglas & Ferris:2'], listed(e).join(', '));
    assert.ok(mentionsOf(e, 'organization').includes('Morgan & Barrett'), listed(e).join(', '));
    assert.ok(!e.some((x) => x.type === 'person'), listed(e).join(', '));
  });

  it('keeps a person named before "of" apart from the company after it', () => {
    const text = 'The forecast was too gloomy, said Mara Quist of Tellwood Capital Corp. in a note on Tuesday.';
    const e = entitiesOf(text);
    assert.ok(mentionsOf(e, 'organization').includes('Tellwood Capital Corp.'), listed(e).join(', '));
    assert.ok(mentionsOf(e, 'person').includes('Mara Quist'), listed(e).join(', '));
  });

  it('leaves out a sentence opener and reads the period ending a line as the full stop', () => {
    const text = 'The Ferrand & Hale partnership was dissolved.\nThe order went to Vantrell Systems Inc.\n'
      + 'Vantrell Systems Inc. said on Monday that it would hire.';
    const e = entitiesOf(text);
    const orgs = mentionsOf(e, 'organization');
    assert.ok(orgs.includes('Ferrand & Hale'), listed(e).join(', '));
    const vantrell = e.filter((x) => x.mentions.some((m) => m.text.startsWith('Vantrell')));
    assert.deepStrictEqual(vantrell.map((x) => x.mentions.map((m) => m.text)), [['Vantrell Systems Inc', 'Vantrell Systems Inc.']], listed(e).join(', '));
  });

  it('reads no company suffix that runs on into another capitalised word', () => {
    const text = 'Bonds were sold by the Marlow Co Building Authority on Tuesday.\nA loan came from Ferris Co on Monday.';
    const orgs = mentionsOf(entitiesOf(text), 'organization');
    assert.ok(orgs.includes('Marlow Co Building Authority') && orgs.includes('Ferris Co'), orgs.join(', '));
  });

  it('takes a name followed by "shares" or "stock" for a company', () => {
    const text = 'Analysts said Brandt shares were cheap.\nHallman stock closed down 1/8 at 40 on Friday.';
    const e = entitiesOf(text);
    assert.deepStrictEqual(mentionsOf(e, 'organization'), ['Brandt', 'Hallman'], listed(e).join(', '));
    const poll = entitiesOf('A Bloomberg poll shows that voters have changed their minds.');
    assert.deepStrictEqual(mentionsOf(poll, 'organization'), ['Bloomberg'], listed(poll).join(', '));
    assert.deepStrictEqual(mentionsOf(e, 'person'), [], listed(e).join(', '));
  });

  it('does not read company forms into a headline in capitals', () => {
    const text = 'MARKETS RALLY AS HALLBERG & STRAND SOARS\nStocks rose on Friday.';
    const orgs = mentionsOf(entitiesOf(text), 'organization');
    assert.ok(!orgs.some((m) => m.startsWith('MARKETS')), orgs.join(', '));
  });

  it('joins a legal form after a comma to the company before it, which its bare name then names too', () => {
    const text = 'Thanks for the invoices from Pellow & Marsh, LLP last week.\n'
      + 'The pumps came from Ostrander Fluidics, Inc. of Tulsa.\n'
      + 'Send the draft to your contact at Ostrander Fluidics when ready.';
    const e = entitiesOf(text);
    const orgs = mentionsOf(e, 'organization');
    for (const name of ['Pellow & Marsh, LLP', 'Ostrander Fluidics, Inc.', 'Ostrander Fluidics']) {
      assert.ok(orgs.includes(name), `${name}: ${listed(e).join(', ')}`);
    }
    assert.ok(!orgs.includes('LLP') && !orgs.includes('Inc.'), orgs.join(', '));
    const company = e.filter((x) => x.mentions.some((m) => m.text.startsWith('Ostrander')));
    assert.strictEqual(company.length, 1, listed(e).join(', '));
  });
});
