// The per-line pass: everything found in one line depends on that line's text alone, so results can be
// cached per line and reused after edits elsewhere.
import { genderOfGivenName } from '../lexicon/gender';
import { BATTLE_OPENER, EVENT_HEAD, EVENT_ONLY_HEAD } from '../lexicon/events';
import { isLegalFormKey } from '../lexicon/organizations';
import { isHeadBeforeFor } from '../lexicon/organizationNouns';
import { countryByName, isDemonym, isKnownPlace, isRegionalAdjective } from '../lexicon/places';
import { isJobTitle, isPersonNoun, isRoleNoun, isSurnameTitle, isTitle, leadingTitleLength, titleLengthAt } from '../lexicon/roles';
import { STATE_ABBREVIATIONS, sentenceRanges, tokenize, type Token } from '../text/tokens';
import type { EntityType } from '../types';
import type { LineMention } from './lineMention';
import { isAllCapsLine, sentenceFeaturizer } from './features';
import { loadModel } from './model';
import { isCommonWord } from './commonWords';
import { wordClass } from './gazetteer';
import { gluedOrganizationEnd } from './gluedOrganization';
import { cueVerb } from '../lexicon/speech';
import { typeEmployersAfterAt } from './employers';
import { companiesByContext, isFieldLabel, withCommaLegalForms, withCompanyNames } from './companies';
import { isCasualLine, isLowerCaseLine, lexiconNames, lowerCasePlacesAfterPrepositions } from './lowerCaseLine';
import { joinClubForms } from './clubForms';
import { joinGivenNamePlaces } from './givenNamePlaces';
import { geographicHeadAt, joinGeographicNames } from './geographicNames';
import { joinOrganizationRuns } from './organizationRuns';
import { findPatterns } from './patterns';
import { splitPossessiveNames } from './possessiveNames';
import { cutNamesAtHeadlineCues } from './headlineCues';
import { isTitleCaseHeadline } from './titleCaseHeadline';
import { withoutQuotedTitles } from './quotedTitles';
import { typePlaceChains } from './placeChains';
import { resultTeams } from './results';
import { tagSentence } from './tagger';
import { addTypeLeads } from './typeLeads';
import { doubtedOrganizations, organizationFloor, withoutUnsureOrganizations } from './unsureOrganizations';
import { steadyNameStarts, type BoundaryWords } from './nameBoundaries';
import { CAPITALISED, GENERATIONAL, INITIAL, PERSON_NAME_WORDS } from './nameShapes';
import { relabel } from './bioLabels';
import { words } from '../lexicon/words';
import { compiledNow } from '../text/compiledNow';

// The head word of a geographic or street name ("Roskilde Fjord", "Baker Street"); single-word street names
// in European languages end in one ("Bahnhofstrasse", "Paradeplatz", "Sihlquai").
const PLACE_HEAD = new Set(
  ('fjord,river,lake,sea,bay,gulf,strait,island,islands,peninsula,mountain,mountains,valley,canyon,desert,'
    + 'coast,street,avenue,road,square,boulevard,lane,bridge,canal,harbour,harbor,brook,ocean,hills').split(','),
);
// Heads that are never surnames, so a "person" ending in one is a place too ("Kollund Fjord").
const PLACE_ONLY_HEAD = new Set(
  ('fjord,strait,peninsula,islands,mountains,valley,canyon,desert,avenue,boulevard,canal,harbour,harbor,street,square,'
    + 'reservoir,pond,parish,township,creek,heights,falls,dock,docks,stadium').split(','),
);
const STREET_WORD = compiledNow(/^\p{Lu}\p{Ll}{2,}(?:strasse|straße|gasse|platz|quai|weg|plein|gade|gatan|plaza|rambla)$/u);
// Words that open a street or square name in Romance languages ("Plaza de la Reina", "Rua do Ouro"), and
// the particles that may follow them.
const STREET_OPENER = new Set(
  ('plaza,calle,avenida,paseo,carrer,plaça,praça,rua,largo,travessa,via,viale,piazza,corso,rue,place,quai,'
    + 'boulevard,avenue,allée').split(','),
);
export const PARTICLE = words('de del la las los da do das dos di della du des le van von der den ten al bin ibn');

/** The index of the first token of a street name opener before `first` ("Plaza de la" before "Reina"). */
function streetStart(tokens: Token[], first: number): number {
  let k = first - 1;
  while (k >= 0 && PARTICLE.has(tokens[k].text)) k--;
  return k >= 0 && k < first - 1 && /^\p{Lu}/u.test(tokens[k].text) && STREET_OPENER.has(tokens[k].text.toLowerCase())
    ? k
    : first;
}

// Capitalised words that are not names on their own: numbers opening a sentence and holidays.
const NOT_NAMES = new Set(
  ('one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve,twenty,thirty,forty,fifty,hundred,'
    + 'thousand,million,christmas,easter,ramadan,eid,hanukkah,diwali,thanksgiving,halloween,passover').split(','),
);
// A faith's or a doctrine's name ("Catholicism", "Judaism", "Christianity"): neither a person's, an organization's
// nor a place's (the training sets file them under MISC).
const DOCTRINE = compiledNow(/^\p{Lu}\p{Ll}+(?:ism|ianity)$/u);

/** True when tokens from `first` follow a battle's, a treaty's or a declaration's first word and "of" (and "the"). */
function afterBattleOpener(tokens: Token[], first: number): boolean {
  const of = tokens[first - 1]?.text === 'the' ? first - 2 : first - 1;
  return of >= 1 && tokens[of].text === 'of' && BATTLE_OPENER.has(tokens[of - 1].text);
}
// A one-word name right after one of these is where something is ("in Alfama", "through Sihlquai").
const LOCATIVE = words('in near through outside inside around across towards');

/** The type a name's form or its preposition makes certain, or undefined to keep the tagger's guess. */
function typeByForm(tokens: Token[], first: number, last: number, type: EntityType): EntityType | undefined {
  const head = tokens[last].text;
  const lower = head.toLowerCase();
  if (last > first && type !== 'place' && (PLACE_ONLY_HEAD.has(lower) || (type === 'organization' && PLACE_HEAD.has(lower)))) {
    return 'place';
  }
  if (last === first && STREET_WORD.test(head)) return 'place';
  // A natural feature's head noun before "of" opening the name ("the Strait of Dover"), unless the name goes on
  // to an organization's head ("the Bay of Fundy Ferry Authority").
  if (last > first + 1 && geographicHeadAt(tokens, first) && !ORGANIZATION_HEAD.has(headOf(head))) return 'place';
  // A street or square opener and its particles opening the name ("Plaza de la Reina"), as streetStart reads them.
  if (last > first + 1 && STREET_OPENER.has(tokens[first].text.toLowerCase()) && PARTICLE.has(tokens[first + 1].text)) return 'place';
  if (last === first && first > 0 && LOCATIVE.has(tokens[first - 1].text)) return 'place';
  return undefined;
}

// Last words that make a name an organization's, never a person's.
const ORGANIZATION_HEAD = words(
  'corporation company group holdings industries airlines airways bank university college institute party union '
  + 'association federation council committee commission agency ministry department foundation society band '
  + 'orchestra club school records press team brigade corps army navy magazine times systems laboratories '
  + 'communications service services court assembly congress senate government hospital center centre mall '
  + 'brotherhood gazette herald tribune journal chronicle sentinel inquirer examiner observer telegraph telegram '
  + 'dispatch statesman records force forces radio organisation organization exchange conference authority bureau board '
  + 'administration charity fund alliance coalition movement trust futures securities partners capital ventures '
  + 'investments enterprises consultants technologies solutions logistics pharmaceuticals motors networks transport '
  + 'entertainment energy insurance hotel',
);
// Last words of organizations' names that never end a place's (unlike "bank", "school" or "court": "West Bank").
const NEVER_PLACE_HEAD = words(
  'gazette herald tribune journal times newspaper magazine press university college institute corporation company '
  + 'airlines association federation foundation society party ministry agency commission committee chronicle '
  + 'sentinel inquirer examiner observer telegraph telegram dispatch statesman records force forces organisation '
  + 'organization exchange conference authority bureau board administration charity fund alliance coalition movement '
  + 'army navy police parliament senate assembly congress scouts guard',
);

