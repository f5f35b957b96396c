import * as assert from 'assert';
import type { Analysis, Claim, Entity } from '../../../src/engine/types';
import { escapeMarkdown, hoverAt, REVEAL_SPEAKER_COMMAND } from '../../../src/presentation/hoverContent';

const text = 'date 2024-01-02\n“We will *build* it,” the mayor, Ana Núñez, said. Officials said costs would rise. Rain fell.';
const at = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length };
};

const ana: Entity = {
  id: 'person:ana-nunez',
  type: 'person',
  name: 'Ana Núñez',
  mentions: [
    { ...at('the mayor'), text: 'the mayor', form: 'descriptor' },
    { ...at('Ana Núñez'), text: 'Ana Núñez', form: 'name' },
  ],
};
const quote: Claim = {
  id: 'q1',
  kind: 'direct',
  ...at('We will *build* it,'),
  spans: [at('We will *build* it,')],
  text: 'We will *build* it,',
  cue: { ...at('said'), text: 'said' },
  speaker: { ...at('the mayor'), text: 'the mayor', entityId: ana.id, resolution: 'inferred' },
};
const officials: Claim = {
  id: 'q2',
  kind: 'indirect',
  ...at('costs would rise'),
  spans: [at('costs would rise')],
  text: 'costs would rise',
  cue: { ...at('said', at('Officials').start), text: 'said' },
  speaker: { ...at('Officials'), text: 'Officials', entityId: null, resolution: null },
};
const analysis: Analysis = { textLength: text.length, entities: [ana], claims: [quote, officials] };

describe('hoverAt', () => {
  it('describes an entity mention: name, type, mention and claim counts, and a link revealing the speaker', () => {
    const hover = hoverAt(analysis, at('Núñez').start)!;
    assert.deepStrictEqual(hover.span, at('Ana Núñez'));
    assert.match(hover.markdown, /\*\*Ana Núñez\*\* · Person/);
    assert.match(hover.markdown, /2 mentions · 1 claim\b/);
    const args = encodeURIComponent(JSON.stringify([ana.id]));
    assert.ok(hover.markdown.includes(`(command:${REVEAL_SPEAKER_COMMAND}?${args}`), hover.markdown);
  });

  it('lists every form merged into the entity and its claims with their cues', () => {
    const hover = hoverAt(analysis, at('Núñez').start)!;
    assert.match(hover.markdown, /Written as “the mayor”, “Ana Núñez”/);
    assert.match(hover.markdown, /^- \*said\*: We will \\\*build\\\* it,$/m);
  });

  it('shows the entity of a pronoun or descriptor the engine resolved', () => {
    const he = { ...at('Officials'), text: 'Officials', form: 'pronoun' as const };
    const hover = hoverAt({ ...analysis, entities: [{ ...ana, mentions: [...ana.mentions, he] }] }, he.start + 1)!;
    assert.deepStrictEqual(hover.span, { start: he.start, end: he.end });
    assert.match(hover.markdown, /\*\*Ana Núñez\*\* · Person/);
    assert.match(hover.markdown, /Written as “the mayor”, “Ana Núñez”, “Officials”/);
    assert.match(hover.markdown, /^“Officials” refers to \*\*Ana Núñez\*\* \(resolved pronoun\)$/m);
  });

  it('says "refers to" only on a pronoun or descriptor, not on a name', () => {
    assert.doesNotMatch(hoverAt(analysis, at('Núñez').start)!.markdown, /refers to/);
  });

  it('describes a quote: kind, speaker by canonical name and as written, cue', () => {
    const hover = hoverAt(analysis, at('build').start)!;
    assert.deepStrictEqual(hover.span, at('We will *build* it,'));
    assert.match(hover.markdown, /\*\*Direct quote\*\* by \*\*Ana Núñez\*\* \(written “the mayor”\)/);
    assert.match(hover.markdown, /Cue: “said”/);
  });

  it('on the speaker at a cue shows the entity and the claim it speaks', () => {
    const hover = hoverAt(analysis, at('mayor').start)!;
    assert.deepStrictEqual(hover.span, at('the mayor'));
    assert.match(hover.markdown, /· Person[\s\S]*---[\s\S]*Direct quote/);
    assert.strictEqual(hover.markdown.split(`command:${REVEAL_SPEAKER_COMMAND}`).length - 1, 1, 'one link per speaker');
  });

  it('links the speaker from a quote hover', () => {
    const hover = hoverAt(analysis, at('build').start)!;
    assert.ok(hover.markdown.includes(`command:${REVEAL_SPEAKER_COMMAND}?`), hover.markdown);
  });

  it('names a speaker that resolves to no entity as written, without a reveal link', () => {
    const hover = hoverAt(analysis, at('costs').start)!;
    assert.match(hover.markdown, /\*\*Reported speech\*\* by \*\*Officials\*\* \(unresolved: not linked to a named entity\)/);
    assert.ok(!hover.markdown.includes('command:'));
  });

  it('names speakers named together by their names, without a reveal link', () => {
    const lee: Entity = { id: 'person:bo-lee', type: 'person', name: 'Bo Lee', mentions: [] };
    const pair: Claim = { ...officials, speaker: { ...officials.speaker!, members: [ana.id, lee.id] } };
    const hover = hoverAt({ ...analysis, entities: [ana, lee], claims: [pair] }, at('costs').start)!;
    assert.match(hover.markdown, /\*\*Reported speech\*\* by \*\*Ana Núñez and Bo Lee\*\* \(named together\)/);
    assert.ok(!hover.markdown.includes('command:'));
  });

  it('says when a claim is unattributed and has no cue', () => {
    const lone: Claim = { ...officials, speaker: null, cue: null };
    const hover = hoverAt({ ...analysis, claims: [lone] }, at('costs').start)!;
    assert.match(hover.markdown, /Reported speech\*\* unattributed \(no speaker found\)/);
    assert.match(hover.markdown, /No attribution cue/);
  });

  it('has nothing to say off annotations, and the end of a range is outside it', () => {
    assert.strictEqual(hoverAt(analysis, at('Rain').start), undefined);
    assert.strictEqual(hoverAt(analysis, at('Ana Núñez').end), undefined);
  });

  it('escapes Markdown in names', () => {
    assert.strictEqual(escapeMarkdown('*a* [b](c) `d` _e_'), '\\*a\\* \\[b\\]\\(c\\) \\`d\\` \\_e\\_');
    const odd: Entity = { ...ana, name: 'A*B [x](command:evil)' };
    const hover = hoverAt({ ...analysis, entities: [odd] }, at('Núñez').start)!;
    assert.ok(!hover.markdown.includes('](command:evil)'));
  });
});
