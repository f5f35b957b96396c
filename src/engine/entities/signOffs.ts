// The name that signs a letter or an e-mail: a line of one word right after a closing formula ("Thanks,", "Best
// regards," "Cheers") is the writer's name or initials ("Ola", "jk", "MT"), a person, however written and whatever
// the word means elsewhere ("Faith", "Grant"). The tagger, reading the line alone, finds nothing in a lower-case
// word or in initials.
import type { Span } from '../types';
import type { LineMention } from './lineMention';

// A closing formula alone on its line.
const CLOSING = /^\s*(?:thanks|thank you|thx|tks|regards?|best regards|kind regards|kindest regards|warm regards|warmest regards|thanks and regards?|thanks & regards?|best|cheers|sincerely|yours|yours truly|sincerely yours|best wishes|many thanks|thanks again|take care|respectfully|love|hugs|kisses|xoxo|ciao)[.,!]*\s*$/iu;
// A line of one word: a name or initials.
const ONE_WORD = /^\s*(\p{L}[\p{L}'’-]{0,14})\s*$/u;

/**
 * `mentions` (sorted) with a person for each one-word line right after a closing formula (see CLOSING), sure of
 * its type; a mention the tagger gave that word is retyped.
 */
export function withSignOffNames(text: string, lines: readonly Span[], mentions: LineMention[]): LineMention[] {
  const added: LineMention[] = [];
  let previous = '';
  for (const line of lines) {
    const written = text.slice(line.start, line.end);
    if (!written.trim()) continue;
    const word = CLOSING.test(previous) ? ONE_WORD.exec(written) : null;
    previous = written;
    if (!word || CLOSING.test(written)) continue;
    const start = line.start + word.index + word[0].indexOf(word[1]);
    const end = start + word[1].length;
    const same = mentions.find((m) => m.start === start && m.end === end);
    if (same) {
      if (same.type === 'organization' || same.type === 'place') {
        same.type = 'person';
        same.sure = true;
        same.doubted = undefined;
      }
      if (same.type === 'person') same.signOff = true;
    } else if (!mentions.some((m) => m.start < end && start < m.end)) added.push({ start, end, type: 'person', sure: true, signOff: true, text: word[1] });
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}