/** A name's head word in lower case: its last word's last hyphenated part ("Star-Telegram", "American-Statesman"). */
const headOf = (word: string): string => word.slice(word.lastIndexOf('-') + 1).toLowerCase();

// Last words of names that may hold a title ("Prince Edward Island", "King Abdullah University").
const TITLED_NAME_HEAD = new Set(
  'university,college,school,institute,hospital,foundation,island,islands,airport,centre,center,park,street,bridge,church,cathedral,stadium,prize,award,trophy,county,bay,river'.split(','),
);

/**
 * An organization or place run holding a title before one to three capitalised words ("Security Council
 * President Tono Eitel", "Jakarta Governor Sutiyoso") is the organization or place, then the person the
 * title names: relabels the person as a name of its own and returns the end of the first name. Linear in
 * the run: the titles' extents are found from the right, each word matched once (a run of capitalised words
 * without punctuation may be thousands long).
 */
function splitAtTitle(tokens: Token[], labels: string[], i: number, j: number): number {
  if (labels[i] !== 'B-ORG' && labels[i] !== 'B-LOC') return j;
  if (TITLED_NAME_HEAD.has(tokens[j - 1].text.toLowerCase())) return j;
  // titledEnd[k - i]: where the titles written from word k end (k itself when none), as leadingTitleLength
  // reads the words k..j-1; capitalisedFrom: the first word of the run's all-capitalised tail.
  const words = tokens.slice(i, j).map((t) => t.text);
  const titledEnd = new Array<number>(j - i + 1);
  titledEnd[j - i] = j;
  let capitalisedFrom = j;
  for (let k = j - 1; k > i; k--) {
    const n = titleLengthAt(words, k - i);
    titledEnd[k - i] = n ? titledEnd[k - i + n] : k;
    if (capitalisedFrom === k + 1 && /^\p{Lu}/u.test(tokens[k].text)) capitalisedFrom = k;
  }
  for (let k = i + 1; k < j - 1; k++) {
    const end = titledEnd[k - i];
    if (end === k || j - end > 3 || end < capitalisedFrom) continue;
    for (let m = k; m < j; m++) labels[m] = m < end ? 'O' : m === end ? 'B-PER' : 'I-PER';
    return k;
  }
  return j;
}

// Last words of a site's or a body's name that a place may follow with "in" ("the Shrine Auditorium in Hollywood",
// "Lincoln Park in West Seattle"): the name ends there. Names that hold "in" have an abstract word before it
// ("Organisation for Security and Cooperation in Europe", "Human Rights in China").
const SITE_HEAD = words('auditorium cathedral church chapel temple mosque stadium arena hall theatre theater museum gallery library station mall store hotel airport');
const endsSite = (word: string): boolean => {
  const lower = word.toLowerCase();
  return SITE_HEAD.has(lower) || TITLED_NAME_HEAD.has(lower) || ORGANIZATION_HEAD.has(lower) || PLACE_HEAD.has(lower);
};

/** True when a word after the first of tokens [first, last] is an organization's head noun followed by "of". */
function headBeforeOf(tokens: Token[], first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) {
    if (tokens[k + 1].text === 'of' && ORGANIZATION_HEAD.has(tokens[k].text.toLowerCase())) return true;
  }
  return false;
}

const MIDDLE_INITIAL = compiledNow(/^\p{Lu}\.$/u);

const TYPE_OF_CLASS: Record<string, EntityType | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/**
 * A person's name followed by a run the tagger took for another name that ends in a generational suffix
 * ("Henry" | "Ford III") is one person: relabels the run as the person's.
 */
function joinGenerational(tokens: Token[], labels: string[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (labels[i][0] !== 'B' || labels[i] === 'B-PER' || !labels[i - 1].endsWith('-PER')) continue;
    let j = i + 1;
    while (j < tokens.length && labels[j] === 'I-' + labels[i].slice(2)) j++;
    if (!GENERATIONAL.test(tokens[j - 1].text) && !GENERATIONAL.test(tokens[j]?.text ?? '')) continue;
    for (let k = i; k < j; k++) labels[k] = 'I-PER';
  }
}

// Epithets that follow a name after "the" and belong to it ("Pliny the Younger", "Peter the Great").
const EPITHET = words('Younger Elder Great Bold Conqueror Magnificent Wise Pious Fair Terrible Confessor Lionheart');

/**
 * A name followed by "the" and an epithet is one person's name ("Pliny the Younger"), whatever the tagger took
 * the name for; a capitalised word the tagger left untagged opens one (unless a common word).
 */
function joinEpithets(tokens: Token[], labels: string[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i].text !== 'the' || !EPITHET.has(tokens[i + 1].text)) continue;
    // "the Great Lakes" goes on: only an epithet that ends the name.
    if (/^\p{Lu}/u.test(tokens[i + 2]?.text ?? '')) continue;
    let first = i - 1;
    if (labels[first] === 'O') {
      if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[first].text) || isCommonWord(tokens[first].text.toLowerCase())) continue;
    } else {
      // Whatever the tagger took the name for, with its epithet it is a person's.
      while (first > 0 && labels[first][0] === 'I') first--;
    }
    relabel(labels, first, i + 2, 'PER');
  }
}

// The most words of a title written before the name whose last words the tagger took for a name.
const TITLE_LEAD = 3;

/** True when words first…last end a title that opens before them ("of State" of "Secretary of State"). */
function endsTitle(tokens: Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - TITLE_LEAD); k < first; k++) {
    if (isTitle(tokens.slice(k, last + 1).map((t) => t.text).join(' '))) return true;
  }
  return false;
}

/**
 * True when token k is a given name (and no place or organization the lexicons know) that continues a run of
 * another kind than a person's: the tagger has run a name into the person's ("House Carl" | "Mendez").
 */
function endsInGivenName(tokens: Token[], labels: string[], k: number): boolean {
  if (labels[k][0] !== 'I' || labels[k].endsWith('-PER')) return false;
  const cls = wordClass(tokens[k].text.toLowerCase());
  return cls.includes('F') && !/[CPSO]/.test(cls);
}

const SURNAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * A given name that ends another kind of name, before a capitalised word the tagger left out, opens a
 * person's name ("Speaker of the House Carl Mendez" tagged "House Carl" | "Mendez").
 */
function splitGivenNames(tokens: Token[], labels: string[]): void {
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (labels[k + 1] !== 'O' || !SURNAME.test(tokens[k + 1].text) || isCommonWord(tokens[k + 1].text.toLowerCase())) continue;
    if (!endsInGivenName(tokens, labels, k)) continue;
    labels[k] = 'B-PER';
    labels[k + 1] = 'I-PER';
  }
}

const POSSESSIVE = /^['’][sS]$/u;
// What may follow a possessive that stands for a shop or firm ("Ivey's and …", "Hecht's in 1992", "Miller's, the
// bar"): a comma, a conjunction, or a verb or preposition a possessed noun would not follow. Not a sentence's end,
// where a possessive more often leaves its noun unsaid ("the idea was Roe's.").
const AFTER_ELLIPTIC_POSSESSIVE = words('and or became becomes in said says announced');

// Lower-case words inside names: particles, articles and prepositions ("Bank of Ruritania", "Council on Harbour
// Trade", "Casa de Vela", "Holm upon Tarn").
const NAME_JOINER = words('of for and the on upon de del della dello dei degli delle der den des di da dos das do du la las le les los van von y et und bin ibn al el to at in am an im zu sur sous over under');

// The determiners before a shop's name in the possessive ("a Halvorsen's", "the Miller's").
const SHOP_DETERMINER = words('a an the this that another every');
// The kinds of shops capitalised after a possessive in their names ("Brodie's Pizza", "Lund's Hardware").
const SHOP_HEAD = words('Pizza Pizzeria Market Liquor Liquors Karate Deli Diner Cafe Café Restaurant Grill Bar Pub Bakery Salon Garage Store Shop Kitchen Steakhouse Tavern Bagels Donuts Tire Tires Cleaners Pharmacy Jewelers Hardware Furniture');

/** True when the word after a possessive (undefined at the sentence's end) shows no noun is possessed. */
const ellipticPossessive = (next: string | undefined): boolean => next === ',' || AFTER_ELLIPTIC_POSSESSIVE.has(next ?? '');
// A romanised Korean given name written after the surname ("Park Geun-hye", "Moon Jae-in"), or an Arabic surname
// written with its article or particle ("Faisal al-Harbi", "Hosni el-Masri", "Sami bin-Nasser").
const HYPHENATED_GIVEN_NAME = compiledNow(/^\p{Lu}\p{Ll}+-\p{Ll}+$|^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu)-\p{Lu}\p{Ll}+$/u);

