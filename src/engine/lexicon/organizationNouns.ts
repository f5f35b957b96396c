import { words } from './words';
// Common nouns by which news refers back to an organization it has named ("the newspaper" for The Times,
// "the agency" for the Congressional Budget Office), each with the words whose presence in an organization's
// name shows it is of that kind. Source: the organization-kind nouns of AP-style news writing; written out
// by hand.

const KINDS: ReadonlyArray<readonly [nouns: string, nameWords: string]> = [
  ['newspaper paper daily tabloid publication magazine journal outlet', 'times post journal tribune herald news gazette daily chronicle globe telegraph guardian mail star sun observer independent examiner inquirer register record courier press bulletin magazine review weekly'],
  ['network broadcaster channel station outlet', 'news tv television broadcasting broadcast radio network channel media'],
  ['agency office bureau department ministry administration regulator service', 'agency office bureau department ministry administration service services commission authority investigations board'],
  ['bank lender', 'bank reserve fed'],
  ['company firm corporation group carrier airline retailer maker manufacturer conglomerate business', 'company co corp corporation inc ltd llc plc group holdings airlines airways motors industries'],
  ['union', 'union association federation brotherhood guild'],
  ['court tribunal', 'court tribunal'],
  ['alliance coalition bloc', 'alliance coalition organization treaty'],
  ['party', 'party'],
  ['committee panel', 'committee commission panel council'],
  ['campaign', 'campaign'],
  ['university college school institute', 'university college school institute'],
  ['website site', 'com net org blog'],
];

// Kinds whose organizations' names seldom hold a word of the kind ("Zero Hedge" for "the website", "Human
// Rights Watch" for "the group"): the noun refers to the organization just named, whatever its name.
const NAMELESS_KINDS = words('website site blog outlet organization group nonprofit charity');

// Kinds whose organizations' names often do not show the kind either ("Verizon" for "the company"), but which so
// many organizations are named around that only the one organization named nearby decides.
const UNMARKED_KINDS = words('company firm');

// Head nouns of organizations' names that go on after "for" or "on" ("Center for Media and Public Affairs",
// "Commission on Presidential Debates"), written capitalised as inside a name.
const HEADS_BEFORE_FOR = words('Center Centre Institute Council Committee Commission Office Bureau Association Society Foundation Alliance Coalition League Club Organization Organisation Partnership Project Appeals');

const DOCUMENTS = words('report study survey poll statement ruling analysis audit review memo findings letter filing decision opinion paper');

const byNoun = new Map<string, Set<string>>();
for (const [nouns, nameWords] of KINDS) {
  for (const n of nouns.split(' ')) {
    const set = byNoun.get(n) ?? new Set<string>();
    for (const w of nameWords.split(' ')) set.add(w);
    byNoun.set(n, set);
  }
}

/** True when a noun names a document an organization issues and speaks through ("a Reuters survey", "the report"). */
export function isDocumentNoun(noun: string): boolean {
  return DOCUMENTS.has(noun.toLowerCase());
}

/** True for a capitalised head noun that an organization's name may go on after with "for" or "on" ("Club for Growth"). */
export function isHeadBeforeFor(word: string): boolean {
  return HEADS_BEFORE_FOR.has(word);
}

/** The name words of the organizations a noun such as "newspaper" may refer to, or undefined if it names no kind. */
export function organizationNameWords(noun: string): ReadonlySet<string> | undefined {
  return byNoun.get(noun.toLowerCase());
}

/** True for a kind noun ("the website") whose organizations' names do not show the kind. */
export function isNamelessKind(noun: string): boolean {
  return NAMELESS_KINDS.has(noun.toLowerCase());
}

/** True for a kind noun ("the company") that refers to the one organization named nearby, if only one is. */
export function isUnmarkedKind(noun: string): boolean {
  return UNMARKED_KINDS.has(noun.toLowerCase());
}

const kindNameWords = new Set([...byNoun.values()].flatMap((ws) => [...ws]));

/** True for a word that shows an organization's kind in its name ("Council", "Bank", "Times"). */
export function isKindNameWord(word: string): boolean {
  return kindNameWords.has(word.toLowerCase());
}
