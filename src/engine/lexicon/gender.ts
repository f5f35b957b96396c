// Grammatical gender as English news writes it around a name: honorifics ("Mrs. Lee"), gendered role and
// kinship nouns ("his wife Ann Lee", "spokeswoman Ann Lee") and pronouns. Used only to tell apart people
// who share a surname and to resolve "he"/"she"; never shown. Source: common English honorifics and the
// gendered nouns of AP-style news writing; written out by hand. Given names: compromise's lexicon (./givenNames).
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './givenNames';

export type Gender = 'he' | 'she';

const MALE_WORDS = [
  'mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'emperor', 'sultan', 'sheikh', 'monsieur', 'herr', 'señor',
  'father', 'brother', 'pope', 'husband', 'son', 'grandson', 'nephew', 'uncle', 'boyfriend', 'widower',
  'spokesman', 'congressman', 'chairman', 'businessman', 'councilman', 'assemblyman', 'alderman', 'anchorman',
  'sportsman', 'statesman', 'actor', 'duke', 'baron', 'earl', 'count',
];
const FEMALE_WORDS = [
  'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'madam', 'madame', 'mme', 'mme.', 'lady', 'dame', 'queen', 'princess',
  'empress', 'señora', 'frau', 'sister', 'mother', 'wife', 'daughter', 'granddaughter', 'niece', 'aunt',
  'girlfriend', 'widow', 'spokeswoman', 'congresswoman', 'chairwoman', 'businesswoman', 'councilwoman',
  'assemblywoman', 'alderwoman', 'anchorwoman', 'sportswoman', 'stateswoman', 'actress', 'duchess',
  'baroness', 'countess',
];
const byWord = new Map<string, Gender>([...MALE_WORDS.map((w) => [w, 'he'] as const), ...FEMALE_WORDS.map((w) => [w, 'she'] as const)]);

/** The gender a title or gendered noun marks ("Mrs." → she, "husband" → he), or null. */
export function genderOfWord(word: string): Gender | null {
  return byWord.get(word.toLowerCase()) ?? null;
}

const PRONOUNS = new Map<string, Gender>([
  ['he', 'he'], ['him', 'he'], ['his', 'he'], ['himself', 'he'],
  ['she', 'she'], ['her', 'she'], ['hers', 'she'], ['herself', 'she'],
]);

/** The gender of a third-person singular pronoun, or null for any other word. */
export function genderOfPronoun(word: string): Gender | null {
  return PRONOUNS.get(word.toLowerCase()) ?? null;
}

let givenNames: Map<string, Gender> | undefined;

/** The gender a given name is borne by ("Ann" → she), or null for a name borne by both or not known as one. */
export function genderOfGivenName(name: string): Gender | null {
  givenNames ??= new Map<string, Gender>([
    ...MALE_GIVEN_NAMES.split(' ').map((n) => [n, 'he'] as const),
    ...FEMALE_GIVEN_NAMES.split(' ').map((n) => [n, 'she'] as const),
  ]);
  return givenNames.get(name.toLowerCase()) ?? null;
}