/**
 * Joins a person's name cut by the tagger: a particle between two parts ("Osama bin" | "Laden"), a hyphenated
 * given name or particle surname after it ("Park" | "Geun-hye", "Faisal" | "al-Harbi"); a known place cut after
 * its first word ("New" | "Jersey"); and an organization's name cut after its head and "for", "of" or "to"
 * ("Center for" | "Media and Public Affairs", "Committee to" | "Protect Journalists").
 */
// Words after an organization's head that its name goes on with: "Center for …", "Institute of …", "Committee to …".
const HEAD_LINKS = words('for of to');

function joinCutNames(tokens: Token[], labels: string[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const after = labels[i - 1].endsWith('-PER');
    if (after && labels[i] === 'O' && PARTICLE.has(tokens[i].text) && labels[i + 1] === 'B-PER') {
      labels[i] = 'I-PER';
      labels[i + 1] = 'I-PER';
    }
  }
  for (let i = 1; i < tokens.length; i++) {
    if (labels[i - 1].endsWith('-PER') && labels[i] === 'O' && HYPHENATED_GIVEN_NAME.test(tokens[i].text)) labels[i] = 'I-PER';
  }
  // A place the lexicon knows, cut in two at its first word ("New" | "Jersey Gov. …", "South" | "Carolina Rep. …");
  // not a longer name that holds it ("West" | "Virginia Normal School").
  for (let i = 1; i < tokens.length; i++) {
    if (labels[i - 1] !== 'B-LOC' || labels[i] !== 'B-LOC' || labels[i + 1]?.[0] === 'I' || tokens[i - 1].end + 1 !== tokens[i].start) continue;
    if (isKnownPlace(`${tokens[i - 1].text} ${tokens[i].text}`)) labels[i] = 'I-LOC';
  }
  for (let i = 2; i < tokens.length; i++) {
    // "Court of Appeals for the" | "Sixth Circuit": "the" may follow the link.
    const link = tokens[i - 1].text === 'the' && labels[i - 1] === 'O' && i >= 3 ? i - 2 : i - 1;
    const head = link - 1;
    if (labels[link] !== 'O' || labels[head].endsWith('-PER')) continue;
    if (!HEAD_LINKS.has(tokens[link].text) || !isHeadBeforeFor(tokens[head].text)) continue;
    let start = head;
    while (start > 0 && labels[start][0] === 'I') start--;
    // A head inside a name the tagger found goes on only as an organization's straight after the link, or when
    // that name is a body's with "of" ("U.S. Court of Appeals for the Sixth Circuit"); "the National Hockey League
    // for the St. Louis Eagles" are two.
    const bodyWithOf = tokens.slice(start, head).some((t) => t.text === 'of');
    if (labels[head] !== 'O' && !bodyWithOf && !(link === i - 1 && labels[head].endsWith('-ORG'))) continue;
    // "Center for" | "Media …" with the name tagged an organization. After "to", a head standing alone and a
    // capitalised verb the lexicon knows as a common word, however tagged, with the capitalised words after it
    // ("Committee to" | "Protect Journalists"); not a second name ("from The Mozilla Foundation to Google").
    const toVerb = tokens[link].text === 'to' && link === i - 1 && (labels[head] === 'O' || labels[head] === 'B-ORG') && CAPITALISED.test(tokens[i].text) && wordClass(tokens[i].text.toLowerCase()) === 'w';
    if (tokens[link].text === 'to' ? !toVerb : labels[i] !== 'B-ORG') continue;
    // The head's run, however typed ("U.S. Court of Appeals" read as a place), is the organization's start.
    labels[start] = 'B-ORG';
    for (let k = start + 1; k < i; k++) labels[k] = 'I-ORG';
    for (let k = i; k < tokens.length && (k === i || labels[k][0] === 'I' || (toVerb && CAPITALISED.test(tokens[k].text))); k++) labels[k] = 'I-ORG';
  }
}

// Initials written together ("B.B.", "W.H.", "J.R.R."), and those that are no person's: times, eras and a note's
// "P.S.", bodies' ("U.N.") and places' ("N.J." of "Trenton, N.J." before the next sentence's name; US states' and
// cities' written with periods, known places asked of the lexicon too).
const JOINED_INITIALS = compiledNow(/^(?:\p{Lu}\.){2,3}$/u);
const NO_PERSON_INITIALS = words(
  'A.M. P.M. P.S. B.C. A.D. C.E. B.C.E. U.N. E.U.',
  'N.Y. N.J. N.C. N.H. N.M. N.D. S.C. S.D. R.I. D.C. L.A. P.R. V.I.',
);

/**
 * True when token k is a person's initial or initials written together ("F.", "W.H."), no place's or era's, and
 * not after a comma (a chain of places' last: "Trenton, N.J.").
 */
function personInitials(tokens: Token[], k: number): boolean {
  const text = tokens[k].text;
  if (INITIAL.test(text)) return true;
  return JOINED_INITIALS.test(text) && tokens[k - 1]?.text !== ',' && !NO_PERSON_INITIALS.has(text) && !isKnownPlace(text) && !countryByName(text);
}

/**
 * True when token k is a surname the tagger left out after initials written together ("B.B." | "King"): a
 * capitalised word that is no common word, organization, place or time (a title that is a surname too, such as
 * "King", is one), ending the run of capitals.
 */
function surnameAfterInitials(tokens: Token[], labels: string[], k: number): boolean {
  const word = tokens[k].text;
  if (labels[k] !== 'O' || !SURNAME.test(word) || /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) return false;
  const lower = word.toLowerCase();
  return isSurnameTitle(word) || (!isCommonWord(lower) && !/[OCPST]/u.test(wordClass(lower)) && !ORGANIZATION_HEAD.has(lower));
}

/** Initials right before a person's name ("A. B." of "A. B. Jones", "J.L." of "J.L. Marwick") are part of it, however tagged. */
function joinInitials(tokens: Token[], labels: string[]): void {
  // Initials written together alone, then a surname the tagger left out ("B.B." | "King"): a person's name.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!JOINED_INITIALS.test(tokens[i].text) || !personInitials(tokens, i) || labels[i] === 'B-LOC' || labels[i][0] === 'I') continue;
    if (labels[i] === 'O' && i > 0 && labels[i - 1] !== 'O') continue;
    if (surnameAfterInitials(tokens, labels, i + 1)) relabel(labels, i, i + 2, 'PER');
  }
  for (let i = 1; i < tokens.length; i++) {
    if (labels[i] !== 'B-PER') continue;
    let k = i;
    while (k > 0 && personInitials(tokens, k - 1) && tokens[k - 1].end + 1 >= tokens[k].start) k--;
    if (k === i) continue;
    // A given name that ends another kind of name run into the person's ("State John" | "F. Kerry") opens it.
    if (k > 1 && endsInGivenName(tokens, labels, k - 1)) labels[k - 1] = 'B-PER';
    // After another kind of name the tagger has cut the person's name elsewhere.
    if (k > 0 && labels[k - 1] !== 'O' && !labels[k - 1].endsWith('-PER')) continue;
    // A given name before the initials ("John F." of "John F. Kerry") opens the name.
    labels[k] = k > 0 && labels[k - 1].endsWith('-PER') ? 'I-PER' : 'B-PER';
    for (let m = k + 1; m <= i; m++) labels[m] = 'I-PER';
  }
  // A person's name, then a middle initial and a surname the tagger took for another name or none ("Ross" | "G." |
  // "Hoyt", "Philip" | "M. Drew"): the surname ends the person's name, as does a capitalised word no common one.
  for (let i = 2; i < tokens.length; i++) {
    if (!labels[i - 2].endsWith('-PER') || !INITIAL.test(tokens[i - 1].text) || !SURNAME.test(tokens[i].text)) continue;
    if (labels[i + 1] !== undefined && labels[i + 1][0] === 'I') continue;
    const initial = labels[i - 1];
    const otherName = initial === 'O' ? labels[i][0] === 'B' && labels[i] !== 'B-PER' : initial[0] === 'B' && initial !== 'B-PER' && labels[i] === 'I' + initial.slice(1);
    if (!otherName && !(initial === 'O' && labels[i] === 'O' && !isCommonWord(tokens[i].text.toLowerCase()))) continue;
    labels[i - 1] = 'I-PER';
    labels[i] = 'I-PER';
  }
}

