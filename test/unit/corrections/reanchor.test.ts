import * as assert from 'assert';
import { anchorOf, type Anchor } from '../../../src/corrections/anchor';
import { reanchor, reanchorDecisions } from '../../../src/corrections/reanchor';
import type { Decision } from '../../../src/corrections/decisions';

const P1 = 'The council met on Tuesday to approve the budget for the coming year.';
const P2 = '“We will finish the new bridge before winter,” said Maria Lopez, the mayor.';
const P3 = 'Opposition members said the plan was rushed and asked for another hearing.';
const ARTICLE = [P1, P2, P3].join('\n\n');
const QUOTE = '“We will finish the new bridge before winter,”';

function anchorAt(text: string, exact: string): Anchor {
  const start = text.indexOf(exact);
  assert.ok(start >= 0, `"${exact}" in the text`);
  return anchorOf(text, { start, end: start + exact.length });
}

/** The text a re-anchored anchor lies on in the new text, or null for an orphan. */
function found(newText: string, anchor: Anchor): string | null {
  const result = reanchor(newText, anchor);
  if (!result) return null;
  assert.strictEqual(newText.slice(result.anchor.start, result.anchor.end), result.anchor.exact, 'offsets and quote agree');
  return result.anchor.exact;
}

describe('re-anchoring after an outside change', () => {
  const anchor = anchorAt(ARTICLE, QUOTE);

  it('keeps an anchor whose quote is still at its offsets', () => {
    const result = reanchor(ARTICLE + '\n\nA new last paragraph.', anchor);
    assert.strictEqual(result?.how, 'in place');
    assert.strictEqual(result.anchor.start, anchor.start);
  });

  it('follows a moved paragraph', () => {
    const moved = [P1, P3, P2].join('\n\n');
    const result = reanchor(moved, anchor);
    assert.strictEqual(result?.how, 'quote');
    assert.strictEqual(result.anchor.start, moved.indexOf(QUOTE));
  });

  it('finds a quote edited inside by a fuzzy match on its context', () => {
    const edited = ARTICLE.replace('new bridge', 'new steel bridge');
    const result = reanchor(edited, anchor);
    assert.strictEqual(result?.how, 'fuzzy');
    assert.strictEqual(result.anchor.exact, '“We will finish the new steel bridge before winter,”');
  });

  it('orphans a deleted target rather than matching something else', () => {
    assert.strictEqual(found([P1, P3].join('\n\n'), anchor), null);
  });

  it('anchors to one copy of a duplicated paragraph, not to nothing', () => {
    const duplicated = [P1, P2, P2, P3].join('\n\n');
    const result = reanchor(duplicated, anchorAt(ARTICLE, P3.slice(0, 40)));
    assert.ok(result);
    assert.strictEqual(result.anchor.start, duplicated.indexOf(P3));
    assert.strictEqual(found(duplicated, anchor), QUOTE);
  });

  it('survives a CRLF rewrite both ways, offsets counted in the new text', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const result = reanchor(crlf, anchor);
    assert.strictEqual(result?.anchor.start, crlf.indexOf(QUOTE));
    const across = anchorAt(crlf, 'year.\r\n\r\n“We');
    const back = reanchor(ARTICLE, across);
    assert.strictEqual(back?.anchor.exact, 'year.\n\n“We');
  });

  it('counts UTF-16 offsets after an emoji inserted before the target', () => {
    const withEmoji = '🇺🇦 ' + ARTICLE.replace('Tuesday', 'Tuesday 🎉');
    const result = reanchor(withEmoji, anchor);
    assert.strictEqual(result?.anchor.start, withEmoji.indexOf(QUOTE));
    assert.strictEqual(result.anchor.start, anchor.start + 'Tuesday 🎉'.length - 'Tuesday'.length + '🇺🇦 '.length);
  });

  it('does not fuzzy-match a short quote without its context', () => {
    const short = anchorAt(ARTICLE, 'Maria');
    assert.strictEqual(found('Maria is another person entirely, in another story.', short), null);
    assert.strictEqual(found('Something else first. ' + ARTICLE, short), 'Maria');
  });

  it('marks decisions orphans, keeps them, and clears the mark when the target comes back', () => {
    const decision: Decision = { id: 'd1', action: 'acceptClaim', target: anchor, creator: 'a', created: '2026-01-01T00:00:00Z' };
    const [lost] = reanchorDecisions([P1, P3].join('\n\n'), [decision]);
    assert.strictEqual(lost.orphan, true);
    assert.deepStrictEqual(lost.target, anchor, 'the last known target is kept');
    const [back] = reanchorDecisions([P3, P2].join('\n\n'), [lost]);
    assert.strictEqual(back.orphan, undefined);
    assert.strictEqual(back.target.exact, QUOTE);
  });
});
