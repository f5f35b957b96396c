// A town the tagger types as an organization is the town outside sports pages.
import * as assert from 'assert';
import { typeTownsOutsideSports } from '../../../../src/engine/entities/cityTeams';
import type { LineMention } from '../../../../src/engine/entities/lineMention';

const town = (text: string, name: string, typeLead: number | undefined): LineMention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type: 'organization', typeLead };
};

describe('towns outside sports pages', () => {
  it('retypes a town the tagger was unsure was an organization as a place', () => {
    const text = 'The line runs between Brighton and Southampton.';
    const mentions = [town(text, 'Brighton', 40), town(text, 'Southampton', 10)];
    typeTownsOutsideSports(text, mentions);
    assert.deepStrictEqual(mentions.map((m) => m.type), ['place', 'place']);
  });

  it('keeps a team on a sports page, a sure organization, one a rule typed, and a name the lexicons do not know as a town', () => {
    const sports = 'Brighton beat Southampton 2-1 on Saturday.';
    const teams = [town(sports, 'Brighton', 40), town(sports, 'Southampton', 10)];
    typeTownsOutsideSports(sports, teams);
    assert.deepStrictEqual(teams.map((m) => m.type), ['organization', 'organization']);
    const text = 'Brighton and Southampton Bus and Acme Zorvel said so. Zorvel agreed.';
    const others = [town(text, 'Brighton', 300), town(text, 'Southampton Bus', 10), town(text, 'Zorvel', 10)];
    typeTownsOutsideSports(text, others);
    assert.deepStrictEqual(others.map((m) => m.type), ['organization', 'organization', 'organization']);
    const ruled = [town('It left Brighton.', 'Brighton', undefined)];
    typeTownsOutsideSports('It left Brighton.', ruled);
    assert.strictEqual(ruled[0].type, 'organization');
  });
});
