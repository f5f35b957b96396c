import * as assert from 'assert';
import { isTitleCaseHeadline } from '../../../../src/engine/entities/titleCaseHeadline';
import { tokenize } from '../../../../src/engine/text/tokens';

const headline = (text: string): boolean => isTitleCaseHeadline(tokenize(text));

describe('title-case headlines', () => {
  it('reads a line with nearly every word capitalised as one', () => {
    assert.strictEqual(headline('Kari Holm Wins Harbour Vote As Jo Lund Concedes'), true);
    assert.strictEqual(headline('Kari Holm won the harbour vote on Monday.'), false);
  });

  it('reads a line whose only lower-case words are the short ones a title keeps as one, a possessive too', () => {
    assert.strictEqual(headline('Kari Holm Blasts Lund for Mocking His Plan after Vote on the Pier'), true);
    assert.strictEqual(headline('Kari Holm Calls for Inquiry after Report Reveals Lund’s Meetings with Donors'), true);
    // A lower-case word of its own makes a sentence, however many names it lists.
    assert.strictEqual(headline('Kari Holm is director of the Harbour Society of Bergen.'), false);
    assert.strictEqual(headline('The groups that signed are Acme Freight, Bergen Pilots, Nordic Steel and the Harbour Society of Bergen.'), false);
  });
});
