import * as assert from 'assert';
import { describeFilter, filterGroups, isFiltering } from '../../../src/presentation/speakersFilter';
import { speakerGroups } from '../../../src/presentation/speakersModel';
import { ANALYSIS } from './editorFixture';

const groups = speakerGroups(ANALYSIS);
const shown = (filter: Parameters<typeof filterGroups>[1]) => filterGroups(groups, filter).map((g) => [g.key, g.claims.map((c) => c.id)]);

describe('speakers filter', () => {
  it('keeps everything without a filter', () => {
    assert.strictEqual(isFiltering({ text: '  ' }), false);
    assert.deepStrictEqual(shown({}), groups.map((g) => [g.key, g.claims.map((c) => c.id)]));
  });

  it('keeps claims of the chosen kinds, dropping speakers left without any', () => {
    assert.deepStrictEqual(shown({ kinds: ['indirect'] }), [['person:jane-roe', ['c-bridge']], ['organization:acme-corp', ['c-costs']]]);
  });

  it('keeps speakers of the chosen types: unnamed covers unresolved and unattributed', () => {
    assert.deepStrictEqual(shown({ speakerTypes: ['unnamed'] }), [['unresolved:residents', ['c-nobody']], ['unattributed', ['c-banner']]]);
    assert.deepStrictEqual(shown({ speakerTypes: ['organization'] }), [['organization:acme-corp', ['c-costs']]]);
  });

  it('keeps claims containing the words, ignoring case, combined with the rest', () => {
    assert.deepStrictEqual(shown({ text: 'BRIDGE' }), [['person:jane-roe', ['c-bridge']]]);
    assert.deepStrictEqual(shown({ text: 'bridge', kinds: ['direct'] }), []);
  });

  it('describes itself in a few words', () => {
    assert.strictEqual(describeFilter({ kinds: ['direct', 'indirect'], speakerTypes: ['person'], text: ' NATO ' }), 'direct, reported, person, “NATO”');
  });
});
