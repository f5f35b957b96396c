import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { findEntities } from '../../../../src/engine/entities';
import { splitLines } from '../../../../src/engine/text/paragraphs';
import type { Entity } from '../../../../src/engine/types';
import { ROOT } from '../../paths';

const entitiesOf = (text: string): Entity[] => findEntities(text, splitLines(text));
const named = (entities: Entity[], type: string): string[] => entities.filter((e) => e.type === type).map((e) => e.name);
const byName = (entities: Entity[], name: string): Entity => {
  const e = entities.find((x) => x.name === name);
  assert.ok(e, `no entity named ${name}; got ${entities.map((x) => `${x.type}:${x.name}`).join(', ')}`);
  return e;
};
const mentionTexts = (e: Entity): string[] => e.mentions.map((m) => m.text);

describe('findEntities on the seed article', () => {
  const root = ROOT;
  const text = readFileSync(join(root, 'seeds', '000_b46657698715220a.txt'), 'utf8');
  const entities = entitiesOf(text);

  it('finds the people, with every mention of Gitanas Nausėda merged, handle included', () => {
    const people = named(entities, 'person');
    for (const p of ['Joe Biden', 'Vladimir Putin', 'Gitanas Nausėda']) assert.ok(people.includes(p), people.join(', '));
    const nauseda = byName(entities, 'Gitanas Nausėda');
    assert.strictEqual(nauseda.id, 'person:gitanas-nausėda');
    const texts = mentionTexts(nauseda);
    // Every "Nausėda" written, alone or in the full name, is a mention of this one entity.
    for (let at = text.indexOf('Nausėda'); at >= 0; at = text.indexOf('Nausėda', at + 1)) {
      assert.ok(nauseda.mentions.some((m) => m.start <= at && at < m.end), `Nausėda at ${at} not merged: ${texts.join(', ')}`);
    }
    assert.ok(texts.includes('Gitanas Nausėda'));
    const handle = nauseda.mentions.find((m) => m.text === '@GitanasNauseda');
    assert.ok(handle, texts.join(', '));
    assert.strictEqual(handle.form, 'handle');
    assert.ok(!entities.some((e) => e.type === 'person' && e.name === 'Nausėda'), 'the surname is not an entity of its own');
  });

  it('merges "US President Joe Biden" and "Biden", without the title in the name or the mentions', () => {
    const biden = byName(entities, 'Joe Biden');
    assert.strictEqual(biden.type, 'person');
    const texts = mentionTexts(biden);
    assert.ok(texts.includes('Biden') && texts.includes('Joe Biden'), texts.join(', '));
    assert.ok(texts.every((t) => !/President/.test(t)));
  });

  it('finds NATO as an organization and the places', () => {
    assert.ok(named(entities, 'organization').includes('NATO'));
    const places = named(entities, 'place');
    for (const p of ['Lithuania', 'Baltics', 'Brussels', 'Russia', 'Belarus', 'Geneva']) assert.ok(places.includes(p), places.join(', '));
    // "Lithuania's" is the mention "Lithuania".
    assert.ok(byName(entities, 'Lithuania').mentions.every((m) => m.text === 'Lithuania'));
  });

  it('finds the hashtags, the bare picture link and the date of the embedded post', () => {
    assert.deepStrictEqual(named(entities, 'hashtag'), ['#NATOSummit', '#NATO2030']);
    assert.ok(named(entities, 'url').includes('pic.twitter.com/N4houT6GZq'));
    assert.ok(named(entities, 'date').includes('June 14, 2021'));
  });
});

