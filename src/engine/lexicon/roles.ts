import { words } from './words';

// Titles written before a name ("President Joe Biden", "Mr. Smith") and role nouns that describe a person
// ("the Lithuanian president", "a government spokesman"). Source: common English honorifics and the
// political, military, religious and business offices of AP-style news writing; written out by hand.

/** Honorifics and offices written before a personal name (lower case; multi-word ones as phrases). */
export const TITLES: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame',
  'lord', 'lady', 'madam', 'madame', 'mme', 'mme.', 'monsieur', 'herr', 'frau', 'señor', 'señora',
  'president', 'vice president', 'vice-president', 'president-elect', 'prime minister', 'deputy prime minister',
  'premier', 'chancellor', 'minister', 'foreign minister', 'defence minister', 'defense minister',
  'finance minister', 'interior minister', 'secretary', 'secretary of state', 'secretary-general',
  'secretary general', 'senator', 'sen', 'sen.', 'representative', 'rep', 'rep.', 'congressman',
  'congresswoman', 'governor', 'gov', 'gov.', 'lieutenant governor', 'mayor', 'speaker', 'ambassador',
  // Plural titles before coordinated names: "Sens. Jo Roe and Ann Lee".
  'sens', 'sens.', 'reps', 'reps.',
  'envoy', 'commissioner', 'attorney general', 'judge', 'justice', 'chief justice',
  'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sheikh', 'sultan', 'emir', 'crown prince',
  'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'ayatollah', 'reverend', 'rev', 'rev.',
  'father', 'sister', 'brother',
  'general', 'gen', 'gen.', 'lieutenant general', 'major general', 'brigadier general', 'admiral', 'adm',
  'adm.', 'colonel', 'col', 'col.', 'lieutenant', 'lt', 'lt.', 'major', 'maj', 'maj.', 'captain', 'capt',
  'capt.', 'sergeant', 'sgt', 'sgt.', 'commander', 'marshal', 'field marshal',
  'chairman', 'chairwoman', 'chair', 'ceo', 'chief executive', 'director', 'coach', 'manager', 'spokesman',
  'spokeswoman', 'spokesperson', 'leader', 'opposition leader', 'party leader', 'detective', 'officer',
  'inspector', 'superintendent', 'chief', 'deputy', 'sheriff',
];

/** Nouns that name a person by role, used in descriptors such as "the Lithuanian leader" (lower case). */
export const ROLE_NOUNS: readonly string[] = [
  'president', 'vice president', 'prime minister', 'premier', 'chancellor', 'minister', 'leader', 'head',
  'head of state', 'head of government', 'secretary', 'senator', 'congressman', 'congresswoman', 'lawmaker',
  'legislator', 'representative', 'governor', 'mayor', 'speaker', 'ambassador', 'envoy', 'diplomat',
  'commissioner', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser',
  'advisor', 'candidate', 'nominee', 'incumbent', 'challenger', 'king', 'queen', 'monarch', 'prince',
  'princess', 'pope', 'general', 'commander', 'chief', 'chairman', 'chairwoman', 'chair', 'ceo',
  'chief executive', 'executive', 'director', 'founder', 'owner', 'coach', 'manager', 'captain', 'judge',
  'prosecutor', 'lawyer', 'attorney', 'analyst', 'expert', 'economist', 'scientist', 'researcher',
  'professor', 'author', 'reporter', 'journalist', 'correspondent', 'editor', 'witness', 'victim',
  'suspect', 'police', 'officer', 'sheriff', 'activist', 'campaigner', 'protester', 'voter', 'resident', 'source',
  'sources', 'strategist', 'pollster', 'operative', 'staffer', 'campaign', 'administration', 'government',
  'ministry', 'department', 'agency', 'opposition', 'party', 'negotiator', 'mediator', 'regulator',
  'dictator', 'strongman', 'autocrat', 'counterpart', 'foreign minister', 'defence minister',
  'defense minister', 'finance minister', 'ecologist', 'biologist', 'hydrologist', 'geologist', 'climatologist',
  'chemist', 'physicist', 'epidemiologist', 'academic', 'scholar', 'counsel', 'boss',
  // Seen at least three times just before a name inside the sources PolNeAR's annotators drew on its train
  // split ("Republican front-runner Donald Trump", "radio host Hugh Hewitt"); "frontrunner" is the other spelling.
  'front-runner', 'frontrunner', 'hopeful', 'host', 'co-host', 'anchor', 'moderator', 'columnist',
  'neurosurgeon', 'rival', 'delegate', 'actress', 'star', 'consultant', 'billionaire', 'developer',
];

