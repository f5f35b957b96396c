import * as assert from 'assert';
import { steadyNameStarts, type BoundaryWords } from '../../../../src/engine/entities/nameBoundaries';
import { tokenize } from '../../../../src/engine/text/tokens';

const KNOWN: BoundaryWords = {
  particles: new Set(['bin', 'van', 'de']),
  isOrganizationHead: (word) => ['office', 'bank'].includes(word.toLowerCase()),
};

/**
 * The names in `sentence` once the rules have set their starts, from the labels a tagger might give: `tagged` maps
 * a word (its first occurrence) to its label; every other word is outside ("O").
 */
function names(sentence: string, tagged: Record<string, string>): string[] {
  const tokens = tokenize(sentence);
  const labels = tokens.map((t) => tagged[t.text] ?? 'O');
  steadyNameStarts(tokens, labels, KNOWN);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (labels[i][0] !== 'B') continue;
    let j = i + 1;
    while (j < tokens.length && labels[j] === 'I-' + labels[i].slice(2)) j++;
    out.push(`${labels[i].slice(2)}:${tokens.slice(i, j).map((t) => t.text).join(' ')}`);
  }
  return out;
}

describe('name starts that hold whatever the tagger\'s weights', () => {
  it('opens a person\'s name with the given name before its initial, whatever the tagger made of it', () => {
    const sentence = 'Foreign Secretary Ann B. Lowe flew to Oslo on Monday.';
    assert.deepStrictEqual(names(sentence, { 'B.': 'B-PER', 'Lowe': 'I-PER' }), ['PER:Ann B. Lowe']);
    // The department of a title the tagger ran into the given name ("Secretary of Energy Tom").
    const department = 'The Secretary of Energy Tom K. Ruiz spoke first.';
    assert.deepStrictEqual(names(department, { 'Energy': 'B-ORG', 'Tom': 'I-ORG', 'K.': 'B-PER', 'Ruiz': 'I-PER' }), ['ORG:Energy', 'PER:Tom K. Ruiz']);
  });

  it('reads a given name, an initial and a surname as one person\'s name, whatever other name the tagger took the first two for', () => {
    assert.deepStrictEqual(names('Greta T. Holm wrote back.', { 'Greta': 'B-ORG', 'T.': 'I-ORG' }), ['PER:Greta T. Holm']);
    assert.deepStrictEqual(names('Greta T. Holm wrote back.', { Greta: 'B-LOC', Holm: 'B-PER' }), ['PER:Greta T. Holm']);
    // A surname that opens a longer name is that name's.
    assert.deepStrictEqual(names('Greta T. Holm Farmers Bank', { 'Greta': 'B-ORG', 'T.': 'I-ORG', 'Holm': 'B-ORG', 'Farmers': 'I-ORG', 'Bank': 'I-ORG' }), ['ORG:Greta T.', 'ORG:Holm Farmers Bank']);
  });

  it('leaves a word before an initial out when punctuation or a title parts them', () => {
    assert.deepStrictEqual(names('Asked by Lowe, B. Tran said no.', { 'Lowe': 'B-PER', 'B.': 'B-PER', 'Tran': 'I-PER' }), ['PER:Lowe', 'PER:B. Tran']);
    assert.deepStrictEqual(names('Senator B. Tran said no.', { 'B.': 'B-PER', 'Tran': 'I-PER' }), ['PER:B. Tran']);
  });

  it('starts a person\'s name right after a title, with the given name the tagger left out', () => {
    assert.deepStrictEqual(names('Prime Minister Greta Holm said the vote would wait.', { Holm: 'B-PER' }), ['PER:Greta Holm']);
    // Without a title before it, a capitalised word the tagger left out stays out.
    assert.deepStrictEqual(names('Yesterday Holm said the vote would wait.', { Holm: 'B-PER' }), ['PER:Holm']);
  });

  it('goes on over a particle with a one-word surname, and not into a longer name after it', () => {
    assert.deepStrictEqual(names('Back then Yusuf bin Tariq led the group.', { Yusuf: 'B-PER', Tariq: 'B-MISC' }), ['PER:Yusuf bin Tariq']);
    assert.deepStrictEqual(names('She met Jan van Dalen there.', { Jan: 'B-PER' }), ['PER:Jan van Dalen']);
    const city = 'Paulo de Belo Horizonte won.';
    assert.deepStrictEqual(names(city, { Paulo: 'B-PER', Belo: 'B-LOC', Horizonte: 'I-LOC' }), ['PER:Paulo', 'LOC:Belo Horizonte']);
  });

  it('opens an organization\'s name with the capitalised words between an article and it', () => {
    const sentence = 'A Rural Housing Office study found no such cases.';
    assert.deepStrictEqual(names(sentence, { Housing: 'B-ORG', Office: 'I-ORG' }), ['ORG:Rural Housing Office']);
    const within = 'Figures from the Northern Farmers Bank show a fall.';
    assert.deepStrictEqual(names(within, { Farmers: 'B-ORG', Bank: 'I-ORG' }), ['ORG:Northern Farmers Bank']);
  });

  it('reads capitalised words ending in a head noun after the article opening a sentence as an organization the tagger missed', () => {
    assert.deepStrictEqual(names('A Rural Housing Office study found no such cases.', {}), ['ORG:Rural Housing Office']);
    assert.deepStrictEqual(names('"The Farmers Bank said so," she wrote.', {}), ['ORG:Farmers Bank']);
    // Not a head noun, a title, one word alone, or a run that goes on capitalised (a headline).
    for (const sentence of ['The Rural Housing Plan works.', 'The Bank said so.', 'A Senator Office aide left.', 'The Farmers Bank Is Here']) {
      assert.deepStrictEqual(names(sentence, {}), [], sentence);
    }
  });

  it('leaves a place before an organization\'s name, and an article opening the sentence, out of it', () => {
    const sentence = 'The Oslo Farmers Bank said so.';
    assert.deepStrictEqual(names(sentence, { Oslo: 'B-LOC', Farmers: 'B-ORG', Bank: 'I-ORG' }), ['LOC:Oslo', 'ORG:Farmers Bank']);
    assert.deepStrictEqual(names('The Farmers Bank said so.', { The: 'B-ORG', Farmers: 'I-ORG', Bank: 'I-ORG' }), ['ORG:Farmers Bank']);
  });
});