// Adverbs that focus the noun phrase after them: never the first word of a name.
const FOCUSING_ADVERB = words('even only also just still especially particularly notably');

/**
 * The last token of a person's name of two words or more that a capitalised role or title follows in the same
 * run ("Chris Abel Manager", "Jane Roe Administrative Director"): the name ends before it and the common words
 * that qualify it.
 */
function withoutTrailingRole(tokens: Token[], first: number, last: number): number {
  const k = jobAt(tokens, first, last);
  if (k < 0) return last;
  // Common words before the role qualify it ("Administrative Manager").
  let end = k;
  while (end - 1 >= first + 2 && isCommonWord(tokens[end - 1].text.toLowerCase())) end--;
  return end - 1;
}

/** The first capitalised job (a role, a title or an office job) from the third of words first…last on, or -1. */
function jobAt(tokens: Token[], first: number, last: number): number {
  for (let k = first + 2; k <= last; k++) if (/^\p{Lu}/u.test(tokens[k].text) && isJobTitle(tokens[k].text) && !surnameAt(tokens, k, last)) return k;
  return -1;
}

/**
 * "Martin Luther King", "… King Jr.": a title that is a common surname, the run's last word or before a
 * generational suffix, ends the name rather than being a signature's job.
 */
function surnameAt(tokens: Token[], k: number, last: number): boolean {
  return isSurnameTitle(tokens[k].text) && (k === last || (k + 1 === last && GENERATIONAL.test(tokens[last].text)));
}

/** True when the word opens with a given name the lexicons know as nothing else ("Jane", not "Paris" or "Bank"). */
function onlyGivenName(word: string): boolean {
  const cls = wordClass(word.toLowerCase());
  return cls.includes('F') && !/[CPSO]/.test(cls);
}

// A line that gives contact details: an e-mail address or a telephone number ("(713) 555-0142", "212.555.0142").
const CONTACT_LINE = compiledNow(/[\p{L}\d._-]@[\p{L}\d-]+\.\p{L}|(?:^|[^\d])\(?\d{3}\)?[ .-]?\d{3}[.-]\d{4}(?!\d)/u);
// Three digits in a row, which a telephone number in CONTACT_LINE has.
const THREE_DIGITS = /\d{3}/;

/**
 * What CONTACT_LINE needs, quickly checked: an "@" (an address) or three digits (a telephone number). Most lines
 * have neither, and the pattern tried at every character of every line cost ~0.1 s on a 10 MB article.
 */
function mayGiveContact(line: string): boolean {
  return line.includes('@') || THREE_DIGITS.test(line);
}

// The local parts of the e-mail addresses in a line ("jane.q.roe" of "jane.q.roe@example.com").
const EMAIL_LOCAL = /([\p{L}\d._-]+)@/gu;
// A surname's shape: capitalised, lower-case letters in it ("Roe", "McAdam", "O'Hara").
const SURNAME_SHAPE = compiledNow(/^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u);

/**
 * For a line that gives contact details (an e-mail address, a telephone number), as a signature does, the words of
 * its e-mail addresses' local parts ("jane", "roe" of "jane.roe@example.com"); undefined for another line.
 */
export function contactNameWords(line: string): ReadonlySet<string> | undefined {
  if (!mayGiveContact(line) || !CONTACT_LINE.test(line)) return undefined;
  const out = new Set<string>();
  for (const m of line.matchAll(EMAIL_LOCAL)) for (const w of m[1].toLowerCase().split(/[._-]+/u)) out.add(w);
  return out;
}

/**
 * The employer a signature writes after a name and a job, all in one capitalised run ("Jane Roe Administrative
 * Coordinator Acme Legal"): the words after the job, when the run opens with a given name and they are capitalised;
 * with the last word of the person's name. On a line with contact details the employer may follow the name
 * without a job ("Jane Q. Roe Acme Harbour Services (555) …"): the words after the given name, a middle
 * initial and the surname (the one the line's e-mail address spells, if any, "jane.roe@…" in "Jane Ann Roe Acme").
 */