// Roles that news uses for the same person in turn: "a marine ecologist" later "the researcher".
const ROLE_FAMILIES: readonly (readonly string[])[] = [
  ['scientist', 'researcher', 'ecologist', 'biologist', 'hydrologist', 'geologist', 'climatologist', 'chemist', 'physicist', 'epidemiologist', 'professor', 'academic', 'scholar', 'expert'],
  ['lawyer', 'attorney', 'counsel'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['chief executive', 'ceo', 'executive', 'boss', 'founder', 'owner'],
  ['reporter', 'journalist', 'correspondent', 'editor', 'columnist'],
  ['host', 'co-host', 'anchor', 'moderator'],
  ['chairman', 'chairwoman', 'chair'],
  ['adviser', 'advisor', 'aide', 'strategist'],
];
const familyOf = new Map(ROLE_FAMILIES.flatMap((family, i) => family.map((role) => [role, i] as const)));

/** True when two different role nouns name the same kind of person ("researcher", "ecologist"). */
export function sameRoleFamily(a: string, b: string): boolean {
  const fa = familyOf.get(a);
  return a !== b && fa !== undefined && fa === familyOf.get(b);
}

// Titles that are common surnames too ("Martin Luther King", "Carole King", "Alexander Pope"): after a given
// name they end a person's name, where a signature's role ("Chris Abel Manager") does not. By hand.
const SURNAME_TITLES = new Set(['king', 'prince', 'bishop', 'pope', 'duke', 'earl', 'lord', 'knight', 'baron', 'marshal', 'judge', 'major']);

/** True when a title is also a common surname ("King", "Pope"). */
export function isSurnameTitle(word: string): boolean {
  return SURNAME_TITLES.has(word.toLowerCase());
}

const titleSet = new Set(TITLES);
const roleSet = new Set(ROLE_NOUNS);
const longestTitle = Math.max(...TITLES.map((t) => t.split(' ').length));

/** True when the (lower-cased) phrase is a title written before names. */
export function isTitle(phrase: string): boolean {
  return titleSet.has(phrase.toLowerCase());
}

/** True when the (lower-cased) phrase is a role noun ("president", "spokesman", "foreign minister"). */
export function isRoleNoun(phrase: string): boolean {
  return roleSet.has(phrase.toLowerCase());
}

// Common nouns for people that name no role ("the woman at the counter", "a nurse from Leeds"): kept apart from
// the role nouns, which resolve a descriptor to a person the article named, as these seldom do.
const PERSON_NOUNS = words('man woman men women person people boy girl child children teenager resident citizen voter worker employee student parent mother father farmer teacher customer shopper neighbor neighbour fan member driver passenger patient nurse doctor owner tourist visitor guest');

// Members of political camps named in the plural ("Democrats said"): groups, never one person's name.
const POLITICAL_CAMPS = words('democrats republicans conservatives liberals socialists progressives tories greens libertarians independents moderates centrists nationalists populists');

/** True when a (lower-case) plural names the members of a political camp. */
export const isPoliticalCamp = (word: string): boolean => POLITICAL_CAMPS.has(word);

// Words that set part of a political camp apart: "Other Republicans", "Most Liberals".
const CAMP_LEADS = words('other many most some few all several');

/** True when the words, as written, are part of a political camp ("Other Republicans"): its people, no name. */
export const isPartOfCamp = (phraseWords: readonly string[]): boolean =>
  phraseWords.length === 2 && CAMP_LEADS.has(phraseWords[0].toLowerCase()) && isPoliticalCamp(phraseWords[1].toLowerCase());

/** True when a (lower-case) noun, singular or plural in -s, names people by a role or as people at all. */
export function isPersonNoun(word: string): boolean {
  const singular = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  return PERSON_NOUNS.has(word) || PERSON_NOUNS.has(singular) || roleSet.has(word) || roleSet.has(singular);
}

// Office jobs that e-mail signatures write after a name ("Jane Roe Administrative Coordinator"), where news
// seldom writes them before one: kept apart from the role nouns, which speaker descriptors read.
const OFFICE_JOBS = words('coordinator assistant specialist associate administrator engineer supervisor clerk paralegal accountant intern trader planner scheduler');

/** True when a word is a job as a signature writes it after a name: a role noun, a title or an office job. */
export function isJobTitle(word: string): boolean {
  const lower = word.toLowerCase();
  return roleSet.has(lower) || titleSet.has(lower) || OFFICE_JOBS.has(lower);
}

/**
 * How many words of `words` from `at` form one title, the longest that leaves a word after it (0 when none):
 * "Vice President Dr. Jane Doe" at 0 gives 2.
 */
export function titleLengthAt(words: readonly string[], at: number): number {
  for (let k = Math.min(longestTitle, words.length - at - 1); k >= 1; k--) {
    if (titleSet.has(words.slice(at, at + k).join(' ').toLowerCase())) return k;
  }
  return 0;
}

/**
 * How many leading words of `words` form a title (0 when none); takes the longest match, repeated, so that
 * "Vice President Dr. Jane Doe" gives 3.
 */
export function leadingTitleLength(words: readonly string[]): number {
  let n = 0;
  for (let match = titleLengthAt(words, 0); match; match = titleLengthAt(words, n)) n += match;
  return n;
}

// Abbreviated titles and the role nouns they stand for: "Sen. Ann Lee" is later "the senator".
const ROLE_OF_TITLE = new Map<string, string>([
  ['sen', 'senator'], ['sen.', 'senator'], ['rep', 'representative'], ['rep.', 'representative'], ['gov', 'governor'],
  ['gov.', 'governor'], ['gen', 'general'], ['gen.', 'general'], ['adm', 'admiral'], ['adm.', 'admiral'],
  ['capt', 'captain'], ['capt.', 'captain'], ['prof', 'professor'], ['prof.', 'professor'],
]);

/** The role noun an abbreviated title stands for ("Sen." → "senator"), or the word itself. */
export function roleOfTitle(word: string): string {
  return ROLE_OF_TITLE.get(word.toLowerCase()) ?? word;
}