describe('findEntities patterns', () => {
  it('strips titles from names and merges the surname with the full name', () => {
    const text = 'Prime Minister Jacinda Ardern visited Sydney on Tuesday.\nArdern told reporters the talks went well.';
    const e = entitiesOf(text);
    const ardern = byName(e, 'Jacinda Ardern');
    assert.strictEqual(ardern.type, 'person');
    assert.deepStrictEqual(mentionTexts(ardern), ['Jacinda Ardern', 'Ardern']);
    assert.strictEqual(ardern.id, 'person:jacinda-ardern');
    assert.ok(named(e, 'place').includes('Sydney'));
  });

  it('merges a name written with and without its generational suffix, and keeps a father and son apart', () => {
    const text = 'Walter Penrose Jr. opened the hearing.\nWalter Penrose spoke for an hour.\nPenrose then left the room.';
    const penrose = byName(entitiesOf(text), 'Walter Penrose Jr.');
    assert.deepStrictEqual(mentionTexts(penrose), ['Walter Penrose Jr.', 'Walter Penrose', 'Penrose']);
    const family = entitiesOf('Hugo Maddox Sr. founded the mill.\nHugo Maddox Jr. sold it in 1990.');
    assert.deepStrictEqual(named(family, 'person'), ['Hugo Maddox Sr.', 'Hugo Maddox Jr.']);
  });

  it('parts a surname that speaks from the organization written with a possessive before it', () => {
    const e = entitiesOf('Karin Lindqvist has run the port since 2019.\nThe Harbour Board\'s Lindqvist said the pier would reopen.');
    assert.deepStrictEqual(mentionTexts(byName(e, 'Karin Lindqvist')), ['Karin Lindqvist', 'Lindqvist']);
    assert.deepStrictEqual(named(e, 'organization'), ['Harbour Board']);
  });

  it('takes the fullest name as canonical even when the surname comes first', () => {
    const text = 'Merkel arrived late.\nGerman Chancellor Angela Merkel then spoke to the press in Berlin.';
    const merkel = byName(entitiesOf(text), 'Angela Merkel');
    assert.deepStrictEqual(mentionTexts(merkel), ['Merkel', 'Angela Merkel']);
  });

  it('makes a possessive name a mention of the name alone', () => {
    const text = 'Poland\'s economy grew, officials in Warsaw said.';
    const poland = byName(entitiesOf(text), 'Poland');
    assert.deepStrictEqual(poland.mentions.map((m) => [m.start, m.end]), [[0, 6]]);
  });

  it('types a country named by an abbreviation as a place', () => {
    const e = entitiesOf('The US military will stay in Poland, officials said.');
    assert.strictEqual(byName(e, 'US').type, 'place');
  });

  it('keeps diacritics in names, ids and mentions', () => {
    const text = [
      'Former Polish president Lech Wałęsa met Mexican President Enrique Peña Nieto in Warsaw.',
      'Danish minister Søren Pind and French President François Hollande joined them.',
      'Bayern Munich striker Thomas Müller scored twice.',
    ].join('\n');
    const e = entitiesOf(text);
    const people = named(e, 'person');
    for (const p of ['Lech Wałęsa', 'Enrique Peña Nieto', 'Søren Pind', 'François Hollande', 'Thomas Müller']) {
      assert.ok(people.includes(p), people.join(', '));
    }
    assert.strictEqual(byName(e, 'Lech Wałęsa').id, 'person:lech-wałęsa');
  });

  it('gives an attribution handle to the person named before it', () => {
    const text = 'We stand together. #Unity pic.twitter.com/abc123XYZ — Jane Doe (@JaneDoeMP) March 3, 2022';
    const e = entitiesOf(text);
    const jane = byName(e, 'Jane Doe');
    assert.deepStrictEqual(jane.mentions.map((m) => [m.text, m.form]), [['Jane Doe', 'name'], ['@JaneDoeMP', 'handle']]);
    assert.ok(!e.some((x) => x.type === 'handle'), 'the handle is not an entity of its own');
  });

  it('finds handles, hashtags and URLs, bare or with a scheme, without trailing punctuation', () => {
    const text = 'Follow @city_news and #VoteLocal, see https://example.org/a?b=1. Or read example.com/path and www.test.net.';
    const e = entitiesOf(text);
    assert.deepStrictEqual(named(e, 'handle'), ['@city_news']);
    assert.deepStrictEqual(named(e, 'hashtag'), ['#VoteLocal']);
    assert.deepStrictEqual(named(e, 'url'), ['https://example.org/a?b=1', 'example.com/path', 'www.test.net']);
    assert.deepStrictEqual(named(entitiesOf('Email me at a@b.com, #1 fan, U.S. Inc.'), 'handle'), []);
  });

  it('finds dates in their usual forms', () => {
    const text = 'The vote on Monday, June 14, 2021 followed talks on 3 March 2020, in September and on 2019-12-31.';
    assert.deepStrictEqual(named(entitiesOf(text), 'date'), ['Monday, June 14, 2021', '3 March 2020', 'September', '2019-12-31']);
    assert.deepStrictEqual(named(entitiesOf('You may go.'), 'date'), []);
  });

  it('gives entities unique stable ids and sorts them by first mention', () => {
    const text = 'Paris is calm.\nThe mayor of Paris, Anne Hidalgo, spoke in Paris on Friday.';
    const e = entitiesOf(text);
    assert.deepStrictEqual(e, entitiesOf(text));
    const ids = e.map((x) => x.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    assert.ok(ids.includes('place:paris'));
    for (let i = 1; i < e.length; i++) assert.ok(e[i - 1].mentions[0].start <= e[i].mentions[0].start);
  });

  it('recognizes names in an all-capitals headline line', () => {
    const e = entitiesOf('MERKEL MEETS MACRON IN BERLIN\nAngela Merkel met Emmanuel Macron in Berlin on Monday.');
    assert.ok(byName(e, 'Berlin').mentions.length === 2);
  });
});
