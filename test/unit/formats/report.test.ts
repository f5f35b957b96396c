import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { formatReport } from '../../../src/formats/report';
import { ANALYSIS, TEXT } from '../presentation/editorFixture';

describe('formatReport', () => {
  const report = formatReport(TEXT, ANALYSIS);

  it('lists a speaker tied to no entity as an unresolved speaker, not as unattributed', () => {
    assert.match(report, /^ {2}residents \[unresolved\] \(1\)\n {4}\[direct\] line 7: “Nobody asked us,” — residents said$/m);
  });

  it('lists only claims without a speaker as Unattributed, last', () => {
    assert.match(report, /^ {2}Unattributed \(1\)\n {4}\[direct\] line 11: “A \*bold\* \[plan\],”\n/m);
    const speakers = report.slice(0, report.indexOf('\nPeople'));
    assert.deepStrictEqual(
      speakers.split('\n').filter((l) => /^ {2}\S/.test(l)),
      ['  Jane Roe (2)', '  Acme Corp (1)', '  residents [unresolved] (1)', '  Unattributed (1)'],
    );
  });

  it('counts the claims in its heading, in the singular for one', () => {
    assert.match(report, /^Speakers \(5 claims\)$/m);
    const one = 'Kari Holm said the pier was safe.';
    assert.match(formatReport(one, analyze(one)), /^Speakers \(1 claim\)$/m);
  });
});
