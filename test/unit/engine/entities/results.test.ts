// Match results on a line of their own: the two names are teams.
import * as assert from 'assert';
import { findEntities } from '../../../../src/engine/entities';
import { resultTeams } from '../../../../src/engine/entities/results';
import { splitLines } from '../../../../src/engine/text/paragraphs';

describe('match result lines', () => {
  it('types both names of "Team 2 Team 1" as organizations, even a city', () => {
    const text = 'Danish league results on Sunday:\nAalborg 2 Viborg 0\nHarbour City 3 Northgate Rovers 1\nAalborg is a city in Jutland.';
    const teams = findEntities(text, splitLines(text))
      .filter((e) => e.type === 'organization')
      .flatMap((e) => e.mentions.map((m) => m.text));
    for (const team of ['Aalborg', 'Viborg', 'Harbour City', 'Northgate Rovers']) assert.ok(teams.includes(team), `${team}: ${teams.join(', ')}`);
    // The city the team is named for stays a place in prose.
    const places = findEntities(text, splitLines(text)).filter((e) => e.type === 'place').flatMap((e) => e.mentions.map((m) => m.text));
    assert.ok(places.includes('Aalborg'), places.join(', '));
  });

  it('reads only a whole line of two names and two scores', () => {
    assert.deepStrictEqual(resultTeams('  Aalborg 2 Viborg 0'), [
      { start: 2, end: 9, type: 'organization' },
      { start: 12, end: 18, type: 'organization' },
    ]);
    for (const line of ['Aalborg 2 Viborg 0 after extra time', 'The score was 2 to 0', 'Aalborg won 2-0', 'Flight 201 to Oslo 3']) {
      assert.deepStrictEqual(resultTeams(line), [], line);
    }
  });

  it('reads a league table\'s row, a name and four counts or more, as a team', () => {
    assert.deepStrictEqual(resultTeams('Harbour City 5 3 1 1 9 4 10'), [{ start: 0, end: 12, type: 'organization' }]);
    for (const line of ['Harbour City 5 3 1', 'Harbour City won 5 3 1 1', 'Brown 33 4 138 2 69.00']) assert.deepStrictEqual(resultTeams(line), [], line);
  });
});
