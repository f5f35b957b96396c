// Match results written as a line of their own, "Leeds 2 Chelsea 1" (sports pages, results round-ups), and the
// rows of a league table, "Reading 5 3 1 1 9 4 10": the names are teams, which we type as organizations,
// whatever the tagger took a city, a surname or a common word for.
import type { LineMention } from './lineMention';
import { compiledNow } from '../text/compiledNow';

const RESULT = compiledNow(/^(\p{Lu}[\p{L}\p{M}.'’ -]*?) \d{1,3} (\p{Lu}[\p{L}\p{M}.'’ -]*?) \d{1,3}$/u);
// A league table's row: a name of capitalised words (and particles: "Racing de Santander"), then four counts or
// more (played, won, drawn, lost, goals, points).
const STANDINGS_ROW = compiledNow(/^(\p{Lu}[\p{L}\p{M}.'’-]*(?: (?:\p{Lu}[\p{L}\p{M}.'’-]*|de|del|la|of|the|and))*)(?: \d{1,3}){4,}$/u);

/** Whether the text's last character is an ASCII digit (`\d`, with or without the u flag). */
function endsInDigit(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  return code >= 0x30 && code <= 0x39;
}

/** The two team names of a line that is one match result, or the team of a league table's row, as organizations; else none. */
export function resultTeams(line: string): LineMention[] {
  const trimmed = line.trim();
  // Both patterns end in a count: a line ending otherwise (almost every line) is spared them.
  if (!endsInDigit(trimmed)) return [];
  const lead = line.length - line.trimStart().length;
  const row = STANDINGS_ROW.exec(trimmed);
  if (row) return [{ start: lead, end: lead + row[1].length, type: 'organization' }];
  const m = RESULT.exec(trimmed);
  if (!m) return [];
  const second = lead + m[0].lastIndexOf(' ' + m[2] + ' ') + 1;
  return [
    { start: lead, end: lead + m[1].length, type: 'organization' },
    { start: second, end: second + m[2].length, type: 'organization' },
  ];
}
