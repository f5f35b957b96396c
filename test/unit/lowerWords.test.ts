import * as assert from 'assert';
import { splitLines } from '../../src/analysis/text/paragraphs';
import { LowerCaseWords } from '../../src/analysis/text/lowerWords';

describe('LowerCaseWords', () => {
  it('answers the same whether it looks through the lines or through one set for the article', () => {
    const text = 'Eelgrass is back.\nDivers planted the eelgrass by hand.\r\nThe Øresund divers’ boats, élan and all.\n\nAnalysts said so.';
    const words = new LowerCaseWords(text, splitLines(text));
    const questions = ['eelgrass', 'divers', 'élan', 'analysts', 'øresund', 'said', 'boats', 'hand', 'the', 'all', 'so', 'back'];
    // Ask every question twice over: the first 16 are answered line by line, the rest from the merged set.
    const answers = [...questions, ...questions].map((w) => words.has(w));
    assert.deepStrictEqual(answers.slice(0, questions.length), answers.slice(questions.length));
    assert.deepStrictEqual(answers.slice(0, questions.length), [true, true, true, false, false, true, true, true, true, true, true, true]);
  });
});
