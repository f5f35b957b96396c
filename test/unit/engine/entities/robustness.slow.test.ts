import * as assert from 'assert';
import { findEntities } from '../../../../src/engine/entities';
import { splitLines } from '../../../../src/engine/text/paragraphs';
import { assertValidEntities as assertValid } from '../analysisInvariants';

describe('findEntities on large inputs', () => {
  it('analyses 1 MB of text, one line or many (its time is in npm run bench)', () => {
    const paragraph = 'President Anna Kowalska of Poland met NATO officials in Brussels on Monday, @nato said. #Defence\n';
    for (const text of [paragraph.repeat(Math.ceil(1e6 / paragraph.length)), paragraph.replace('\n', ' ').repeat(Math.ceil(1e6 / paragraph.length))]) {
      const entities = findEntities(text, splitLines(text));
      assertValid(text, entities);
      assert.ok(entities.some((e) => e.name === 'Brussels'));
    }
  });
});
