// A name the tagger reads as an adjective's run (a nationality opening it) is an organization's when it ends in an
// organization's head noun.
import * as assert from 'assert';
import { findEntities } from '../../../../src/engine/entities';
import { splitLines } from '../../../../src/engine/text/paragraphs';

const organizations = (text: string): string[] =>
  findEntities(text, splitLines(text)).filter((e) => e.type === 'organization').map((e) => e.name);

describe('organizations by head noun', () => {
  it('finds a nationality-led name ending in an organization head noun', () => {
    assert.deepStrictEqual(organizations('Units of the Danish Air Force took part in the exercise.'), ['Danish Air Force']);
    assert.deepStrictEqual(organizations('Officers of the German Air Force and the Greek Coast Guard met.'), ['German Air Force', 'Greek Coast Guard']);
  });

  it('leaves a nationality before a lower-case noun alone', () => {
    assert.deepStrictEqual(organizations('The Greek government said on Monday it would appeal.'), []);
  });
});
