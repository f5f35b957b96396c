// Entity quality on news prose: the defects a reader sees in an article's entity list.
import * as assert from 'assert';
import { findEntities } from '../../../../src/engine/entities';
import { splitLines } from '../../../../src/engine/text/paragraphs';
import type { Entity } from '../../../../src/engine/types';

const entitiesOf = (text: string): Entity[] => findEntities(text, splitLines(text));
const listed = (entities: Entity[]): string[] => entities.map((e) => `${e.type}:${e.name}`);
const named = (entities: Entity[]): Entity[] =>
  entities.filter((e) => e.type === 'person' || e.type === 'organization' || e.type === 'place');

describe('entities in news prose', () => {
  it('never makes a name of a mark without a letter, even between flag emoji', () => {
    const text = 'Leaders of the Alliance said they support 🇺🇦 & 🇬🇪 and will meet again in Vilnius.\n'
      + 'The ministers of 🇫🇷 & 🇩🇪 & 🇵🇱 signed the Weimar statement.';
    for (const e of named(entitiesOf(text))) assert.ok(/\p{L}/u.test(e.name), listed(entitiesOf(text)).join(', '));
  });

  it('does not take a regional adjective alone for a name', () => {
    const text = 'Defence ministers of the Baltic states met in Riga, and Nordic leaders joined them by video.\n'
      + 'European diplomats said the Baltic Sea patrols would continue.';
    const names = listed(named(entitiesOf(text)));
    for (const adjective of ['Baltic', 'Nordic', 'European']) {
      assert.ok(!names.some((n) => n.endsWith(':' + adjective)), names.join(', '));
    }
    assert.ok(names.includes('place:Riga'), names.join(', '));
  });

  it('merges the aliases of one country into one place named by the fullest form written', () => {
    const text = 'The US said on Monday that troops would stay.\n'
      + 'Officials in the United States, in the U.S. Congress and across America welcomed the move, USA Today reported.\n'
      + 'Britain and the UK are one country; Lithuania is another.';
    const e = entitiesOf(text);
    const us = e.filter((x) => x.type === 'place' && ['US', 'U.S.', 'United States', 'America'].includes(x.mentions[0].text));
    assert.strictEqual(us.length, 1, listed(e).join(', '));
    assert.strictEqual(us[0].name, 'United States');
    assert.ok(us[0].mentions.length >= 3, us[0].mentions.map((m) => m.text).join(', '));
    assert.ok(!listed(e).includes('place:US'), listed(e).join(', '));
  });

  it('gives a name tagged with two types in one article the type most of its mentions have', () => {
    const text = 'US officials met in Geneva.\nThe US military said its US bases were ready.\n'
      + 'Jordan said talks would resume.\nJordan is a kingdom.\nKing Abdullah of Jordan spoke.';
    const e = entitiesOf(text);
    const withMention = (name: string): Entity[] => e.filter((x) => x.mentions.some((m) => m.text === name));
    // A country is a place wherever it is written; a name is one entity, not a person and a place.
    assert.deepStrictEqual(withMention('US').map((x) => x.type), ['place'], listed(e).join(', '));
    const jordan = withMention('Jordan');
    assert.deepStrictEqual(jordan.map((x) => x.type), ['place'], listed(e).join(', '));
    assert.strictEqual(jordan[0].mentions.length, 3);
  });

  it('types geographic and street names as places by their form', () => {
    const text = 'Ferries crossed the Mariager Fjord on Sunday, and divers searched Kollund Fjord.\n'
      + 'Shops on Limmatquai and Marktgasse closed early, and the market on Barfüsserplatz was cancelled.\n'
      + 'The track ran between Hancock Pond and Lincoln Reservoir, past Sandy Creek.';
    const e = entitiesOf(text);
    const places = ['Mariager Fjord', 'Kollund Fjord', 'Limmatquai', 'Marktgasse', 'Barfüsserplatz', 'Hancock Pond', 'Lincoln Reservoir', 'Sandy Creek'];
    for (const place of places) {
      assert.ok(e.some((x) => x.type === 'place' && x.name === place), `${place}: ${listed(e).join(', ')}`);
    }
  });

  it('takes a one-word name after "in" for a place, and lets that outweigh a guess elsewhere', () => {
    const text = 'Plans for Trastevere’s new school were shelved on Monday.\nTourists crowded into cafés in Trastevere.';
    const e = named(entitiesOf(text)).filter((x) => x.mentions.some((m) => m.text === 'Trastevere'));
    assert.deepStrictEqual(e.map((x) => `${x.type}:${x.name}:${x.mentions.length}`), ['place:Trastevere:2']);
  });

  it('makes a company\'s bare name a mention of the company', () => {
    const text = 'The contract went to Nordbau AG, the canton said.\nA spokesman for Nordbau declined to comment.\n'
      + 'Engineers at Nordbau had warned of delays in March.';
    const e = entitiesOf(text);
    const company = e.filter((x) => x.mentions.some((m) => m.text === 'Nordbau'));
    assert.deepStrictEqual(company.map((x) => `${x.type}:${x.name}`), ['organization:Nordbau AG'], listed(e).join(', '));
    assert.strictEqual(company[0].mentions.length, 3);
  });

  it('does not take a number opening a sentence or a holiday for a name', () => {
    const text = 'Four ministers resigned on Friday in Oslo.\nTwelve more may follow before Christmas, said Ola Berge.';
    const names = listed(named(entitiesOf(text)));
    for (const word of ['Four', 'Twelve', 'Christmas']) assert.ok(!names.some((n) => n.endsWith(':' + word)), names.join(', '));
    assert.ok(names.includes('person:Ola Berge') && names.includes('place:Oslo'), names.join(', '));
  });

  it('takes no event for an organization or a place ("… Open", "… Games", "… Classic")', () => {
    const text = 'Garcia won the Greater Harbour Open by two strokes on Sunday.\n'
      + 'Spain will host the Davis Cup final and the Mediterranean Games next year.\n'
      + 'Tickets for the Brookfield Classic and the Lakeside Championship sold out.';
    const e = named(entitiesOf(text));
    for (const head of ['Open', 'Cup', 'Games', 'Classic', 'Championship']) {
      assert.ok(!e.some((x) => x.name.endsWith(' ' + head)), `${head}: ${listed(e).join(', ')}`);
    }
    assert.ok(listed(e).includes('place:Spain') && listed(e).includes('person:Garcia'), listed(e).join(', '));
  });

  it('takes no battle, treaty, campaign, award or law for an organization or a place', () => {
    const text = 'The regiment fought at the Battle of Chancellorsville and in the Siege of Vicksburg.\n'
      + 'The Paris Agreement and the Treaty of Versailles were discussed by the panel.\n'
      + 'It joined the Shenandoah Campaign in 1864 and the Atlanta Campaign in May.\n'
      + 'The band won two MTV Europe Music Awards and the Polar Music Prize, said Anna Berg.\n'
      + 'Congress passed the Clean Water Act after the Spanish Civil War, in Madrid.';
    const e = named(entitiesOf(text));
    for (const name of ['Battle of Chancellorsville', 'Siege of Vicksburg', 'Treaty of Versailles', 'Shenandoah Campaign', 'MTV Europe Music Awards', 'Polar Music Prize', 'Clean Water Act', 'Spanish Civil War']) {
      assert.ok(!e.some((x) => x.name === name), `${name}: ${listed(e).join(', ')}`);
    }
    assert.ok(listed(e).includes('person:Anna Berg') && listed(e).includes('place:Madrid'), listed(e).join(', '));
  });

  it('splits a name at an unbalanced bracket: an abbreviation and its expansion are two names', () => {
    const text = 'The FOMC (Federal Open Market Committee) meets on Tuesday.\n'
      + 'Officials at the IAAF (International Amateur Athletic Federation) said the meeting would go ahead.';
    const e = named(entitiesOf(text));
    for (const name of ['FOMC', 'Federal Open Market Committee', 'IAAF', 'International Amateur Athletic Federation']) {
      assert.ok(listed(e).includes('organization:' + name), `${name}: ${listed(e).join(', ')}`);
    }
    assert.ok(!e.some((x) => x.name.includes('(')), listed(e).join(', '));
  });

  it('splits an organization or place run at a title into it and the person the title names', () => {
    const text = 'Port Authority Director Lena Moravec said the pier would reopen.\nLagos Governor Babatunde Fashola opened the bridge.';
    const e = listed(named(entitiesOf(text)));
    for (const name of ['organization:Port Authority', 'person:Lena Moravec', 'person:Babatunde Fashola']) {
      assert.ok(e.includes(name), `${name}: ${e.join(', ')}`);
    }
    assert.ok(!e.some((x) => / (Director|Governor) /.test(x)), e.join(', '));
  });

  it('ends no name in a lower-case word', () => {
    const text = 'The merger will strengthen Ontario-based Lindqvist in the car seat market.';
    const e = named(entitiesOf(text));
    assert.ok(listed(e).includes('organization:Lindqvist'), listed(e).join(', '));
    assert.ok(!e.some((x) => / \p{Ll}+$/u.test(x.name)), listed(e).join(', '));
    const contraction = listed(named(entitiesOf('Marta Lindqvist didn\'t have a choice.\nOmar Haddad wasn\'t home.')));
    assert.deepStrictEqual(contraction, ['person:Marta Lindqvist', 'person:Omar Haddad']);
  });

  it('keeps a quoted nickname inside the person\'s name it stands in', () => {
    const e = listed(named(entitiesOf('Veteran boxer Marco "The Hammer" Rinaldi won on points, and Rinaldi said he would retire.')));
    assert.deepStrictEqual(e, ['person:Marco "The Hammer" Rinaldi'], e.join(', '));
  });

  it('takes a street or square named after a person for a place, opener included', () => {
    const text = 'Protesters gathered on the Plaza de la Reina on Sunday, then marched down the Rua dos Fanqueiros.';
    const e = named(entitiesOf(text));
    assert.ok(e.some((x) => x.type === 'place' && x.name === 'Plaza de la Reina'), listed(e).join(', '));
    assert.ok(!e.some((x) => x.type === 'person'), listed(e).join(', '));
  });
});
