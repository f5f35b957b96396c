// A name's definition in the article settles its type for every mention.
import * as assert from 'assert';
import { findEntities } from '../../../../src/engine/entities';
import { splitLines } from '../../../../src/engine/text/paragraphs';

const typeOf = (text: string, name: string): string | undefined =>
  findEntities(text, splitLines(text)).find((e) => e.name === name)?.type;

describe('types by definition', () => {
  it('types a name by the noun of "is a …" or an appositive, for every mention', () => {
    const text = 'Vestra Holm is a Norwegian chain of hypermarkets.\nThe first Vestra Holm opened in 1970.';
    assert.strictEqual(typeOf(text, 'Vestra Holm'), 'organization');
    assert.strictEqual(typeOf('Kollund, a village near the border, flooded.\nKollund was evacuated.', 'Kollund'), 'place');
  });

  it('reads the head noun at the end of the definition\'s phrase, past adjectives, and no noun that qualifies it', () => {
    const maker = 'Velmora is a major Brazilian manufacturer of bicycles.\nVelmora was founded in 1898 by Luigi Velmora.\nIn 1990 Velmora opened a plant.';
    assert.strictEqual(typeOf(maker, 'Velmora'), 'organization');
    const member = 'Anna Brisk, a former band member, said the tour was over.\nBrisk said it twice.';
    assert.strictEqual(typeOf(member, 'Anna Brisk'), 'person');
    assert.strictEqual(typeOf('Kollund is a small fishing village near the border.\nKollund flooded.', 'Kollund'), 'place');
  });

  it('types a name by a kind noun before it, with "of" only for a place', () => {
    const band = 'Budjana was the guitarist of the band Merak Gita.\nSince then, Merak Gita has released six albums.';
    assert.strictEqual(typeOf(band, 'Merak Gita'), 'organization');
    assert.strictEqual(typeOf('Floods hit the village of Kollund.\nKollund said it was ready.', 'Kollund'), 'place');
  });

  it('reads an appositive after a preposition, with a possessive, and "are a", past a bracketed aside', () => {
    const taken = 'The plant was taken over in 1978 by Halvor Stein, a stationery company.\nHalvor Stein closed it.';
    assert.strictEqual(typeOf(taken, 'Halvor Stein'), 'organization');
    const own = 'In 1980 he started Merak Gita, his first jazz band, with friends.\nMerak Gita toured.';
    assert.strictEqual(typeOf(own, 'Merak Gita'), 'organization');
    assert.strictEqual(typeOf('Dovra Wendel are an English rock band.\nDovra Wendel split in 1999.', 'Dovra Wendel'), 'organization');
    assert.strictEqual(typeOf('Bank Holm (also Sunny Holm) is a suburb of Leeds.\nBank Holm grew.', 'Bank Holm'), 'place');
  });

  it('knows the kinds encyclopedias define firms, people and places by', () => {
    assert.strictEqual(typeOf('Halvor Stein is a Norwegian broadcaster.\nHalvor Stein opened in 1990.', 'Halvor Stein'), 'organization');
    assert.strictEqual(typeOf('Korvel Holm is a Danish novelist.\nKorvel Holm lives in Oslo.', 'Korvel Holm'), 'person');
    assert.strictEqual(typeOf('Cal Vela Park is a public park.\nCal Vela Park opened in 1901.', 'Cal Vela Park'), 'place');
    const journal = 'They replied in the scientific journal Halvor Stein.\nHalvor Stein discussed the papers.';
    assert.strictEqual(typeOf(journal, 'Halvor Stein'), 'organization');
  });

  it('types each name of a list after a plural kind noun and "like", "including" or "such as"', () => {
    const text = 'They toured with bands like Korvel Gita, Merak Holm, and Dovra Wendel.\nDovra Wendel split. Korvel Gita played.';
    assert.deepStrictEqual(['Korvel Gita', 'Merak Holm', 'Dovra Wendel'].map((n) => typeOf(text, n)), ['organization', 'organization', 'organization']);
    const cities = 'It sells in cities such as Halden, Varnes and Oslo, said Anna Holm.';
    assert.deepStrictEqual(['Halden', 'Varnes', 'Anna Holm'].map((n) => typeOf(cities, n)), ['place', 'place', 'person']);
  });

  it('reads no definition of a name inside a longer phrase, nor turns a known place into a newspaper', () => {
    const text = 'Police said nine people were hurt near the capital Algiers, an Algerian newspaper reported.';
    assert.strictEqual(typeOf(text, 'Algiers'), 'place');
    const report = 'Troops left the town of Velmora Holm, a leading daily newspaper said on Monday.\nVelmora Holm was quiet.';
    assert.strictEqual(typeOf(report, 'Velmora Holm'), 'place');
  });
});
