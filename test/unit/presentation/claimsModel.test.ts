import * as assert from 'assert';
import { lineNumbers } from '../../../src/formats/lines';
import { adjacentClaim, claimAt, claimLabel, claimRow, claimsMarkdown, escapeMarkdown } from '../../../src/presentation/claimsModel';
import { speakerGroups } from '../../../src/presentation/speakersModel';
import { ANALYSIS, CLAIMS, TEXT, at } from './editorFixture';

const ids = ANALYSIS.claims.map((c) => c.id);

describe('adjacentClaim', () => {
  it('steps forward through every claim from the top and wraps to the first', () => {
    const seen: string[] = [];
    let offset = 0;
    for (let i = 0; i < ids.length; i++) {
      const found = adjacentClaim(ANALYSIS.claims, offset, 'next')!;
      assert.strictEqual(found.wrapped, false);
      seen.push(found.claim.id);
      offset = found.claim.start;
    }
    assert.deepStrictEqual(seen, ids);
    assert.deepStrictEqual(adjacentClaim(ANALYSIS.claims, offset, 'next'), { claim: CLAIMS.build, wrapped: true });
  });

  it('steps backward from the end and wraps to the last', () => {
    const seen: string[] = [];
    let offset = TEXT.length;
    for (let i = 0; i < ids.length; i++) {
      const found = adjacentClaim(ANALYSIS.claims, offset, 'previous')!;
      assert.strictEqual(found.wrapped, false);
      seen.push(found.claim.id);
      offset = found.claim.start;
    }
    assert.deepStrictEqual(seen, [...ids].reverse());
    assert.deepStrictEqual(adjacentClaim(ANALYSIS.claims, offset, 'previous'), { claim: CLAIMS.banner, wrapped: true });
  });

  it('from inside a claim, goes to the next one or back to the start of this one', () => {
    const inside = CLAIMS.costs.start + 3;
    assert.strictEqual(adjacentClaim(ANALYSIS.claims, inside, 'next')?.claim.id, 'c-nobody');
    assert.strictEqual(adjacentClaim(ANALYSIS.claims, inside, 'previous')?.claim.id, 'c-costs');
  });

  it('finds nothing without claims', () => {
    assert.strictEqual(adjacentClaim([], 5, 'next'), undefined);
    assert.strictEqual(adjacentClaim([], 5, 'previous'), undefined);
  });
});

describe('claimAt', () => {
  it('finds the claim under a cursor, its end included, and none between claims', () => {
    assert.strictEqual(claimAt(ANALYSIS.claims, CLAIMS.bridge.start)?.id, 'c-bridge');
    assert.strictEqual(claimAt(ANALYSIS.claims, CLAIMS.bridge.end)?.id, 'c-bridge');
    // Between the two pieces of a split quote still counts as the quote.
    assert.strictEqual(claimAt(ANALYSIS.claims, at('Jane Roe').start)?.id, 'c-build');
    assert.strictEqual(claimAt(ANALYSIS.claims, at('date').start), undefined);
  });
});

describe('claimLabel', () => {
  it('is the claim as written on one line, cut with an ellipsis', () => {
    assert.strictEqual(claimLabel(CLAIMS.build, 80), '“We will build it,” “It opens in May.”');
    assert.strictEqual(claimLabel(CLAIMS.costs, 80), 'costs had risen since March');
    assert.strictEqual(claimLabel({ ...CLAIMS.build, kind: 'mixed', text: '“a\n  b”' }, 80), '“a b”');
    const cut = claimLabel({ ...CLAIMS.costs, text: 'x'.repeat(200) }, 80);
    assert.strictEqual(cut.length, 80);
    assert.ok(cut.endsWith('…'));
  });
});

describe('claimsMarkdown', () => {
  it('lists speaker — cue — claim — line in document order whatever the grouping', () => {
    const md = claimsMarkdown(speakerGroups(ANALYSIS, 'count'), lineNumbers(TEXT));
    assert.strictEqual(
      md,
      [
        '- **Jane Roe** — *said* — “We will build it,” “It opens in May.” — line 3',
        '- **Acme Corp** — *said* — costs had risen since March — line 5',
        '- **residents** — *said* — “Nobody asked us,” — line 7',
        '- **Jane Roe** — *said* — the bridge was worth it — line 9',
        '- _Unattributed_ — “A \\*bold\\* \\[plan\\],” — line 11',
      ].join('\n'),
    );
  });

  it('escapes Markdown in speaker names too', () => {
    const groups = speakerGroups(ANALYSIS).slice(0, 1).map((g) => ({ ...g, name: 'Jane_Roe <b>' }));
    assert.match(claimsMarkdown(groups, () => 1), /^- \*\*Jane\\_Roe \\<b\\>\*\* — /);
  });

  it('leaves plain text alone and escapes every formatting character', () => {
    assert.strictEqual(escapeMarkdown('Nausėda said, 🇱🇹 “yes”.'), 'Nausėda said, 🇱🇹 “yes”.');
    assert.strictEqual(escapeMarkdown('\\`*_[]<>#|~'), '\\\\\\`\\*\\_\\[\\]\\<\\>\\#\\|\\~');
  });
});

describe('claimRow', () => {
  it('puts the line and the cue first, the cue marked, then the claim as written', () => {
    assert.deepStrictEqual(claimRow(CLAIMS.costs, 5, 80), { label: '5 · said: costs had risen since March', cue: [4, 8] });
  });

  it('has no cue for an unattributed claim or a signature\'s dash', () => {
    assert.deepStrictEqual(claimRow(CLAIMS.banner, 11, 80), { label: '11 · “A *bold* [plan],”' });
    const signed = { ...CLAIMS.build, cue: { start: 0, end: 1, text: '—' } };
    assert.strictEqual(claimRow(signed, 3, 80).label, '3 · “We will build it,” “It opens in May.”');
  });

  it('cuts the claim, never the line and cue, to the width given', () => {
    const row = claimRow(CLAIMS.build, 3, 24);
    assert.strictEqual(row.label, '3 · said: “We will buil…');
    assert.strictEqual(row.label.length, 24);
  });
});
