import * as assert from 'assert';
import { anchorOf } from '../../../src/corrections/anchor';
import type { Decision } from '../../../src/corrections/decisions';
import { shiftDecisions, shiftSpan, type TextChange } from '../../../src/corrections/shift';

/** Applies changes in order, as VS Code does with one event's content changes. */
function edit(text: string, changes: readonly TextChange[]): string {
  for (const c of changes) text = text.slice(0, c.start) + c.text + text.slice(c.end);
  return text;
}

function decisionOn(text: string, exact: string): Decision {
  const start = text.indexOf(exact);
  return { id: 'd', action: 'acceptClaim', target: anchorOf(text, { start, end: start + exact.length }), creator: 'a', created: 'now' };
}

describe('shifting anchors through edits in the editor', () => {
  const span = { start: 10, end: 20 };

  it('moves a span after an edit before it and leaves it for an edit after it', () => {
    assert.deepStrictEqual(shiftSpan(span, { start: 0, end: 2, text: 'abcde' }), { start: 13, end: 23 });
    assert.deepStrictEqual(shiftSpan(span, { start: 25, end: 30, text: '' }), span);
  });

  it('keeps text typed right before or right after the span outside it', () => {
    assert.deepStrictEqual(shiftSpan(span, { start: 10, end: 10, text: 'xy' }), { start: 12, end: 22 });
    assert.deepStrictEqual(shiftSpan(span, { start: 20, end: 20, text: 'xy' }), span);
  });

  it('grows or shrinks with an edit inside, cuts an overlapping one, and is gone when it is all deleted', () => {
    assert.deepStrictEqual(shiftSpan(span, { start: 12, end: 14, text: 'abcd' }), { start: 10, end: 22 });
    assert.deepStrictEqual(shiftSpan(span, { start: 5, end: 12, text: 'z' }), { start: 6, end: 14 });
    assert.deepStrictEqual(shiftSpan(span, { start: 15, end: 25, text: '' }), { start: 10, end: 15 });
    assert.strictEqual(shiftSpan(span, { start: 8, end: 22, text: 'new' }), null);
  });

  it('follows several changes of one event (multi-cursor, formatter) and reads the new quotes', () => {
    const text = 'alpha beta gamma delta epsilon';
    const d = decisionOn(text, 'gamma delta');
    // Multi-cursor edits arrive last-first, each in the text the previous ones left.
    const changes: TextChange[] = [
      { start: 23, end: 23, text: 'X' },
      { start: 17, end: 17, text: 'Y' },
      { start: 0, end: 0, text: 'Z' },
    ];
    const after = edit(text, changes);
    const [moved] = shiftDecisions([d], changes, after);
    assert.strictEqual(moved.target.exact, 'gamma Ydelta');
    assert.strictEqual(after.slice(moved.target.start, moved.target.end), moved.target.exact);
    assert.strictEqual(moved.target.prefix, 'Zalpha beta ');
  });

  it('orphans a decision whose target is deleted, keeping its last quote', () => {
    const text = 'one two three four';
    const d = decisionOn(text, 'three');
    const changes = [{ start: 4, end: 14, text: '' }];
    const [gone] = shiftDecisions([d], changes, edit(text, changes));
    assert.strictEqual(gone.orphan, true);
    assert.strictEqual(gone.target.exact, 'three');
  });
});
