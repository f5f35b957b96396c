// Document-level consistency: a name the tagger found in one line is the same name where it is written again
// and the tagger, seeing less context there, missed it.
import { BATTLE_OPENER } from '../lexicon/events';
import { leadingTitleLength } from '../lexicon/roles';
import { lineResult, lineTexts } from '../lineCache';
import type { EntityType, Span } from '../types';
import { wordClass } from './gazetteer';
import { writtenOf, type LineMention } from './lineMention';
import { compiledNow } from '../text/compiledNow';

const NAMED: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place']);
const WORD = compiledNow(/\p{Lu}[\p{L}\p{M}\p{N}]*/gu);
/**
 * A line's capitalised words (WORD; none crosses a line's end): the start and end of each in the line, in turn,
 * in one array of small integers. Numbers rather than the words in an object: a huge article keeps every line's,
 * and its helper thread sends half of them (a typed array per line cost more to keep and to receive than this).
 */
function capitalisedWords(line: string): readonly number[] {
  const bounds: number[] = [];
  for (const m of line.matchAll(WORD)) bounds.push(m.index, m.index + m[0].length);
  return bounds;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
// A capitalised word (or a hyphen) right before or after: the occurrence is part of a longer name or compound
// ("the U.S. Open", "Statistics Canada", "Tripoli-based", "Aravinda de Silva"), which is not the same name.
// A capitalised word that opens a sentence or clause ("Then Orlen left") does not join.
const JOINED_BEFORE = compiledNow(/(?:(?:\p{Lu}[\p{L}\p{M}\p{N}.'’]*(?<!\b(?:And|But|Or|So|Yet|Then|Later|Now|Today|Meanwhile|However|Still|Also|When|While|After|Before|As|If|Since|Though|Although|In|On|At|For|With|From|By|To|Of|Under|Against|Without|Did|Does|Has|Had|Was|Is|Will|Would|Could|Should|Can|May|Might|Must))|\b(?:de|da|di|do|dos|du|del|della|der|van|von|le|la|al|bin|ibn))[ \t]+|[-‐–])$/u);
// The capitalised word right before a surname ("Núria Puigcerver" where only "Puigcerver" was found).
const WORD_BEFORE = /(\p{Lu}[\p{Ll}\p{M}]+)[ \t]$/u;
const JOINED_AFTER = compiledNow(/^(?:[ \t]+\p{Lu}|[-‐–]\p{L})/u);
// What follows a word of an e-mail address's local part: "@", or more of the local part and "@".
const IN_ADDRESS_AFTER = compiledNow(/^(?:@|\.[\p{L}\p{N}._%+-]*@)/u);
// A battle's or a treaty's first word and "of" (and "the") before: the name is part of the event's ("the Siege of
// Vicksburg"), no place of its own (see ../lexicon/events BATTLE_OPENER).
const EVENT_OF_BEFORE = compiledNow(new RegExp(`(?:^|[^\\p{L}])(?:${[...BATTLE_OPENER].join('|')})[ \\t]+of[ \\t]+(?:the[ \\t]+)?$`, 'u'));

/** A word that may be a given name: a known one, or unknown to the lexicons (and no title). */
function isGivenName(word: string): boolean {
  const cls = wordClass(word.toLowerCase());
  return (cls === '' || cls.includes('F')) && leadingTitleLength([word]) === 0;
}

/**
 * Adds a mention for every other occurrence, as a whole word sequence written the same way, of a
 * capitalised person, organization or place name that no mention covers and that is not part of a longer
 * capitalised sequence (save a given name before a surname, which joins it); it takes the type most of that
 * name's mentions have. `mentions` are sorted and do not overlap; so is the result. Linear in the text:
 * each capitalised word is compared only with the names it starts. The capitalised words are found line by line
 * (`lines`, see splitLines) and kept per line, so an incremental analysis (see ../lineCache) reads only the
 * edited lines again.
 */
export function spreadNames(text: string, lines: readonly Span[], mentions: readonly LineMention[]): LineMention[] {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    if (!NAMED.has(m.type)) continue;
    const name = writtenOf(text, m);
    if (!/^\p{Lu}/u.test(name) || name.length < 2) continue;
    const v = votes.get(name) ?? new Map<EntityType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
    votes.set(name, v);
  }
  if (!votes.size) return [...mentions];
  // Names by their first word, longest first, so that "New York Times" wins over "New York".
  const byFirst = new Map<string, Array<{ name: string; type: EntityType }>>();
  for (const [name, v] of votes) {
    const first = name.match(WORD)?.[0];
    if (!first || !name.startsWith(first)) continue;
    const type = [...v].sort((a, b) => b[1] - a[1])[0][0];
    const list = byFirst.get(first) ?? [];
    list.push({ name, type });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.name.length - a.name.length);
  const added: LineMention[] = [];
  let next = 0; // the first mention that ends after the current word
  let resume = 0; // where the scan goes on after a name it added
  const texts = lineTexts(text, lines);
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const words = lineResult('capitalised-words', texts[li], capitalisedWords);
    for (let w = 0; w < words.length; w += 2) {
      const at = line.start + words[w];
      if (at < resume) continue;
      const candidates = byFirst.get(texts[li].slice(words[w], words[w + 1]));
      if (!candidates) continue;
      while (next < mentions.length && mentions[next].end <= at) next++;
      if (next < mentions.length && mentions[next].start <= at) continue; // inside a mention
      if (isWordChar(text[at - 1])) continue;
      const limit = next < mentions.length ? mentions[next].start : text.length;
      const hit = candidates.find(
        (c) => at + c.name.length <= limit && text.startsWith(c.name, at) && !isWordChar(text[at + c.name.length]),
      );
      if (!hit) continue;
      const end = at + hit.name.length;
      if (JOINED_AFTER.test(text.slice(end, end + 2))) continue;
      // Nor is a word of an e-mail address ("jo.roe@example.com", "Roe@ACME") a mention.
      if (/[.@]/u.test(text[at - 1] ?? '') || IN_ADDRESS_AFTER.test(text.slice(end, end + 40))) continue;
      let start = at;
      const before = text.slice(Math.max(0, at - 40), at);
      if (EVENT_OF_BEFORE.test(before)) continue;
      if (JOINED_BEFORE.test(before)) {
        // A person's surname after an unknown or given name is that person's full name; else it is part of
        // some other name.
        const given = hit.type === 'person' && /^\p{Lu}\p{Ll}{3}/u.test(hit.name) ? WORD_BEFORE.exec(before) : null;
        if (!given || !isGivenName(given[1])) continue;
        start = at - given[0].length;
        const floor = Math.max(next > 0 ? mentions[next - 1].end : 0, added.length ? added[added.length - 1].end : 0);
        if (start < floor) continue;
      }
      added.push({ start, end, type: hit.type });
      // The character after a name is no word character, so the words after it are the line's next ones.
      resume = end;
    }
  }
  if (!added.length) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
