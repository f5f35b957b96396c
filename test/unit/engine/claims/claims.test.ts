import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../../../src/engine/analyze';
import { findClaims } from '../../../../src/engine/claims';
import { splitLines } from '../../../../src/engine/text/paragraphs';
import type { Claim, Entity } from '../../../../src/engine/types';
import { SEEDS } from '../../paths';

const seed = (name: string): string => readFileSync(join(SEEDS, name), 'utf8');
const claimsOf = (text: string, entities: Entity[] = []): ReturnType<typeof findClaims> => findClaims(text, splitLines(text), entities);
const content = (text: string, c: Claim): string[] => c.spans.map((s) => text.slice(s.start, s.end));

/** A person entity with one name mention per occurrence of each of `names` in `text`. */
function person(text: string, id: string, name: string, ...names: string[]): Entity {
  const mentions = [];
  for (const n of [name, ...names]) {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length)) mentions.push({ start: i, end: i + n.length, text: n, form: 'name' as const });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { id, type: 'person', name, mentions };
}

describe('findClaims on the seed article', () => {
  const text = seed('000_b46657698715220a.txt');
  const analysis = analyze(text);
  const nauseda = analysis.entities.find((e) => e.type === 'person' && e.name === 'Gitanas Nausėda');

  it('attributes all eight claims to Gitanas Nausėda and none to Biden', () => {
    assert.ok(nauseda, 'a person entity named Gitanas Nausėda');
    assert.strictEqual(analysis.claims.length, 8);
    for (const c of analysis.claims) assert.strictEqual(c.speaker?.entityId, nauseda.id, `speaker of ${c.text.slice(0, 40)}`);
  });

  it('finds four direct quotes, the mixed and the two reported claims, and the embedded post', () => {
    const kinds = analysis.claims.map((c) => c.kind);
    assert.deepStrictEqual(kinds, ['direct', 'mixed', 'indirect', 'direct', 'direct', 'direct', 'indirect', 'direct']);
    const [q1, mixed, washington, q2, post, q3, added, q4] = analysis.claims;
    assert.ok(q1.text.startsWith('“Our aim is') && q1.text.endsWith('region,”'));
    assert.ok(mixed.text.startsWith('the involvement of the United States') && mixed.text.endsWith('for Russia”'));
    assert.deepStrictEqual([mixed.cue?.text, mixed.speaker?.text], ['According to', 'the Lithuanian president']);
    assert.ok(washington.text.startsWith('Washington is aware') && washington.text.endsWith('military structures'));
    assert.deepStrictEqual([q2.cue?.text, q2.speaker?.text], ['said', 'the Lithuanian leader']);
    assert.ok(post.text.startsWith('During turbulent times') && post.text.endsWith('pic.twitter.com/N4houT6GZq'));
    assert.deepStrictEqual([post.cue?.text, post.speaker?.text], ['—', 'Gitanas Nausėda']);
    assert.ok(q3.text.startsWith('“I am confident'));
    assert.ok(added.text.startsWith('that Biden had pledged'));
    assert.deepStrictEqual([added.cue?.text, added.speaker?.text], ['added', 'He']);
    assert.ok(q4.text.startsWith('“The link between'));
  });

  it('adds the descriptor, pronoun and handle mentions to Nausėda', () => {
    const forms = new Map(nauseda?.mentions.map((m) => [m.text, m.form]));
    assert.strictEqual(forms.get('the Lithuanian president'), 'descriptor');
    assert.strictEqual(forms.get('the Lithuanian leader'), 'descriptor');
    assert.strictEqual(forms.get('He'), 'pronoun');
    assert.strictEqual(forms.get('@GitanasNauseda'), 'handle');
  });
});

