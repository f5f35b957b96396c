// Document-level typing by definition: an article that says what a name is ("Vestra Holm is a Norwegian chain of
// hypermarkets", "Kollund, a village near the border", "the band Gigi", "the village of Kollund") settles its
// type for every mention, whatever the tagger guessed from one line. Wikipedia-style openings and news
// appositives write names this way.
import { countryByName } from '../lexicon/places';
import { words } from '../lexicon/words';
import type { EntityType } from '../types';
import { aroundSpan } from '../windowCache';
import { listedAsPlaceOnly } from './gazetteer';
import { nameKeyOf, type LineMention } from './lineMention';
import { compiledNow } from '../text/compiledNow';
import { cueVerb } from '../lexicon/speech';

// Head nouns of a definition, by the type they give the name. Source: the kinds of places, organizations and
// people that encyclopedias and news define names by; written out by hand. No noun that names a person as well
// as a firm ("a Washington-based developer and spokeswoman", "operator", "supplier").
const PLACE_NOUNS = words(
  'village town city commune suburb river lake mountain island county district municipality parish region province '
  + 'hamlet neighbourhood neighborhood settlement street road creek brook stream valley bay peninsula borough township '
  + 'park country state capital archipelago atoll glacier volcano plateau forest cape port locality ward canton '
  + 'prefecture oblast quarter avenue highway',
);
const ORGANIZATION_NOUNS = words(
  'company band group firm club team chain corporation party newspaper magazine label organization organisation '
  + 'association society agency university college school manufacturer retailer airline network channel charity '
  + 'foundation institute publisher bank union league orchestra choir broadcaster brand conglomerate '
  + 'subsidiary startup daily tabloid broadsheet weekly trust fund council committee '
  + 'commission federation alliance coalition movement regiment brigade squadron duo trio quartet ensemble journal '
  + 'publication nightclub casino restaurant',
);
const PERSON_NOUNS = words(
  'singer actor actress politician player footballer musician writer author poet painter artist composer guitarist '
  + 'drummer producer director journalist businessman lawyer judge bishop priest soldier scientist professor '
  + 'economist rapper boxer cricketer pitcher coach businesswoman entrepreneur novelist philosopher historian architect '
  + 'engineer physician surgeon inventor activist comedian dancer designer photographer pianist violinist bassist '
  + 'vocalist songwriter theologian mathematician physicist chemist biologist athlete wrestler cyclist swimmer golfer '
  + 'jockey midfielder defender striker goalkeeper quarterback outfielder senator governor mayor minister officer '
  + 'admiral commander monarch king queen emperor prince princess missionary explorer',
);
// After the name (and a bracketed aside, "Bank Hey (also Sunny Bower) is a suburb"): "is a" / "was an" / "are a"
// or an appositive ", a" / ", his", then up to five words: the noun phrase, its head last ("Squirrel, his first
// jazz band", "Crazyhead are an English band").
const DEFINITION = compiledNow(
  /^(?:[ \t]*\([^()\n]{1,40}\))?(?:,[ \t]*(?:an?|his|her|their|its)|[ \t]+(?:is|was|are|were)[ \t]+an?)[ \t]+((?:[\p{L}-]+[ \t]+){0,4}[\p{L}-]+)(?:[ \t]+([\p{L}]+))?/u,
);
// Words that end a definition's noun phrase ("a manufacturer of bicycles", "a band formed in 1990").
const PHRASE_END = words(
  'of in at from for with on by to near under between across along outside inside within about after before over into '
  + 'around behind beyond below above during since until than and or but that which who whose where when is was has had '
  + 'based formed founded established created located situated headquartered known named called',
);
// Before the name: a determiner, up to two lower-case words and the kind noun ("the band Gigi", "a metal band
// Van Canto"), with "of" for a place ("the village of Kollund"; "the University of …" is the name itself).
const KIND_BEFORE = compiledNow(/\b(?:the|a|an|his|her|their|its)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?(\p{Ll}+)([ \t]+of)?[ \t]+$/u);
// How far before a name its kind noun's determiner may start.
const REACH_BEFORE = 60;
// One name of a list: capitalised words, joined by "of", "the" or "&" ("The Receiving End of Sirens").
const LIST_ITEM = String.raw`(?:\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*(?:[ \t]+(?:(?:of|the|&)[ \t]+)*\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*)*)`;
// Before the name: a plural kind noun and "like", "including" or "such as", then the names listed before it
// ("bands like The Clash, The Damned and Buzzcocks", "companies such as Acme"): each is of that kind.
const KIND_LIST_BEFORE = compiledNow(
  new RegExp(String.raw`\b(\p{Ll}+s)[ \t]+(?:like|including|such[ \t]+as)[ \t]+(?:${LIST_ITEM}(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+))*$`, 'u'),
);
// The words of which KIND_LIST_BEFORE needs one.
const LIST_CUES = ['like', 'including', 'such'];
// How far before a name the plural kind noun of its list may start.
const REACH_LIST = 160;
// Before the name: a comma makes it part of a longer phrase ("Danvers, Massachusetts is a town"), whose definition
// may be another name's.
const PART_OF_PHRASE = /,[ \t]*$/u;
// How far after a name its definition's head noun may end.
const REACH = 80;