function signatureEmployer(tokens: Token[], first: number, last: number, contact: ReadonlySet<string> | undefined): { employer: LineMention; personLast: number } | undefined {
  if (!onlyGivenName(tokens[first].text)) return undefined;
  const job = jobAt(tokens, first, last);
  if (job >= 0) {
    if (job === last || !tokens.slice(job + 1, last + 1).every((t) => /^\p{Lu}/u.test(t.text))) return undefined;
    return { employer: { start: tokens[job + 1].start, end: tokens[last].end, type: 'organization' }, personLast: withoutTrailingRole(tokens, first, last) };
  }
  if (!contact) return undefined;
  let surname = MIDDLE_INITIAL.test(tokens[first + 1]?.text ?? '') ? first + 2 : first + 1;
  for (let k = surname + 1; k < last; k++) if (contact.has(tokens[k].text.toLowerCase())) surname = k;
  if (surname >= last || !SURNAME_SHAPE.test(tokens[surname].text) || isCommonWord(tokens[surname].text.toLowerCase())) return undefined;
  const next = tokens[surname + 1].text;
  if (GENERATIONAL.test(next) || PARTICLE.has(next) || genderOfGivenName(next) !== null) return undefined;
  // The employer's capitalised words; an address the run took in after them is none of its name.
  let end = surname + 1;
  while (end + 1 <= last && (/^\p{Lu}[\p{L}\p{M}'’&.-]*$/u.test(tokens[end + 1].text) || tokens[end + 1].text === '&')) end++;
  if (!/^\p{Lu}/u.test(tokens[surname + 1].text)) return undefined;
  return { employer: { start: tokens[surname + 1].start, end: tokens[end].end, type: 'organization' }, personLast: surname };
}

/**
 * True when words first…last open with a given name the lexicons know as nothing else, do not end in an
 * organization's head noun, and a capitalised role or title follows them ("Jane Roe Administrative Manager").
 */
function opensSignature(tokens: Token[], first: number, last: number): boolean {
  const next = tokens[last + 1]?.text ?? '';
  if (!/^\p{Lu}/u.test(next) || !isJobTitle(next)) return false;
  return onlyGivenName(tokens[first].text) && !ORGANIZATION_HEAD.has(tokens[last].text.toLowerCase());
}

const THE = /^[Tt]he$/u;

// A word that goes on with a sentence (a lower-case word or a comma): a capital after it is no sentence's opening.
const WRITTEN_ON = /^(?:\p{Ll}|,$)/u;

// An adverb opening a sentence before a comma ("Frankly, …", "Roughly, …"): capitalised, never a name.
const OPENING_ADVERB = /^\p{Lu}\p{Ll}+ly$/u;

// The prepositions that join a title to its department: "Secretary of Defense", "Undersecretary for Management".
const TITLE_PREPOSITIONS = words('of for');

/**
 * True when the name's first word completes a title before it ("Defense" after "Secretary of") and a given
 * name follows it: the first word is the title's, not the person's.
 */
function titleComplement(tokens: Token[], first: number): boolean {
  if (first < 2 || !TITLE_PREPOSITIONS.has(tokens[first - 1].text)) return false;
  const title = tokens[first - 2].text;
  if (!isTitle(title) && !isRoleNoun(title.toLowerCase())) return false;
  return genderOfGivenName(tokens[first].text) === null && genderOfGivenName(tokens[first + 1].text) !== null;
}

/**
 * A run the tagger took for a name of no type of ours (MISC), of two words or more, that ends in an organization's
 * head noun is an organization's name: the tagger reads a nationality opening a name ("American Physical Society",
 * "Spanish Air Force", "Food Records") as an adjective's MISC run. In the gold names of CoNLL and WikiGold, five of
 * 400 ending in such a noun are MISC ("League", which CoNLL files under MISC, is not one of them).
 */
function organizationsByHead(tokens: Token[], labels: string[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (labels[i] !== 'B-MISC') continue;
    let j = i + 1;
    while (j < tokens.length && labels[j] === 'I-MISC') j++;
    const head = tokens[j - 1].text;
    if (j - i >= 2 && CAPITALISED.test(head) && ORGANIZATION_HEAD.has(headOf(head))) relabel(labels, i, j, 'ORG');
    i = j - 1;
  }
}

/** True when a word ends in an organization's head noun ("Corporation", "Acme-Board"). */
const isOrganizationHeadWord = (word: string): boolean => ORGANIZATION_HEAD.has(headOf(word));

const BOUNDARY_WORDS: BoundaryWords = { particles: PARTICLE, isOrganizationHead: (word) => isOrganizationHeadWord(word) || isHeadBeforeFor(word) };

/**
 * Names the tagger finds in one sentence, with titles stripped from people's names. Each labelled run is read by
 * the small functions below, one step each: V8 optimises them one by one, where one function of them all was
 * optimised again, whole, each time a rare line took a path it had not run (a tenth of a long article's CPU).
 */
function taggedNames(tokens: Token[], tags: readonly string[], contact: ReadonlySet<string> | undefined): LineMention[] {
  const labels = [...tags];
  joinGenerational(tokens, labels);
  joinEpithets(tokens, labels);
  joinInitials(tokens, labels);
  splitGivenNames(tokens, labels);
  joinCutNames(tokens, labels);
  organizationsByHead(tokens, labels);
  // A title-case headline capitalises every word: no run of capitals there is one organization's name ("Harbour
  // Clean Air Rules Meet First Test"), and its verbs end the names the tagger ran across them.
  const headline = isTitleCaseHeadline(tokens);
  if (!headline) joinOrganizationRuns(tokens, labels, isOrganizationHeadWord);
  joinGeographicNames(tokens, labels, isOrganizationHeadWord);
  joinClubForms(tokens, labels);
  joinGivenNamePlaces(tokens, labels);
  splitPossessiveNames(tokens, labels);
  if (headline) cutNamesAtHeadlineCues(tokens, labels);
  steadyNameStarts(tokens, labels, BOUNDARY_WORDS);
  const out: LineMention[] = [];
  // The employers a signature names after a person (see signatureEmployer): no part of the person's name.
  const employers = new Set<LineMention>();
  for (let i = 0; i < tokens.length; i++) {
    if (labels[i][0] !== 'B') continue;
    const j = runEnd(tokens, labels, i);
    addRunNames(tokens, labels, i, j, contact, out, employers);
    i = j - 1;
  }
  return withNicknames(tokens, joinAdjacentPersons(tokens, out, employers));
}

/** Where the name the tagger labelled from token i ends (one past its last token); splits it where it holds two. */
function runEnd(tokens: Token[], labels: string[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && labels[j] === 'I-' + labels[i].slice(2)) j++;
  // A name holds no unbalanced bracket: "FOMC (Federal Open Market Committee" is two names, "Red Star
  // (Yugoslavia" a name and its country.
  const open = tokens.slice(i + 1, j).findIndex((t) => t.text === '(' || t.text === '[');
  if (open >= 0 && !tokens.slice(i + 1, j).some((t) => t.text === ')' || t.text === ']')) {
    if (i + open + 2 < j) labels[i + open + 2] = labels[i];
    j = i + open + 1;
  }
  // Nor a comma: "Squawk Box, Trump" is two names (a company's ", Inc." is read by its form, ./companies).
  const comma = tokens.slice(i + 1, j).findIndex((t) => t.text === ',');
  if (comma >= 0) {
    if (i + comma + 2 < j) labels[i + comma + 2] = labels[i];
    j = i + comma + 1;
  }
  // Nor a lower-case word of the sentence's own, a verb or a noun, between capitalised words ("The City of Harwell
  // opened Millbrook Hall"): two names. The words that join a name's parts ("of", "and", "de", "on") stay.
  const inner = tokens.slice(i + 1, j - 1).findIndex((t) => /^\p{Ll}{3,}$/u.test(t.text) && !NAME_JOINER.has(t.text));
  if (inner >= 0) {
    if (/^\p{Lu}/u.test(tokens[i + inner + 2].text)) labels[i + inner + 2] = labels[i];
    j = i + inner + 1;
  }
  // Nor "in" after a site's name: the capitalised words after it are the place the site is in.
  const inside = tokens.slice(i + 1, j - 1).findIndex((t, k) => t.text === 'in' && endsSite(tokens[i + k].text));
  if (inside >= 0 && /^\p{Lu}/u.test(tokens[i + inside + 2].text)) {
    labels[i + inside + 2] = 'B-LOC';
    for (let k = i + inside + 3; k < j; k++) labels[k] = 'I-LOC';
    j = i + inside + 1;
  }
  return splitAtTitle(tokens, labels, i, j);
}

/** The words first…last of a run the tagger labelled as a name, and the type it is taken for (undefined: no name). */
interface NameRun {
  first: number;
  last: number;
  type: EntityType | undefined;
}

/** Adds to `out` the names of the run labelled from token i to j (its employer to `employers` too, see signedRun). */
function addRunNames(tokens: Token[], labels: string[], i: number, j: number, contact: ReadonlySet<string> | undefined, out: LineMention[], employers: Set<LineMention>): void {
  const run = trimmedRun(tokens, labels, i, j);
  const employer = signedRun(tokens, run, contact);
  retypeByEnds(tokens, run);
  splitGluedOrganization(tokens, run, out);
  const name = tokens.slice(run.first, run.last + 1).map((t) => t.text).join(' ');
  const sure = typeByCountryOrForm(tokens, run, name, out);
  if (namesNothing(tokens, run, name)) run.type = undefined;
  withShopPossessive(tokens, labels, run);
  withOpeningThe(tokens, labels, run, out);
  const { first, last, type } = run;
  if (type) out.push({ start: tokens[first].start, end: tokens[last].end, type, ...(sure ? { sure } : {}) });
  if (employer) {
    out.push(employer);
    employers.add(employer);
  }
}

/** The run from token i to j without the words that open or end it but are no part of the name. */
function trimmedRun(tokens: Token[], labels: string[], i: number, j: number): NameRun {
  const type = TYPE_OF_CLASS[labels[i].slice(2)];
  let last = j - 1;
  // Nor does a name end in punctuation, a possessive or a lower-case word ("Acme in" of "Acme in the …").
  while (last > i && (tokens[last].kind === 'punct' || /^['’][sS]$|^\p{Ll}[\p{Ll}'’]*$/u.test(tokens[last].text))) last--;
  // Nor in a contact field's label ("Jo Roe Direct Dial: 555 …", "Acme Storage Phone: …").
  for (let k = i + 1; k <= last; k++) {
    if (isFieldLabel(tokens, k)) {
      last = k - 1;
      break;
    }
  }
  let first = i;
  // Nor does it open with a lower-case word ("the nonpartisan Congressional Budget Office"), save a particle,
  // or with a focusing adverb capitalised at the sentence's start ("Even China …").
  while (first < last && /^\p{Ll}+$/u.test(tokens[first].text) && !PARTICLE.has(tokens[first].text)) first++;
  if (first === 0 && first < last && FOCUSING_ADVERB.has(tokens[0].text.toLowerCase())) first++;
  if (type === 'person') first = afterTitles(tokens, first, last);
  // A role written like a title before a name ("Hydrologist Jane Roe", "Economist …") is not the name.
  while (type === 'person' && first < last && isRoleNoun(tokens[first].text)) first++;
  return { first, last, type };
}

/**
 * Where a person's name starts in the run [first, last]: after the titles that open it ("Vice President Dr. Jane
 * Doe"), or after a title inside it with the place or body it is of before ("Charlotte Mayor Jennifer Roberts",
 * "Clark County Sheriff Joe Lombardo"), when a full name (PERSON_NAME_WORDS) of capitalised words follows, a given name
 * first: one word is too few ("Martin Luther King Jr.").
 */
function afterTitles(tokens: Token[], first: number, last: number): number {
  const words = tokens.slice(first, last + 1).map((t) => t.text);
  const start = first + leadingTitleLength(words);
  for (let k = start + 1; k < last; k++) {
    const n = titleLengthAt(words, k - first);
    const name = last + 1 - (k + n);
    if (!n || !/^\p{Lu}/u.test(tokens[k].text) || name < PERSON_NAME_WORDS.min || name > PERSON_NAME_WORDS.max) continue;
    // The name opens with a given name: after a signature's name its role and employer follow ("Helena Marwick
    // Administrative Manager Dunmore Legal").
    if (genderOfGivenName(tokens[k + n].text) === null && !wordClass(tokens[k + n].text.toLowerCase()).includes('F')) continue;
    if (tokens.slice(k + n, last + 1).every((t) => CAPITALISED.test(t.text) && !GENERATIONAL.test(t.text))) return k + n;
  }
  return start;
}

/**
 * Reads the run as a person's where a title's department or a signature shows one; returns the employer a
 * signature names after the person, an organization of its own.
 */
function signedRun(tokens: Token[], run: NameRun, contact: ReadonlySet<string> | undefined): LineMention | undefined {
  // Nor is the department after a title's "of" or "for" ("Deputy Secretary of Defense Ann Roe").
  // The tagger may have read the department and the person as one organization ("Defense Ann Roe").
  if (run.type && run.last - run.first >= 2 && titleComplement(tokens, run.first)) {
    run.first++;
    run.type = 'person';
  }
  // A run opening with a given name that a capitalised role follows is a person's name, as signatures write
  // ("Jane Roe Administrative" | "Manager"), whatever the tagger took it for.
  if (run.type !== 'person' && run.last > run.first && opensSignature(tokens, run.first, run.last)) {
    run.type = 'person';
    run.last = withoutTrailingRole(tokens, run.first, run.last + 1);
  }
  // Or one that holds the role and the employer after it ("Jane Roe Administrative Coordinator Acme Legal"):
  // the person, and the employer as an organization of its own.
  const signed = run.type ? signatureEmployer(tokens, run.first, run.last, contact) : undefined;
  if (signed) {
    run.type = 'person';
    run.last = signed.personLast;
  }
  return signed?.employer;
}

/** Types the run by its last words: a role after a person's name, a head noun no place or person has, initials. */
function retypeByEnds(tokens: Token[], run: NameRun): void {
  const { first } = run;
  // Nor is a role written after a full name, as signatures do ("Chris Abel Manager, Risk Controls").
  if (run.type === 'person') run.last = withoutTrailingRole(tokens, first, run.last);
  const { last } = run;
  // Nor a place's, for the heads no place has ("the Springfield Gazette", "Ohio State University").
  if (run.type === 'place' && last > first && NEVER_PLACE_HEAD.has(headOf(tokens[last].text))) run.type = 'organization';
  // Nor for an organization's head before "of" ("the Ohio Department of Public Works", "British Columbia
  // Institute of Technology"): the place opening it is where the body is.
  if (run.type === 'place' && headBeforeOf(tokens, first, last)) run.type = 'organization';
  // A name ending in an organization's head noun is no person's ("Acme Corporation", "Ford Foundation").
  if (run.type === 'person' && last > first && ORGANIZATION_HEAD.has(headOf(tokens[last].text))) run.type = 'organization';
  // A given name, a middle initial and a surname ("Delwyn J. Langejans") is a person's, whatever else the tagger took.
  if (run.type && run.type !== 'person' && last === first + 2 && MIDDLE_INITIAL.test(tokens[first + 1].text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[first].text)
    && /^\p{Lu}\p{Ll}+$/u.test(tokens[last].text)) {
    run.type = 'person';
  }
}

/**
 * An organization's name run into the name of the person who speaks after it ("the Daily Herald Roe said"): two
 * names, the organization's added to `out` and the run left the person's.
 */
function splitGluedOrganization(tokens: Token[], run: NameRun, out: LineMention[]): void {
  const speaks = cueVerb(tokens[run.last + 1]?.text ?? '')?.strong;
  if (run.type !== 'organization' || !speaks || ORGANIZATION_HEAD.has(tokens[run.last].text.toLowerCase())) return;
  const glued = gluedOrganizationEnd(tokens.slice(run.first, run.last + 1).map((t) => t.text));
  if (glued >= 0) {
    out.push({ start: tokens[run.first].start, end: tokens[run.first + glued].end, type: 'organization' });
    run.first += glued + 1;
    run.type = 'person';
  }
}

/**
 * Types the run `name` as a country's or by its form (a street's opener before it joins it); true when its form
 * made the type sure.
 */
function typeByCountryOrForm(tokens: Token[], run: NameRun, name: string, out: LineMention[]): boolean {
  const { first, last } = run;
  // A country's name is a place even where the tagger took it for an organization ("US" in "US military").
  // So is one it took for a person's, unless a given name too ("Russia", not "Jordan").
  if ((run.type === 'organization' || (run.type === 'person' && genderOfGivenName(name) === null)) && countryByName(name)) run.type = 'place';
  let street = run.type ? streetStart(tokens, first) : first;
  // The opener may have been tagged on its own ("Plaza de" | "Reina"): it joins the name.
  if (out.length && tokens[street].start < out[out.length - 1].end) {
    if (out[out.length - 1].start === tokens[street].start) out.pop();
    else street = first;
  }
  const byForm = street < first ? 'place' : run.type ? typeByForm(tokens, first, last, run.type) : undefined;
  run.first = street;
  if (byForm) run.type = byForm;
  return byForm !== undefined;
}

/** True when the run `name` (typed as it is) names nothing of ours, whatever the tagger made of it. */
function namesNothing(tokens: Token[], run: NameRun, name: string): boolean {
  const { first, last, type } = run;
  // A name has a letter ("&" between flag emoji is not one), and a regional adjective alone ("the Baltic
  // states", "Nordic leaders") qualifies a noun rather than naming something; nor is "Four" or "Christmas".
  if (!/\p{L}/u.test(name) || isRegionalAdjective(name) || NOT_NAMES.has(name.toLowerCase())) return true;
  // A title alone ("Madam Speaker", "Speaker") names no one, whatever the tagger made of it; nor does an opening adverb.
  if (tokens.slice(first, last + 1).every((t) => isTitle(t.text))) return true;
  // A run the tagger opened on a possessive reads the word after it as a name ("the president's Pacific roots").
  if (POSSESSIVE.test(tokens[first].text)) return true;
  // Nor do the last words of a title that opens before the name ("Secretary of State" | "John F. Kerry").
  if (type !== 'person' && endsTitle(tokens, first, last)) return true;
  if (first === 0 && last === 0 && tokens[1]?.text === ',' && OPENING_ADVERB.test(name)) return true;
  const head = tokens[last].text.toLowerCase();
  if (last > first && (EVENT_ONLY_HEAD.has(head) || (type !== 'person' && EVENT_HEAD.has(head)))) return true;
  if ((last > first + 1 && BATTLE_OPENER.has(tokens[first].text) && tokens[first + 1].text === 'of') || afterBattleOpener(tokens, first)) return true;
  return first === last && DOCTRINE.test(name);
}

/**
 * A possessive with no noun after it names a shop, a bar or a firm ("opened with Ivey's and Belk as anchors", "at
 * Miller's, the bar", "Moody's said"): the possessive is part of the name, and no person's.
 */
function withShopPossessive(tokens: Token[], labels: string[], run: NameRun): void {
  const { first, last, type } = run;
  if (!type || !POSSESSIVE.test(tokens[last + 1]?.text ?? '')) return;
  const after = tokens[last + 2]?.text;
  const shopped = type !== 'place' || !isKnownPlace(tokens.slice(first, last + 1).map((t) => t.text).join(' '));
  // So does one after an article that ends the sentence ("it is a Halvorsen's", "we ate at the Holm's."): "The idea
  // was Roe's" stays a person's.
  const shopAfterArticle = SHOP_DETERMINER.has(tokens[first - 1]?.text ?? '') && (after === undefined || /^\p{P}/u.test(after));
  if (type !== 'place' && (ellipticPossessive(after) || shopAfterArticle)) {
    run.last++;
    run.type = 'organization';
  } else if (after && shopped && SHOP_HEAD.has(after) && (labels[last + 2] === 'O' || (labels[last + 2][0] === 'B' && labels[last + 3]?.[0] !== 'I'))) {
    // A shop's name with its kind after the possessive is one name ("Brodie's Pizza", "Marek's Liquor"), the kind
    // taken in even where the tagger read it as a name of its own.
    labels[last + 2] = 'O';
    run.last += 2;
    run.type = 'organization';
  }
}

/** Opens the run with the word "The" or the capitalised word before it where they are the name's own. */
function withOpeningThe(tokens: Token[], labels: string[], run: NameRun, out: LineMention[]): void {
  // "The" capitalised inside a sentence is the name's own ("a compilation album by The Triffids", "at The Oval").
  if (run.first >= 2 && tokens[run.first - 1].text === 'The' && WRITTEN_ON.test(tokens[run.first - 2].text)) run.first--;
  const { first, last } = run;
  // A capitalised word the tagger left between "the" and an organization's name of two words or more opens the
  // name: a nationality or a place ("the German Entomological Institute", "the Bulgarian Academy of Sciences"),
  // one it took for a place too where the name ends in an organization's head noun ("the Fiji Labour Party").
  if (run.type === 'organization' && last > first && first >= 2 && THE.test(tokens[first - 2].text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[first - 1].text)) {
    const before = labels[first - 1];
    const placeBefore = before === 'B-LOC' && out.at(-1)?.start === tokens[first - 1].start && ORGANIZATION_HEAD.has(headOf(tokens[last].text));
    if (placeBefore) out.pop();
    if (placeBefore || before === 'O' || before === 'B-MISC') run.first--;
  }
}

/**
 * Two person names with only a space between them are one person's name the tagger cut in two, as when a title
 * before it took the given name ("Secretary of State John" | "F. Kerry"): English puts a comma or "and"
 * between two people. A person's name right before an organization's is the organization's first word
 * ("Christian" | "News Service").
 */
function joinAdjacentPersons(tokens: Token[], names: LineMention[], employers: ReadonlySet<LineMention>): LineMention[] {
  const out: LineMention[] = [];
  let t = 0;
  for (const m of names) {
    const prev = out[out.length - 1];
    while (t < tokens.length && tokens[t].start < (prev?.end ?? 0)) t++;
    const onlySpaceBetween = prev && m.start - prev.end === 1 && tokens[t]?.start === m.start;
    if (onlySpaceBetween && prev.type === 'person' && (m.type === 'person' || m.type === 'organization') && !employers.has(m)) {
      prev.end = m.end;
      prev.type = m.type;
    } else out.push(m);
  }
  return out;
}

const NAMED_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place']);
const OPEN_QUOTE = /^["“‘']$/;
const CLOSE_QUOTE = /^["”’']$/;

/**
 * A quoted nickname between a given name and a surname ('Roberto "Hands of Stone" Duran') belongs to one
 * person's name: the two person mentions around it, and any name found inside the quotes, become one.
 */
function withNicknames(tokens: Token[], names: LineMention[]): LineMention[] {
  const out: LineMention[] = [];
  let t = 0;
  for (let n = 0; n < names.length; n++) {
    const m = names[n];
    out.push(m);
    if (!NAMED_TYPES.has(m.type)) continue;
    while (t < tokens.length && tokens[t].start < m.end) t++;
    // tokens[t] opens the quotes; up to four words; then the closing mark and a person's name.
    if (!tokens[t] || !OPEN_QUOTE.test(tokens[t].text) || !/^\p{Lu}/u.test(tokens[t + 1]?.text ?? '')) continue;
    let close = t + 1;
    while (close < tokens.length && close <= t + 5 && !CLOSE_QUOTE.test(tokens[close].text)) close++;
    const after = tokens[close + 1];
    if (!after || close > t + 5 || !CLOSE_QUOTE.test(tokens[close]?.text ?? '')) continue;
    let k = n + 1;
    while (k < names.length && names[k].end <= tokens[close].start) k++;
    // The surname alone is any type the tagger gave it (a lone surname is often taken for a company's name), and
    // so is the given name before the quotes when the surname is a person's ("Dahvin" | "DaHv" | "Daniels").
    const surname = names[k]?.start === after.start ? names[k] : undefined;
    if (surname && NAMED_TYPES.has(surname.type) && (m.type === 'person' || surname.type === 'person')) {
      m.end = surname.end;
      m.type = 'person';
      n = k;
    } else if (!surname && m.type === 'person' && SURNAME.test(after.text) && !isCommonWord(after.text.toLowerCase())) {
      // A surname the tagger left out ("Harold" | "Junior" | Theriault) ends the name all the same.
      m.end = after.end;
      n = k - 1;
    }
  }
  return out;
}

/**
 * True when an organization the tagger doubts, tokens [first, end), stands all the same: the sentence shows it to
 * be one (its name ends in an organization's head noun, "… Budget Committee", or it speaks, "The Post reported"),
 * or it opens with a title's department that taggedNames parts from the person's name after it ("Secretary of
 * State John Roe").
 */
export function organizationStands(tokens: Token[], first: number, end: number): boolean {
  return ORGANIZATION_HEAD.has(tokens[end - 1].text.toLowerCase()) || cueVerb(tokens[end]?.text ?? '') !== undefined
    || titleComplement(tokens, first);
}

/** True when a doubted organization of the sentence is a battle's or a treaty's name ("the Treaty of Tordesillas"). */
function namesEvent(tokens: Token[], m: LineMention): boolean {
  const first = tokens.findIndex((t) => t.start === m.start);
  return first >= 0 && ((BATTLE_OPENER.has(tokens[first].text) && tokens[first + 1]?.text === 'of') || afterBattleOpener(tokens, first));
}

/** Names, dates, handles, hashtags and URLs in one line, sorted and without overlaps. */
export function findLineMentions(line: string): LineMention[] {
  const patterns: LineMention[] = findPatterns(line);
  const tokens = tokenize(line);
  if (!tokens.length) return [];
  const { labels, weights } = loadModel();
  const allCaps = isAllCapsLine(line);
  const contact = contactNameWords(line);
  const names: LineMention[] = [];
  const doubted: LineMention[] = [];
  for (const [a, b] of sentenceRanges(tokens)) {
    const sentence = tokens.slice(a, b);
    const margins: number[] = [];
    const scores: Array<readonly number[] | undefined> = [];
    const tagged = tagSentence(weights, labels, sentence.length, sentenceFeaturizer(sentence, allCaps), margins, scores);
    const floor = organizationFloor(sentence.map((t) => t.text));
    const tags = withoutUnsureOrganizations([...tagged], margins, (first, end) => organizationStands(sentence, first, end), floor);
    for (const d of doubtedOrganizations(sentence, tagged, tags)) if (!namesEvent(sentence, d)) doubted.push(d);
    const found = taggedNames(sentence, tags, contact);
    addTypeLeads(sentence, tags, scores, labels, found);
    companiesByContext(sentence, found);
    typeEmployersAfterAt(sentence, found, line);
    // Headlines in capitals run every word together: company forms are read in ordinary lines only.
    for (const n of allCaps ? found : withCommaLegalForms(sentence, withCompanyNames(sentence, found))) names.push(n);
  }
  joinCountryPairs(line, names);
  typeHomesAfterAge(line, names);
  typePersonsAfterRoles(line, names);
  typePlaceChains(line, names, (word) => ORGANIZATION_HEAD.has(word.toLowerCase()) || isLegalFormKey(word.toLowerCase()));
  // A line without capitals gives the tagger nothing to read: the names the lexicons know are taken instead.
  // A line whose writer does not capitalise has names in lower case too: of those, the lexicons' are taken.
  const lexicon = isLowerCaseLine(line)
    ? lexiconNames(tokens)
    : isCasualLine(line) ? lexiconNames(tokens).filter((n) => !/\p{Lu}/u.test(line.slice(n.start, n.end))) : lowerCasePlacesAfterPrepositions(line, tokens);
  if (lexicon.length) {
    names.push(...withoutOverlaps(lexicon, names));
    names.sort((x, y) => x.start - y.start);
  }
  // A state's postal code before a ZIP code is a place, whatever the tagger took the code for; so is a state's or a
  // province's abbreviation after a town and a comma ("Kingsport, Ont.").
  const states = postalStates(line, tokens).concat(abbreviatedStates(tokens, names));
  if (states.length) {
    const kept = names.filter((n) => !states.some((p) => p.start === n.start && p.end === n.end));
    names.length = 0;
    names.push(...kept, ...withoutOverlaps(states, kept));
    names.sort((x, y) => x.start - y.start);
  }
  // Handles, hashtags and URLs win over tagged names inside them; tagged names win over dates; the teams
  // of a match result line win over what the tagger made of them.
  const teams = resultTeams(line);
  const forms = patterns.filter((p) => p.type !== 'date');
  const named = withoutOverlaps(withoutQuotedTitles(line, names), teams).concat(teams).sort((x, y) => x.start - y.start);
  const kept = withoutOverlaps(cutBeforeForms(line, named, forms), forms);
  const dates = withoutOverlaps(
    patterns.filter((p) => p.type === 'date'),
    kept,
  );
  const found = [...forms, ...kept, ...dates].sort((x, y) => x.start - y.start);
  attachAttributionHandles(line, found);
  // The organizations the tagger doubted, where nothing else was found: the document stage decides on them.
  return found.concat(withoutOverlaps(doubted, found)).sort((x, y) => x.start - y.start);
}

// The US states' postal codes, and a ZIP code after one ("TX 75001", "MA 02101-1234").
const POSTAL_STATES = words('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC');
const ZIP_CODE = /^\d{5}(?:-\d{4})?$/u;
const ZIP_HINT = /\b[A-Z]{2},?\s+\d{5}\b/u;

// A state's or province's abbreviation written as news style does after a town ("Kingsport, Ont."): capitalised,
// with its period, one of the tokenizer's STATE_ABBREVIATIONS.
// Asked of every token: its closing period is checked before the regular expression.
const stateAbbreviation = (text: string): boolean => text.endsWith('.') && /^\p{Lu}\p{Ll}+\.$/u.test(text) && STATE_ABBREVIATIONS.has(text.slice(0, -1).toLowerCase());

/** The states' and provinces' abbreviations right after a place and a comma ("Kingsport, Ont."), as places. */
function abbreviatedStates(tokens: readonly Token[], names: readonly LineMention[]): LineMention[] {
  const out: LineMention[] = [];
  for (let k = 2; k < tokens.length; k++) {
    if (!stateAbbreviation(tokens[k].text) || tokens[k - 1].text !== ',') continue;
    if (!names.some((n) => n.type === 'place' && n.end === tokens[k - 2].end)) continue;
    // The period that also ends the line or the sentence is the full stop ("in Brantley, Fla.").
    const last = k + 1 >= tokens.length || (/^\p{Lu}/u.test(tokens[k + 1].text) && tokens[k + 1].start > tokens[k].end);
    out.push({ start: tokens[k].start, end: tokens[k].end - (last ? 1 : 0), type: 'place' });
  }
  return out;
}

/** A US state written as its postal code before a ZIP code, as addresses do ("Austin, TX 78701"): a place. */
function postalStates(line: string, tokens: readonly Token[]): LineMention[] {
  if (!ZIP_HINT.test(line)) return [];
  const out: LineMention[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (POSTAL_STATES.has(tokens[k].text) && ZIP_CODE.test(tokens[k + 1].text)) out.push({ start: tokens[k].start, end: tokens[k].end, type: 'place' });
  }
  return out;
}

// What stands between a person's name and the place the person lives in, as lists of people write it: the age in
// commas, then "of" or "from" ("Jo Roe, 34, of Leeds", "Jo Roe, 34, Ashby Wolds").
const AGE_BETWEEN = /^,\s*\d{1,3},\s*(?:of\s+|from\s+)?$/u;

/** Types as a place the name after a person's name and age ("Jo Roe, 34, Ashby Wolds"); `names` are sorted. */
function typeHomesAfterAge(line: string, names: LineMention[]): void {
  for (let i = 1; i < names.length; i++) {
    const [person, home] = [names[i - 1], names[i]];
    if (person.type !== 'person' || (home.type !== 'person' && home.type !== 'organization')) continue;
    if (!AGE_BETWEEN.test(line.slice(person.end, home.start)) || isDemonym(line.slice(home.start, home.end))) continue;
    home.type = 'place';
    home.sure = true;
  }
}

// Role nouns that a team, a country or a firm takes as well as a person ("hosts Norway", "the news agency X").
const NOT_PERSON_ROLES = words('rival host agency champion leader holder sponsor partner owner buyer seller bidder supplier');
// The lower-case word right before a mention.
const LOWER_WORD_BEFORE = /(?:^|\s)(\p{Ll}+)\s+$/u;

/**
 * Types as a person a one-word name the tagger took for a place or an organization right after a role or a noun
 * for a person in lower case ("given by the teacher Brisko", "his wife Georgia"); `names` are sorted.
 */
function typePersonsAfterRoles(line: string, names: LineMention[]): void {
  for (const n of names) {
    if ((n.type !== 'place' && n.type !== 'organization') || n.sure || /\s/u.test(line.slice(n.start, n.end))) continue;
    const before = LOWER_WORD_BEFORE.exec(line.slice(Math.max(0, n.start - 24), n.start))?.[1];
    if (before && !before.endsWith('s') && !NOT_PERSON_ROLES.has(before) && (isRoleNoun(before) || isPersonNoun(before))) n.type = 'person';
  }
}

/**
 * Two places joined by "and" that together are a country's name ("Bosnia" and "Herzegovina", "Trinidad" and
 * "Tobago") are that one country: `names` (sorted) is changed in place.
 */
function joinCountryPairs(line: string, names: LineMention[]): void {
  for (let i = 0; i + 1 < names.length; i++) {
    const [a, b] = [names[i], names[i + 1]];
    if (a.type !== 'place' || b.type !== 'place' || line.slice(a.end, b.start) !== ' and ') continue;
    if (!countryByName(line.slice(a.start, b.end))) continue;
    a.end = b.end;
    names.splice(i + 1, 1);
  }
}

// The end of a name cut before an address: the address's word and the spaces and openers before it.
const ADDRESS_WORD_BEFORE = /[\s,;:<("'“]*\S*$/u;

/**
 * `names` with each one that runs on into a form (an address, a handle) cut before the form's word: the tagger
 * reads "Michael J. Roe mjroe@example.com" as one name, and the form, which wins, would take it all.
 */
function cutBeforeForms(line: string, names: LineMention[], forms: readonly LineMention[]): LineMention[] {
  // Both are sorted by start: one pass, so that a long line with many names and forms stays linear.
  let f = 0;
  return names.map((n) => {
    while (f < forms.length && forms[f].start <= n.start) f++;
    const form = forms[f];
    if (!form || form.start >= n.end) return n;
    const head = line.slice(n.start, form.start).replace(ADDRESS_WORD_BEFORE, '');
    return /\p{Lu}/u.test(head) ? { ...n, end: n.start + head.length } : n;
  });
}

/** The items (sorted) that overlap none of the blockers (sorted, not overlapping each other). */
function withoutOverlaps(items: LineMention[], blockers: LineMention[]): LineMention[] {
  const out: LineMention[] = [];
  let b = 0;
  for (const item of items) {
    while (b < blockers.length && blockers[b].end <= item.start) b++;
    if (b >= blockers.length || blockers[b].start >= item.end) out.push(item);
  }
  return out;
}

/** In an embedded post's attribution, "— Name (@handle) date", the handle belongs to the person before it. */
function attachAttributionHandles(line: string, mentions: LineMention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i];
    const prev = mentions[i - 1];
    if (m.type === 'handle' && prev.type === 'person' && /^\s*\(\s*$/.test(line.slice(prev.end, m.start))) {
      m.ownerStart = prev.start;
    }
  }
}
