import * as assert from 'assert';
import type { Claim } from '../../../src/engine/types';
import type { SpeakerGroup, SpeakerKind } from '../../../src/presentation/speakersModel';
import { EXPAND_CLAIMS_UP_TO, FOLD_SINGLES_AFTER, GROUP_AFTER, speakerOutline, type SpeakerEntry } from '../../../src/presentation/speakersOutline';

let nextStart = 0;
/** A speaker with `claims` claims of its own, placed after the speakers made before it. */
function speaker(kind: SpeakerKind, name: string, claims = 1): SpeakerGroup {
  const made = Array.from({ length: claims }, (): Claim => {
    const start = (nextStart += 10);
    return { id: `c${start}`, kind: 'direct', start, end: start + 5, spans: [{ start, end: start + 5 }], text: 'x', cue: null, speaker: null };
  });
  const key = kind === 'unattributed' ? 'unattributed' : `${kind}:${name}`;
  return { key, entityId: kind === 'unresolved' || kind === 'unattributed' ? null : key, name, kind, claims: made };
}

/** The outline as nested [title or name, …children] for comparing. */
function shape(entries: SpeakerEntry[]): unknown[] {
  return entries.map((e) => ('folder' in e ? [`${e.folder.title} (${e.folder.description})${e.folder.collapsed ? ' folded' : ''}`, shape(e.folder.entries)] : e.speaker.name));
}

describe('speakerOutline', () => {
  it('keeps a short article as one list, Unattributed last as given', () => {
    const groups = [speaker('person', 'Jane Roe', 2), speaker('organization', 'Acme'), speaker('unattributed', 'Unattributed')];
    assert.deepStrictEqual(shape(speakerOutline(groups, 'auto')), ['Jane Roe', 'Acme', 'Unattributed']);
    assert.deepStrictEqual(shape(speakerOutline(groups, 'none')), ['Jane Roe', 'Acme', 'Unattributed']);
  });

  it('groups by speaker type when asked, in a fixed order, each folder counting its speakers and claims', () => {
    const groups = [
      speaker('unresolved', 'officials', 3), speaker('person', 'Jane Roe', 2), speaker('place', 'Springfield'),
      speaker('organization', 'Acme'), speaker('person', 'Ann Lee'), speaker('unattributed', 'Unattributed', 2),
    ];
    assert.deepStrictEqual(shape(speakerOutline(groups, 'type')), [
      ['Named people (2 speakers, 3 claims)', ['Jane Roe', 'Ann Lee']],
      ['Organizations (1 speaker, 1 claim)', ['Acme']],
      ['Unnamed sources (1 speaker, 3 claims)', ['officials']],
      ['Places and others (1 speaker, 1 claim)', ['Springfield']],
      'Unattributed',
    ]);
  });

  it(`groups on its own past ${GROUP_AFTER} speakers, and folds a long folder's single-claim speakers away, in the given order`, () => {
    const people = Array.from({ length: GROUP_AFTER }, (_, i) => speaker('person', `P${i}`, i % 3 === 0 ? 1 : 2));
    const groups = [...people, speaker('organization', 'Acme', 4), speaker('organization', 'Beta')];
    assert.deepStrictEqual(shape(speakerOutline(groups.slice(0, GROUP_AFTER), 'auto')).length, GROUP_AFTER, 'not past the threshold');
    const outline = speakerOutline(groups, 'auto');
    const singles = people.filter((p) => p.claims.length === 1).map((p) => p.name);
    const claims = people.reduce((n, p) => n + p.claims.length, 0);
    assert.deepStrictEqual(shape(outline), [
      [`Named people (${GROUP_AFTER} speakers, ${claims} claims)`, [
        ...people.filter((p) => p.claims.length > 1).map((p) => p.name),
        [`One claim each (${singles.length} speakers, ${singles.length} claims) folded`, singles],
      ]],
      // A short folder keeps its single-claim speakers in line.
      ['Organizations (2 speakers, 5 claims)', ['Acme', 'Beta']],
    ]);
    assert.ok(GROUP_AFTER > FOLD_SINGLES_AFTER);
  });

  it('shows a speaker\'s claims at first only when the claims are few enough to read down', () => {
    const expanded = (entries: SpeakerEntry[]): boolean[] =>
      entries.flatMap((e) => ('folder' in e ? expanded(e.folder.entries) : [e.expanded]));
    const short = [speaker('person', 'Jane Roe', 2), speaker('unattributed', 'Unattributed')];
    assert.deepStrictEqual(expanded(speakerOutline(short, 'auto')), [true, true]);
    const transcript = [speaker('person', 'Host', EXPAND_CLAIMS_UP_TO), speaker('person', 'Guest', 1)];
    assert.deepStrictEqual(expanded(speakerOutline(transcript, 'auto')), [false, false]);
    assert.deepStrictEqual(expanded(speakerOutline(short, 'type')), [false, false], 'in folders, speakers start collapsed');
  });

  it('gives folders ids that stay the same across updates', () => {
    const many = Array.from({ length: GROUP_AFTER + 1 }, (_, i) => speaker('person', `P${i}`));
    const ids = (entries: SpeakerEntry[]): string[] => entries.flatMap((e) => ('folder' in e ? [e.folder.id, ...ids(e.folder.entries)] : []));
    assert.deepStrictEqual(ids(speakerOutline(many, 'auto')), ['type:person', 'once:person']);
    assert.deepStrictEqual(ids(speakerOutline(many.slice(1), 'type')), ['type:person', 'once:person']);
  });
});