const NAMED: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place']);

function definedType(noun: string): EntityType | undefined {
  if (PLACE_NOUNS.has(noun)) return 'place';
  if (ORGANIZATION_NOUNS.has(noun)) return 'organization';
  if (PERSON_NOUNS.has(noun)) return 'person';
  return undefined;
}

/** The type a definition after the mention gives it ("… is a village"), if any. */
function definitionAfter(text: string, m: LineMention): EntityType | undefined {
  return aroundSpan('definition-after', text, m, 12, REACH, () => {
    if (PART_OF_PHRASE.test(text.slice(Math.max(0, m.start - 12), m.start))) return undefined;
    const d = DEFINITION.exec(text.slice(m.end, m.end + REACH));
    if (!d) return undefined;
    // The head noun is the phrase's last word ("a major Brazilian manufacturer", "a rock band singer"); a kind
    // noun that only qualifies it ("a former band member") says nothing of the name.
    const phrase = d[1].split(/[ \t]+/u);
    const end = phrase.findIndex((w) => PHRASE_END.has(w));
    const head = end < 0 ? phrase[phrase.length - 1] : phrase[end - 1];
    // A reporting clause is no definition ("south of the capital Algiers, a leading newspaper said").
    const next = end < 0 ? d[2] : phrase[end];
    if (!head || !/^\p{Ll}/u.test(head) || (next !== undefined && cueVerb(next))) return undefined;
    return definedType(head);
  });
}

/** The type a kind noun before the mention gives it ("the band …", "the village of …"), if any. */
function kindBefore(text: string, m: LineMention): EntityType | undefined {
  return aroundSpan('kind-before', text, m, REACH_BEFORE, 0, () => {
    const k = KIND_BEFORE.exec(text.slice(Math.max(0, m.start - REACH_BEFORE), m.start));
    if (!k) return undefined;
    const type = definedType(k[1]);
    return k[2] && type !== 'place' ? undefined : type;
  });
}

/** The singular of a plural noun ("companies", "bands"). */
const singular = (plural: string): string => (plural.endsWith('ies') ? plural.slice(0, -3) + 'y' : plural.slice(0, -1));

/** The type the plural kind noun of a list gives each name in it ("bands like …"), if any. */
function kindOfList(text: string, m: LineMention): EntityType | undefined {
  return aroundSpan('kind-list', text, m, REACH_LIST, 0, () => {
    const before = text.slice(Math.max(0, m.start - REACH_LIST), m.start);
    // Most names follow no list cue: the words the pattern needs are looked for first, as plain text (the
    // pattern tried at each word of 160 characters before every name was 7 % of merging a huge article's names).
    if (!LIST_CUES.some((cue) => before.includes(cue))) return undefined;
    const k = KIND_LIST_BEFORE.exec(before);
    return k ? definedType(singular(k[1])) : undefined;
  });
}

/** True for a name the lexicons know as a country, city, region or US state (and not as an organization). */
function knownOnlyAsPlace(key: string): boolean {
  return countryByName(key) !== undefined || listedAsPlaceOnly(key);
}

/**
 * Retypes every mention of a name to the type its first definition in the text gives it. `mentions` are the
 * article's, with absolute offsets into `text`.
 */
export function typeByDefinitions(text: string, mentions: LineMention[]): void {
  const defined = new Map<string, EntityType>();
  for (const m of mentions) {
    if (!NAMED.has(m.type)) continue;
    const key = nameKeyOf(text, m);
    if (defined.has(key)) continue;
    const type = definitionAfter(text, m) ?? kindBefore(text, m) ?? kindOfList(text, m);
    // A place the lexicons know keeps the types the tagger gave its mentions: a city also names its team
    // ("Aalborg 2 Viborg 0"), and its definition may be a reporting clause's ("…, a newspaper said").
    if (type && !knownOnlyAsPlace(key)) defined.set(key, type);
  }
  if (!defined.size) return;
  for (const m of mentions) {
    if (NAMED.has(m.type)) m.type = defined.get(nameKeyOf(text, m)) ?? m.type;
  }
}
