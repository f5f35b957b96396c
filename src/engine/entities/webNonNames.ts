// Names the tagger finds in web text (posts, reviews, e-mails) that are none: a group of people, a file's name, an acronym of a
// thing, a language, a Roman numeral, a storm, a heading of common words, a stage direction, a government by its demonym. Per
// line, after the tagger's pass (./local): each rule reads the mention and its line alone.
import { GOVERNMENT_WORDS, GROUP_WORDS, LANGUAGES, STAGE_DIRECTIONS, STORM_WORDS, THING_ACRONYMS } from '../lexicon/nonNames';
import { countryByName, isDemonym } from '../lexicon/places';
import { isPartOfCamp } from '../lexicon/roles';
import { isCommonWord } from './commonWords';
import type { LineMention } from './lineMention';
import { isProgramAfterIn } from './programNames';
import { lettersBeforeSpace } from '../text/wordsBefore';

// Words that join the parts of a group's name ("Shiites and Kurds").
const JOINER = /^(?:and|&)$/u;
// A Roman numeral of two letters or more ("VI", "VII"): a part or a chapter, alone no name.
const ROMAN_NUMERAL = /^[IVXL]{2,}$/u;
// The most words of a heading ("Great Service", "Buyer Beware!!", "Gets the Job Done").
const HEADING_WORDS = 6;
// Words a title-case heading leaves in lower case.
const HEADING_SMALL_WORD = /^(?:a|an|and|at|by|for|in|of|on|or|the|to|with|&)$/u;
// Words of a name a heading may hold besides common words, left out when asking whether all its words are common.
const NAME_LINK = /^(?:&|and|of|the|for)$/u;
// The word right before a mention (see lettersBeforeSpace) is read in the few characters before it (a line may be long).
const BEFORE_CHARS = 16;
// The bracket that opens a stage direction, right before it.
const OPENING_BRACKET = /[([]$/u;

/** True for a word naming a group of people: a demonym or a group word, singular or plural, and no country. */
function isGroupWord(word: string): boolean {
  if (countryByName(word)) return false;
  const singular = word.replace(/(?<=\p{Ll})s$/u, '');
  return [word, singular].some((w) => isDemonym(w) || GROUP_WORDS.has(w));
}

/**
 * True when the line is a short heading in title case ("Great Service", "Nice Top Lights."): a few words, each
 * capitalised but the small ones, no digits (a table's row) and not all in capitals (a news headline).
 */
function isHeading(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  return words.length <= HEADING_WORDS && !/\d/u.test(line) && /\p{Ll}/u.test(line)
    && words.every((w) => !/^\p{Ll}/u.test(w) || HEADING_SMALL_WORD.test(w));
}

// A file's extension ending a mention or right after it: the mention names a file ("Harbour Lease Schedule.doc").
const FILE_EXTENSIONS = String.raw`\.(?:docx?|xlsx?|pptx?|pdf|txt|rtf|csv|jpe?g|png|gif|zip|msg|wpd)`;
const FILE_EXTENSION = new RegExp(`${FILE_EXTENSIONS}$`, 'iu');
const FILE_EXTENSION_AFTER = new RegExp(String.raw`^${FILE_EXTENSIONS}(?![\p{L}\p{N}])`, 'iu');

/** True when a named mention, `name` as written in `line`, is none of a person, an organization or a place. */
function isNoName(line: string, m: LineMention, name: string): boolean {
  if (THING_ACRONYMS.has(name) || ROMAN_NUMERAL.test(name)) return true;
  if (FILE_EXTENSION.test(name) || FILE_EXTENSION_AFTER.test(line.slice(m.end, m.end + 6))) return true;
  // A language's name alone ("in Hebrew").
  if (LANGUAGES.has(name)) return true;
  const words = name.split(/\s+/u);
  // A storm's name, the storm word in it or before it ("Hurricane Katrina", "Hurricane" | "Rita").
  if (STORM_WORDS.has(words[0]) || STORM_WORDS.has(lettersBeforeSpace(line.slice(Math.max(0, m.start - BEFORE_CHARS), m.start)))) return true;
  // A stage direction in brackets ("(Applause.)").
  if (STAGE_DIRECTIONS.has(name) && OPENING_BRACKET.test(line.slice(0, m.start))) return true;
  // A country's government by its demonym ("the Iranian Government").
  if (m.type === 'organization' && words.length === 2 && isDemonym(words[0]) && GOVERNMENT_WORDS.has(words[1])) return true;
  // An organization or a person made of group words is the group's people ("the Sunni Arabs", "Shiites and
  // Kurds", "a radical Shiite Muslim cleric").
  if (m.type !== 'place' && words.every((w) => JOINER.test(w) || isGroupWord(w)) && words.some((w) => !JOINER.test(w))) return true;
  // A political camp with a word that sets part of it apart is its people too ("Other Republicans", "Most Liberals").
  if (m.type !== 'place' && isPartOfCamp(words)) return true;
  // A heading's common words are no name, whatever their capitals ("Great Service"); a person's given name may
  // be a common word ("Frank").
  const named = words.filter((w) => !NAME_LINK.test(w));
  return m.type !== 'person' && named.length > 0 && named.every((w) => isCommonWord(w.toLowerCase())) && isHeading(line);
}

const NAMED = new Set(['person', 'organization', 'place']);

// What joins a second program to the first one ("in Firefox but not in Safari", "in Pages or in Keynote").
const PROGRAM_JOIN = /^\s*(?:,|and|or|but)?\s*(?:not\s+)?(?:in|to)\s+$/u;

/** The line's mentions without the names that are none (see isNoName). */
export function withoutWebNonNames(line: string, mentions: LineMention[]): LineMention[] {
  let program: LineMention | undefined;
  return mentions.filter((m) => {
    if (!NAMED.has(m.type)) return true;
    // A place joined to a program's name after "in" is another program ("in Firefox but not in Safari").
    const joined = program !== undefined && m.type === 'place' && PROGRAM_JOIN.test(line.slice(program.end, m.start)) && !/\s/u.test(line.slice(m.start, m.end));
    program = joined || (m.type === 'place' && isProgramAfterIn(line, m)) ? m : undefined;
    return program === undefined && !isNoName(line, m, line.slice(m.start, m.end));
  });
}
