import * as assert from 'assert';
import { analyzeClaims, prepareClaims } from '../../../../src/engine/analyze';
import { findEntities } from '../../../../src/engine/entities';
import { splitLines } from '../../../../src/engine/text/paragraphs';
import { sampleArticles } from '../../paths';

describe('prepareClaims', () => {
  const text = sampleArticles().join('\n\n');
  const lines = splitLines(text);
  const entities = findEntities(text, lines);

  it('gives the claims and speakers of analyzeClaims exactly, with what it made ahead', () => {
    const prepared = prepareClaims(text, entities);
    assert.ok(prepared.names.byStart.size > 50, `${prepared.names.byStart.size} person name mentions described`);
    assert.deepStrictEqual(analyzeClaims(text, lines, entities, prepared), analyzeClaims(text, lines, entities));
  });

  it('describes each person name mention as the descriptor index would: "the president" finds the one named president', () => {
    const t = 'President Ann Lee met Bob Roe in Paris.\n\n"We agreed," the president said.';
    const ls = splitLines(t);
    const es = findEntities(t, ls);
    const prepared = prepareClaims(t, es);
    const lee = prepared.names.byStart.get(t.indexOf('Ann Lee'));
    assert.deepStrictEqual(lee && { end: lee.end, roles: lee.description.roles }, { end: t.indexOf('Ann Lee') + 7, roles: ['president'] });
    const claim = analyzeClaims(t, ls, es, prepared).claims[0];
    assert.strictEqual(es.find((e) => e.id === claim.speaker?.entityId)?.name, 'Ann Lee');
  });

  it('ignores descriptions made for another text', () => {
    const other = prepareClaims('President Ann Lee spoke.', findEntities('President Ann Lee spoke.', splitLines('President Ann Lee spoke.')));
    assert.deepStrictEqual(analyzeClaims(text, lines, entities, other), analyzeClaims(text, lines, entities));
  });
});
