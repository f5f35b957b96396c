import * as assert from 'assert';
import { ShareOfVoice, voicesOf } from '../../../src/cli/summary';
import { ANALYSIS } from '../presentation/editorFixture';

describe('share of voice', () => {
  it('names each claim by canonical name, type and kind', () => {
    assert.deepStrictEqual(voicesOf(ANALYSIS), [
      { speaker: 'Jane Roe', type: 'person', kind: 'direct' },
      { speaker: 'Acme Corp', type: 'organization', kind: 'indirect' },
      { speaker: 'residents', type: 'unnamed', kind: 'direct' },
      { speaker: 'Jane Roe', type: 'person', kind: 'indirect' },
      { speaker: null, type: 'unattributed', kind: 'direct' },
    ]);
  });

  it('counts claims and articles per speaker, and shares per type and kind, across articles', () => {
    const share = new ShareOfVoice();
    share.add(voicesOf(ANALYSIS));
    share.add([{ speaker: 'Jane Roe', type: 'person', kind: 'mixed' }, { speaker: 'Residents', type: 'unnamed', kind: 'indirect' }]);
    const text = share.format();
    assert.match(text, /^Share of voice: 7 claims in 2 articles$/m);
    assert.match(text, /^ {6}3 {2}42\.9 % {8}2 {2}Jane Roe \(person\)$/m);
    assert.match(text, /^ {6}2 {2}28\.6 % {8}2 {2}residents \(unnamed\)$/m);
    assert.match(text, /^ {6}3 {2}42\.9 % {2}person$/m);
    assert.match(text, /^ {6}1 {2}14\.3 % {2}unattributed$/m);
    assert.match(text, /^ {6}3 {2}42\.9 % {2}direct\n {6}1 {2}14\.3 % {2}mixed\n {6}3 {2}42\.9 % {2}reported$/m);
  });
});
