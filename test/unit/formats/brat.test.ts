import * as assert from 'assert';
import { analyze } from '../../../src/engine';
import type { Analysis } from '../../../src/engine/types';
import { applyDecisions } from '../../../src/corrections/apply';
import type { Decision } from '../../../src/corrections/decisions';
import { bratAnn, bratDecisions, codePointOffsets, utf16Offsets } from '../../../src/formats/brat';

// A flag emoji (two code points, four UTF-16 units) and a non-BMP letter before the claims shift UTF-16 and
// code-point offsets apart.
const TEXT = [
  'date 2024-05-06',
  '',
  '🇺🇦 Kyiv 𝒜 report.',
  '',
  '“We will finish the new bridge before winter,” said Maria Lopez, the mayor of Springfield.',
  '',
  'Council member Tom Reed said the budget was far too small for the project.',
  '',
  'Lopez said the work would start in May.',
  '',
].join('\n');

/** brat's view of a text: an array of code points. */
const codePoints = [...TEXT];

function tLines(ann: string): Array<{ id: string; type: string; pieces: number[][]; text: string }> {
  return ann
    .split('\n')
    .filter((l) => l.startsWith('T'))
    .map((l) => {
      const [id, body, text] = l.split('\t');
      const [type, ...rest] = body.split(' ');
      return { id, type, pieces: rest.join(' ').split(';').map((p) => p.split(' ').map(Number)), text };
    });
}

describe('brat standoff', () => {
  const analysis = applyDecisions(analyze(TEXT), []);
  const ann = bratAnn(TEXT, analysis);

  it('converts UTF-16 offsets to code points and back', () => {
    const cp = codePointOffsets(TEXT);
    const back = utf16Offsets(TEXT);
    const at = TEXT.indexOf('Kyiv');
    assert.strictEqual(cp(at), codePoints.indexOf('K'));
    assert.strictEqual(at - cp(at), 2, 'the flag is four UTF-16 units, two code points');
    for (let i = 0; i <= TEXT.length; i++) if (i === 0 || TEXT.codePointAt(i - 1)! <= 0xffff || (TEXT.charCodeAt(i) & 0xfc00) !== 0xdc00) assert.strictEqual(back(cp(i)), i);
  });

  it('writes T lines whose text is the article\'s slice at their code-point offsets', () => {
    const lines = tLines(ann);
    assert.ok(lines.length >= 8, ann);
    for (const line of lines) {
      const pieces = line.pieces.map(([s, e]) => codePoints.slice(s, e).join(''));
      assert.strictEqual(pieces.join(' '), line.text, `${line.id} ${line.type}`);
    }
    const types = new Set(lines.map((l) => l.type));
    for (const type of ['Cue', 'Date', 'Location', 'Person', 'Quote', 'Speaker']) assert.ok(types.has(type), type);
  });

  it('links speakers and cues to quotes, gives each quote its kind and status, and groups a speaker\'s mentions', () => {
    const ids = new Map(tLines(ann).map((l) => [l.id, l]));
    const speakerLinks = ann.split('\n').filter((l) => /^R\d+\tSpeaker /.test(l));
    assert.strictEqual(speakerLinks.length, analysis.claims.filter((c) => c.speaker).length);
    for (const link of speakerLinks) {
      const [, arg1, arg2] = /Arg1:(T\d+) Arg2:(T\d+)/.exec(link)!;
      assert.deepStrictEqual([ids.get(arg1)?.type, ids.get(arg2)?.type], ['Speaker', 'Quote']);
    }
    assert.strictEqual(ann.split('\n').filter((l) => /^A\d+\tKind T\d+ (direct|mixed|indirect)$/.test(l)).length, analysis.claims.length);
    const lopez = ann.split('\n').find((l) => l.startsWith('*\tEquiv') && l.split(' ').some((id) => ids.get(id)?.text === 'Lopez'));
    assert.ok(lopez, 'Maria Lopez and Lopez are one Equiv group');
  });

  it('round-trips: importing the export gives the same claims, speakers and entities', () => {
    const empty: Analysis = { textLength: TEXT.length, entities: [], claims: [] };
    const decisions = bratDecisions(TEXT, ann).map((d, i) => ({ ...d.body, id: `b${i}`, target: d.target, creator: 'brat', created: '' }) as Decision);
    const imported = applyDecisions(empty, decisions);
    const claims = (a: Analysis) => a.claims.map((c) => [c.start, c.end, c.kind, c.speaker && a.entities.find((e) => e.id === c.speaker!.entityId)?.name]);
    assert.deepStrictEqual(claims(imported), claims(analysis));
    const mentions = (a: Analysis) => a.entities.flatMap((e) => e.mentions.map((m) => [m.start, m.end, e.type, e.name])).sort((x, y) => Number(x[0]) - Number(y[0]));
    assert.deepStrictEqual(mentions(imported), mentions(analysis));
    assert.ok(imported.claims.every((c) => c.status === 'human'));
  });

  it('refuses offsets outside the text with the line number', () => {
    assert.throws(() => bratDecisions('short', 'T1\tPerson 0 3\tsho\nT2\tPerson 2 99\tx\n'), /line 2 of the .ann file/);
  });
});
