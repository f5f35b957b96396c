// An organization's head noun written alone after "the" is that organization.
import * as assert from 'assert';
import { findEntities } from '../../../../src/engine/entities';
import { splitLines } from '../../../../src/engine/text/paragraphs';

const entitiesOf = (text: string) => findEntities(text, splitLines(text));
const mentionTexts = (text: string, type: string): string[] =>
  entitiesOf(text).filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => m.text));

describe('head references', () => {
  it('finds a capitalised head noun after "the" as an organization, whatever the tagger made of the line', () => {
    const text = 'Members of the Vestran Farmers Union met on Monday.\nLater the Union asked for talks, and the Union won them.';
    assert.deepStrictEqual(mentionTexts(text, 'organization').filter((t) => t === 'Union'), ['Union', 'Union']);
  });

  it('files the head noun under the organization the article named in full', () => {
    const text = 'Officials of the National Farmers League met in Oslo on Monday.\nIn 1970 the League lost most of its members.';
    const league = entitiesOf(text).filter((e) => e.mentions.some((m) => m.text === 'League'));
    assert.deepStrictEqual(league.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)]), [
      ['organization', 'National Farmers League', ['National Farmers League', 'League']],
    ]);
  });

  it('leaves the head noun that opens a longer name, and a lower-case one, to the tagger', () => {
    const text = 'Reporters asked about the League of Kollund Farmers.\nThe league said nothing, and the Union Station closed.';
    assert.deepStrictEqual(mentionTexts(text, 'organization').filter((t) => t === 'League' || t === 'league' || t === 'Union'), []);
  });
});
