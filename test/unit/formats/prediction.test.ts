import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { toPrediction } from '../../../src/formats/prediction';

describe('toPrediction', () => {
  it('gives each quote its cue as written, for the exact-span scorer', () => {
    const text = 'The harbour master has repeatedly warned that the pier is unsafe.';
    const [quote] = toPrediction('doc', analyze(text)).quotes;
    assert.ok(quote.cue);
    assert.match(text.slice(quote.cue.start, quote.cue.end), /warned$/);
    assert.strictEqual(text.slice(quote.spans[0][0], quote.spans[0][1]), 'that the pier is unsafe');
  });

  it('gives null for a quote with no cue', () => {
    const text = '“We will not give up the harbour without a fight, whatever the council decides.”';
    const [quote] = toPrediction('doc', analyze(text)).quotes;
    assert.strictEqual(quote.cue, null);
  });
});
