// The tagger's pieces that the trained model does not decide: the margins the greedy decoder reports, and the
// floor under which an organization is taken out.
import * as assert from 'assert';
import { allowed, score, tagSentence, type Weights } from '../../../../src/engine/entities/tagger';
import { loadModel } from '../../../../src/engine/entities/model';
import { isAllCapsLine, labelFeatures, sentenceFeaturizer, type SentenceFeatures } from '../../../../src/engine/entities/features';
import { organizationStands } from '../../../../src/engine/entities/local';
import { ORG_MARGIN, organizationFloor, PERSONAL_ORG_MARGIN, withoutUnsureOrganizations } from '../../../../src/engine/entities/unsureOrganizations';
import { tokenize } from '../../../../src/engine/text/tokens';

/** Features that give each token the weights its word is listed with, and nothing else. */
function featuresOf(words: string[]): SentenceFeatures {
  return {
    allCaps: false,
    wordKey: (i) => words[i],
    word: (i) => ['w=' + words[i]],
    context: () => [],
    contextRows: () => {},
    lower: (i) => words[i].toLowerCase(),
    short: () => 'Xx',
    plain: (i) => /^\p{Ll}/u.test(words[i]),
  };
}

describe('tagger margins', () => {
  const labels = ['O', 'B-ORG', 'I-ORG'];
  const table: Record<string, number[]> = { 'w=Acme': [1, 7, 0], 'w=Corp': [2, 0, 5], 'w=Then': [4, 3, 0] };
  const weights: Weights = { get: (f) => table[f] };

  it('gives each token its label\'s lead over O, and 0 for a token read as O', () => {
    const words = ['Then', 'Acme', 'Corp', 'said'];
    const margins: number[] = [];
    const tags = tagSentence(weights, labels, words.length, featuresOf(words), margins);
    assert.deepStrictEqual(tags, ['O', 'B-ORG', 'I-ORG', 'O']);
    assert.deepStrictEqual(margins, [0, 6, 3, 0]);
  });

  it('tags the same with or without margins asked for', () => {
    const words = ['Acme', 'Corp', 'Then'];
    assert.deepStrictEqual(tagSentence(weights, labels, words.length, featuresOf(words)), tagSentence(weights, labels, words.length, featuresOf(words), []));
  });
});

describe('the tagger\'s kept sums', () => {
  /** The greedy decoding scoring every feature of every token afresh, as training does (scripts/train-ner.mjs). */
  function plainScores(weights: Weights, labels: string[], features: SentenceFeatures, length: number): Array<number[] | undefined> {
    const out: string[] = [];
    const rows: Array<number[] | undefined> = [];
    for (let i = 0; i < length; i++) {
      const prev = i > 0 ? out[i - 1] : '<s>';
      if (prev[0] !== 'B' && prev[0] !== 'I' && features.plain(i)) {
        out.push('O');
        rows.push(undefined);
        continue;
      }
      const scores = new Float64Array(labels.length);
      const feats = features.word(i).concat(features.context(i), labelFeatures(prev, i > 1 ? out[i - 2] : '<s>', features.lower(i), features.short(i)));
      score(weights, feats, scores);
      let best = 0;
      for (let k = 1; k < labels.length; k++) if (scores[k] > scores[best] && allowed(prev, labels[k])) best = k;
      out.push(labels[best]);
      rows.push([...scores]);
    }
    return rows;
  }

  it('scores each token as every feature scored afresh would, the first time and again, in ordinary and capitals lines', () => {
    const { labels, weights } = loadModel();
    const lines = [
      'Jane Doe, the minister of transport, met officials of Acme Corp in New York on Monday.',
      'Doe told Reuters that Acme Corp would leave New York, and Jane Doe said so too.',
      'ACME CORP LEAVES NEW YORK',
    ];
    for (const pass of [1, 2]) {
      for (const line of lines) {
        const tokens = tokenize(line);
        const scores: Array<readonly number[] | undefined> = [];
        tagSentence(weights, labels, tokens.length, sentenceFeaturizer(tokens, isAllCapsLine(line)), undefined, scores);
        const expected = plainScores(weights, labels, sentenceFeaturizer(tokens, isAllCapsLine(line)), tokens.length);
        assert.deepStrictEqual(scores, expected, `${line} (pass ${pass})`);
        assert.ok(expected.filter(Boolean).length >= 3, line);
      }
    }
  });

  it('keeps each model\'s rows apart: another model tagging the same words scores with its own weights', () => {
    const { labels, weights } = loadModel();
    const line = 'Doe told Reuters that Acme Corp would leave New York.';
    const tokens = tokenize(line);
    // The shipped weights with every person's label raised, looked up by feature only (as training's are).
    const other: Weights = {
      get(f) {
        const w = weights.get(f);
        return w && Array.from(w, (v, k) => (labels[k].endsWith('PER') ? v + 3 : v));
      },
    };
    for (const model of [weights, other, weights]) {
      const scores: Array<readonly number[] | undefined> = [];
      tagSentence(model, labels, tokens.length, sentenceFeaturizer(tokens, false), undefined, scores);
      assert.deepStrictEqual(scores, plainScores(model, labels, sentenceFeaturizer(tokens, false), tokens.length));
    }
  });
});

describe('unsure organizations', () => {
  it('takes out a whole organization whose first word is under the floor, and keeps the sure ones and other types', () => {
    const tags = ['B-ORG', 'I-ORG', 'O', 'B-ORG', 'B-PER', 'I-PER', 'B-ORG'];
    const margins = [5, 1, 0, 50, 2, 1, 10];
    assert.deepStrictEqual(withoutUnsureOrganizations(tags, margins, () => false, 10), ['O', 'O', 'O', 'B-ORG', 'B-PER', 'I-PER', 'B-ORG']);
  });

  it('keeps an unsure organization that the sentence shows to be one', () => {
    const tags = ['B-ORG', 'I-ORG', 'O', 'B-ORG'];
    const margins = [5, 1, 0, 5];
    assert.deepStrictEqual(withoutUnsureOrganizations(tags, margins, (first, end) => first === 0 && end === 2, 10), ['B-ORG', 'I-ORG', 'O', 'O']);
  });

  it('lets an organization stand that ends in a head noun, speaks, or opens with a title\'s department', () => {
    const stands = (text: string, first: number, end: number): boolean => organizationStands(tokenize(text), first, end);
    assert.ok(stands('The Budget Committee met', 0, 3));
    assert.ok(stands('Acme reported losses', 0, 1));
    assert.ok(stands('Secretary of State John Roe spoke', 2, 5));
    assert.ok(!stands('I have VHS movies', 2, 3));
    assert.ok(!stands('The price was 5 Euros', 4, 5));
  });
});

describe('the organization floor of a personal sentence', () => {
  const words = (s: string): string[] => tokenize(s).map((t) => t.text);

  it('is higher where the writer speaks as I or we or to you, asks or exclaims', () => {
    for (const s of ['I bought the HTC Evo last week.', 'We\'re happy with USB chargers', 'Have you tried Visa', 'Great Service!', 'my PC won\'t start']) {
      assert.strictEqual(organizationFloor(words(s)), PERSONAL_ORG_MARGIN, s);
    }
  });

  it('stays the news floor in a report, whatever the capitals ("US", "ME")', () => {
    for (const s of ['US troops left Iraq on Friday, officials said.', 'The ME office of Acme Corp closed.', 'Ms Roe told Reuters the deal was off.']) {
      assert.strictEqual(organizationFloor(words(s)), ORG_MARGIN, s);
    }
  });
});
