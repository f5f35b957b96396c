// Match results written as a line of their own, "Leeds 2 Chelsea 1" (sports pages, results round-ups): the
// two names are teams, which we type as organizations, whatever the tagger took a city or surname for.
import type { LineMention } from './lineMention';
import { compiledNow } from '../text/compiledNow';

const RESULT = compiledNow(/^(\p{Lu}[\p{L}\p{M}.'’ -]*?) \d{1,3} (\p{Lu}[\p{L}\p{M}.'’ -]*?) \d{1,3}$/u);

/** The two team names of a line that is one match result, as organizations; else none. */
export function resultTeams(line: string): LineMention[] {
  const lead = line.length - line.trimStart().length;
  const m = RESULT.exec(line.trim());
  if (!m) return [];
  const second = lead + m[0].lastIndexOf(' ' + m[2] + ' ') + 1;
  return [
    { start: lead, end: lead + m[1].length, type: 'organization' },
    { start: second, end: second + m[2].length, type: 'organization' },
  ];
}