describe('findClaims patterns', () => {
  it('joins a quote split around its attribution into one claim with two spans', () => {
    const text = '“We won the vote,” she said. “Now we will build the tunnel.”';
    const { claims } = claimsOf(text);
    assert.strictEqual(claims.length, 1);
    assert.deepStrictEqual(content(text, claims[0]), ['“We won the vote,”', '“Now we will build the tunnel.”']);
    assert.deepStrictEqual([claims[0].kind, claims[0].cue?.text, claims[0].speaker?.text], ['direct', 'said', 'she']);
  });

  it('joins a multi-paragraph quote whose paragraphs open with a mark and only the last closes', () => {
    const text = 'Mayor Ana Ruiz said:\n\n“The first phase is done.\n\n“The second starts in May.\n\n“The third is not funded.”\n\nThe council adjourned.';
    const { claims } = claimsOf(text);
    assert.strictEqual(claims.length, 1);
    assert.deepStrictEqual(content(text, claims[0]), ['“The first phase is done.', '“The second starts in May.', '“The third is not funded.”']);
    assert.strictEqual(claims[0].speaker?.text, 'Mayor Ana Ruiz');
    assert.strictEqual(claims[0].speaker?.entityId, 'person:ana-ruiz');
  });

  it('finds reported speech before and after its attribution, and "according to"', () => {
    const text = 'The senator said that the bill would pass.\n\nThe bill will pass easily, the senator said on Tuesday.\n\nAccording to the ministry, prices rose by five per cent.';
    const { claims } = claimsOf(text);
    assert.deepStrictEqual(
      claims.map((c) => [c.kind, content(text, c).join(' | '), c.cue?.text, c.speaker?.text]),
      [
        ['indirect', 'that the bill would pass', 'said', 'The senator'],
        ['indirect', 'The bill will pass easily', 'said', 'the senator'],
        ['indirect', 'prices rose by five per cent', 'According to', 'the ministry'],
      ],
    );
  });

  it('calls reported speech with a quoted fragment mixed', () => {
    const text = 'Ms. Lee told reporters the plan was “a disaster for everyone.”';
    const { claims } = claimsOf(text);
    assert.strictEqual(claims.length, 1);
    assert.deepStrictEqual([claims[0].kind, content(text, claims[0])[0]], ['mixed', 'the plan was “a disaster for everyone.”']);
    assert.strictEqual(claims[0].cue?.text, 'told');
  });

  it('reads an embedded post as a direct claim of the named author, cue "—"', () => {
    const text = 'Proud of our volunteers today! 🌱 #Fjord — Jane Roe (@janeroe) May 1, 2024';
    const { claims, entities } = claimsOf(text);
    assert.strictEqual(claims.length, 1);
    assert.deepStrictEqual([claims[0].kind, claims[0].text, claims[0].cue?.text, claims[0].speaker?.text], ['direct', 'Proud of our volunteers today! 🌱 #Fjord', '—', 'Jane Roe']);
    const jane = entities.find((e) => e.id === claims[0].speaker?.entityId);
    assert.deepStrictEqual(jane?.mentions.map((m) => [m.text, m.form]), [['Jane Roe', 'name'], ['@janeroe', 'handle']]);
  });

  it('reads the turns of a quoted transcript as direct claims of the speakers their labels name', () => {
    const text = [
      'Ana Lind spoke to Tom Berg of the Courier on Sunday. A partial transcript follows:',
      '',
      '“BERG: Will the harbour stay open during the works?',
      '',
      '"LIND:\u00a0It will, and the ferries keep running.',
      '',
      '“Nobody loses a job over this.”',
    ].join('\n');
    const { claims, entities } = analyze(text);
    const nameOf = (id: string | null | undefined) => entities.find((e) => e.id === id)?.name;
    assert.deepStrictEqual(
      claims.map((c) => [c.kind, c.spans.map((s) => text.slice(s.start, s.end)), c.cue?.text, c.speaker?.text, nameOf(c.speaker?.entityId)]),
      [
        ['direct', ['Will the harbour stay open during the works?'], ':', 'BERG', 'Tom Berg'],
        // A turn left open goes on in the next paragraph that opens with a quotation mark.
        ['direct', ['It will, and the ferries keep running.', '“Nobody loses a job over this.”'], ':', 'LIND', 'Ana Lind'],
      ],
    );
    // A label in capitals ("UPDATE:") is no speaker, nor is a word before a colon inside a quotation, nor a shout
    // that runs on in lower case.
    const other = '“UPDATE: The vote was moved to Friday.”\n\nThe council met.\n\n“Our message: stay home,” the mayor said.\n\nThe crowd booed.\n\n“NO: that is wrong,” Ana Lind said.';
    assert.deepStrictEqual(
      claimsOf(other).claims.map((c) => [c.text, c.speaker?.text]),
      [['“UPDATE: The vote was moved to Friday.”', undefined], ['“Our message: stay home,”', 'the mayor'], ['“NO: that is wrong,”', 'Ana Lind']],
    );
  });

  it('takes guillemets and German quotation marks', () => {
    const text = '«We have won», Marie Dupont said.\n\n„We keep building“, said Jens Müller.';
    const { claims } = claimsOf(text);
    assert.deepStrictEqual(claims.map((c) => [c.text, c.speaker?.text]), [['«We have won»', 'Marie Dupont'], ['„We keep building“', 'Jens Müller']]);
  });

  it('reads a closing mark typed at the start of a line as an opening one', () => {
    const text = '” … what we learned is that the words matter,” the mayor said.';
    const { claims } = claimsOf(text);
    assert.deepStrictEqual(claims.map((c) => [c.kind, c.text, c.speaker?.text]), [['direct', '” … what we learned is that the words matter,”', 'the mayor']]);
  });

  it('ignores scare quotes, titles and nicknames', () => {
    const text = 'The so-called “deal of the century” was signed.\n\nShe starred in “The Salt Road” last year.\n\nLocals call the tunnel „the Mole“.';
    assert.deepStrictEqual(claimsOf(text).claims, []);
  });

  it('resolves a pronoun to the latest person of the same gender, across paragraphs', () => {
    const text = 'Anna Kowalska opened the session. She thanked Piotr Nowak for his help.\n\nThe talks ran late.\n\nShe said the budget was final.';
    const entities = [person(text, 'person:anna-kowalska', 'Anna Kowalska'), person(text, 'person:piotr-nowak', 'Piotr Nowak')];
    const { claims } = claimsOf(text, entities);
    assert.strictEqual(claims.length, 1);
    assert.deepStrictEqual([claims[0].speaker?.text, claims[0].speaker?.entityId], ['She', 'person:anna-kowalska']);
  });

  it('resolves "the Russian president" to the person written with Russian and president', () => {
    const text = 'US President Joe Biden will meet Russian President Vladimir Putin in Geneva.\n\nThe Russian president said the meeting would be useful.';
    const entities = [person(text, 'person:joe-biden', 'Joe Biden'), person(text, 'person:vladimir-putin', 'Vladimir Putin')];
    const { claims, entities: out } = claimsOf(text, entities);
    assert.strictEqual(claims[0].speaker?.entityId, 'person:vladimir-putin');
    const putin = out.find((e) => e.id === 'person:vladimir-putin');
    assert.ok(putin?.mentions.some((m) => m.text === 'The Russian president' && m.form === 'descriptor'));
  });

  it('creates a person for a speaker no entity covers and joins the surname to the full name', () => {
    const text = 'Jan Novák said the bridge was safe.\n\n“We checked every cable,” Novák said.';
    const { claims, entities } = claimsOf(text);
    assert.deepStrictEqual(claims.map((c) => c.speaker?.entityId), ['person:jan-novák', 'person:jan-novák']);
    assert.deepStrictEqual(entities.map((e) => e.id), ['person:jan-novák']);
  });

  it('gives stable, unique claim ids that survive an edit elsewhere', () => {
    const text = '“Yes,” he said.\n\n“Yes,” she said.\n\nThe plan is fine, officials said.';
    const a = claimsOf(text).claims;
    const b = claimsOf(`Breaking news.\n\n${text}`).claims;
    assert.strictEqual(new Set(a.map((c) => c.id)).size, a.length);
    assert.deepStrictEqual(a.map((c) => c.id), b.map((c) => c.id));
    assert.ok(a.every((c) => /^claim:[0-9a-z]+(-\d+)?$/.test(c.id)));
  });
});
