// The tagger's pieces that the trained model does not decide: the margins the greedy decoder reports, and the
// floor under which an organization is taken out.
import * as assert from 'assert';
import { tagSentence, type Weights } from '../../../../src/engine/entities/tagger';
import type { SentenceFeatures } from '../../../../src/engine/entities/features';
import { organizationStands } from '../../../../src/engine/entities/local';
import { ORG_MARGIN, organizationFloor, PERSONAL_ORG_MARGIN, withoutUnsureOrganizations } from '../../../../src/engine/entities/unsureOrganizations';
import { tokenize } from '../../../../src/engine/text/tokens';

/** Features that give each token the weights its word is listed with, and nothing else. */
function featuresOf(words: string[]): SentenceFeatures {
  return {
    wordKey: (i) => words[i],
    word: (i) => ['w=' + words[i]],
    context: () => [],
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
