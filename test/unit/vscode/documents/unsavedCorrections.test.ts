import * as assert from 'assert';
import { anchorOf } from '../../../../src/corrections/anchor';
import type { Decision } from '../../../../src/corrections/decisions';
import { UnsavedCorrections } from '../../../../src/vscode/documents/unsavedCorrections';

const TEXT = 'date 2024-05-06\n\n“We were never told,” said a campaign aide.\n';
const decision = (id: string): Decision => ({ id, action: 'acceptClaim', target: anchorOf(TEXT, { start: 17, end: 38 }), creator: 'ana', created: '2026-11-30T10:00:00.000Z' });

describe('corrections of closed untitled articles', () => {
  it('hands them once to a file with the same text, line ends aside', () => {
    const unsaved = new UnsavedCorrections();
    unsaved.keep(TEXT, [decision('d1')]);
    assert.strictEqual(unsaved.take(`${TEXT}more`), undefined, 'another text takes nothing');
    assert.deepStrictEqual(unsaved.take(TEXT.replace(/\n/g, '\r\n'))?.map((d) => d.id), ['d1']);
    assert.strictEqual(unsaved.take(TEXT), undefined, 'handed over once');
  });

  it('keeps nothing for an article without corrections, and only the last eight articles', () => {
    const unsaved = new UnsavedCorrections();
    unsaved.keep(TEXT, []);
    assert.strictEqual(unsaved.take(TEXT), undefined);
    for (let i = 0; i < 9; i++) unsaved.keep(`${TEXT}${i}`, [decision(`d${i}`)]);
    assert.strictEqual(unsaved.take(`${TEXT}0`), undefined, 'the oldest was forgotten');
    assert.deepStrictEqual(unsaved.take(`${TEXT}8`)?.map((d) => d.id), ['d8']);
  });
});
