// The document stage's evidence on a name's type: the tagger's lead for each mention's type, the votes it weighs,
// and the organizations the tagger doubted that the article confirms or not.
import * as assert from 'assert';
import { withConfirmedOrganizations } from '../../../../src/engine/entities/doubtedOrganizations';
import type { LineMention } from '../../../../src/engine/entities/lineMention';
import { unifyTypes } from '../../../../src/engine/entities/merge';
import { addTypeLeads } from '../../../../src/engine/entities/typeLeads';
import { doubtedOrganizations } from '../../../../src/engine/entities/unsureOrganizations';
import { tokenize } from '../../../../src/engine/text/tokens';

const at = (text: string, name: string, from = 0): { start: number; end: number } => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length };
};

describe('type leads', () => {
  const labels = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];

  it('gives a tagged name the lead of its type over the best other class at its first word', () => {
    const text = 'Then Vela Bros said';
    const tokens = tokenize(text);
    const tags = ['O', 'B-ORG', 'I-ORG', 'O'];
    const scores = [undefined, Float64Array.from([0, 30, 0, 90, 0, 50, 0, 70, 0]), Float64Array.from([0, 0, 0, 0, 80, 0, 0, 0, 0]), undefined];
    const mentions: LineMention[] = [{ ...at(text, 'Vela Bros'), type: 'organization' }];
    addTypeLeads(tokens, tags, scores, labels, mentions);
    assert.strictEqual(mentions[0].typeLead, 20);
  });

  it('reads the lead past a word a rule drew into the name', () => {
    const text = 'by The Vela Bros';
    const tags = ['O', 'O', 'B-ORG', 'I-ORG'];
    const scores = [undefined, undefined, Float64Array.from([0, 30, 0, 90, 0, 50, 0, 70, 0]), Float64Array.from([0, 0, 0, 0, 80, 0, 0, 0, 0])];
    const mentions: LineMention[] = [{ ...at(text, 'The Vela Bros'), type: 'organization' }];
    addTypeLeads(tokenize(text), tags, scores, labels, mentions);
    assert.strictEqual(mentions[0].typeLead, 20);
  });

  it('gives none to a name a rule typed otherwise than the tagger, nor to one it did not tag', () => {
    const text = 'Then Vela Bros said';
    const tokens = tokenize(text);
    const scores = [undefined, Float64Array.from([0, 30, 0, 90, 0, 50, 0, 70, 0]), undefined, undefined];
    const retyped: LineMention[] = [{ ...at(text, 'Vela Bros'), type: 'place' }];
    addTypeLeads(tokens, ['O', 'B-ORG', 'I-ORG', 'O'], scores, labels, retyped);
    assert.strictEqual(retyped[0].typeLead, undefined);
    const untagged: LineMention[] = [{ ...at(text, 'Vela Bros'), type: 'organization' }];
    addTypeLeads(tokens, ['O', 'O', 'O', 'O'], scores, labels, untagged);
    assert.strictEqual(untagged[0].typeLead, undefined);
  });
});

describe('type votes weighed by the tagger\'s lead', () => {
  it('lets one confident mention outvote two doubtful ones of the same name', () => {
    const text = 'Korvel beat them. Korvel won. Korvel lost.';
    const mentions: LineMention[] = [
      { ...at(text, 'Korvel'), type: 'place', typeLead: 200 },
      { ...at(text, 'Korvel', 10), type: 'person', typeLead: 15 },
      { ...at(text, 'Korvel', 25), type: 'person', typeLead: 20 },
    ];
    unifyTypes(text, mentions);
    assert.deepStrictEqual(mentions.map((m) => m.type), ['place', 'place', 'place']);
  });

  it('lets two confident mentions outvote a doubtful one', () => {
    const text = 'Korvel beat them. Korvel won. Korvel lost.';
    const mentions: LineMention[] = [
      { ...at(text, 'Korvel'), type: 'place', typeLead: 10 },
      { ...at(text, 'Korvel', 10), type: 'person', typeLead: 90 },
      { ...at(text, 'Korvel', 25), type: 'person', typeLead: 120 },
    ];
    unifyTypes(text, mentions);
    assert.deepStrictEqual(mentions.map((m) => m.type), ['person', 'person', 'person']);
  });
});

describe('doubted organizations', () => {
  it('turns the organizations the floor took out into doubted mentions, trimmed of "the" and a possessive', () => {
    const text = 'Later the Norwell Group\'s shares and Tesk fell';
    const tokens = tokenize(text);
    const words = tokens.map((t) => t.text);
    const tagged = words.map((w) => (w === 'the' || w === 'Tesk' ? 'B-ORG' : ['Norwell', 'Group', '\'s'].includes(w) ? 'I-ORG' : 'O'));
    const kept = tagged.map((t, i) => (words[i] === 'Tesk' ? t : 'O'));
    const doubted = doubtedOrganizations(tokens, tagged, kept);
    assert.deepStrictEqual(doubted.map((d) => [text.slice(d.start, d.end), d.type, d.doubted]), [['Norwell Group', 'organization', true]]);
  });

  it('keeps a doubted organization the article names elsewhere as one without doubt, and drops the others', () => {
    const text = 'Norwell Group rose. Later Norwell Group fell, as did Tesk.';
    const sure: LineMention = { ...at(text, 'Norwell Group'), type: 'organization' };
    const confirmed: LineMention = { ...at(text, 'Norwell Group', 5), type: 'organization', doubted: true };
    const alone: LineMention = { ...at(text, 'Tesk'), type: 'organization', doubted: true };
    const out = withConfirmedOrganizations(text, [sure, confirmed, alone]);
    assert.deepStrictEqual(out.map((m) => [text.slice(m.start, m.end), m.doubted]), [['Norwell Group', undefined], ['Norwell Group', undefined]]);
  });

  it('confirms no doubted organization by another doubted mention or a person of the same name', () => {
    const text = 'Tesk met Tesk.';
    const out = withConfirmedOrganizations(text, [
      { ...at(text, 'Tesk'), type: 'person' },
      { ...at(text, 'Tesk', 2), type: 'organization', doubted: true },
    ]);
    assert.deepStrictEqual(out.map((m) => m.type), ['person']);
  });
});
