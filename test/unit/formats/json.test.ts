import * as assert from 'assert';
import { analysisJson } from '../../../src/formats/json';
import { ANALYSIS } from '../presentation/editorFixture';

describe('analysisJson', () => {
  it('is the analysis itself, pretty-printed with two spaces and a final newline', () => {
    const json = analysisJson(ANALYSIS);
    assert.deepStrictEqual(JSON.parse(json), ANALYSIS);
    assert.strictEqual(json, JSON.stringify(ANALYSIS, null, 2) + '\n');
    assert.match(json, /^\{\n {2}"textLength": \d+,\n {2}"entities": \[/);
  });
});
