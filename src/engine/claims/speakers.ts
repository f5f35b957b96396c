import { isLyAdverb } from '../lexicon/adverbs';
import { isCommonWord } from '../entities/commonWords';
import { genderOfGivenName } from '../lexicon/gender';
import { SPEECH_OCCASIONS } from '../lexicon/speechOccasions';
import { isKindNameWord } from '../lexicon/organizationNouns';
import { CAPITALISED } from '../entities/nameShapes';
import { isEvidenceNoun } from '../lexicon/evidence';
import { isDemonym, isKnownPlace } from '../lexicon/places';
import { isHeadBeforeFor, organizationNameWords } from '../lexicon/organizationNouns';
import { isPersonNoun, isRoleNoun, isTitle } from '../lexicon/roles';
import { DAY_NAMES, DETERMINERS, ROLE_OPENERS, TIME_DETERMINERS, TIME_LEADS, TIME_NOUNS, FINITE_AUXILIARIES, IRREGULAR_PAST, YEAR, NEGATED_AUXILIARIES, NEGATED_BE_FORMS, NUMBER_WORDS, OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, INDEFINITE_PRONOUNS, QUANTIFIERS, POSTMODIFIER_PREPOSITIONS, RELATIVE_WORDS, SPEAKER_PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS, BE_FORMS, ADVERBIAL_AFTER_CUE, PAST_NOT_PARTICIPLE } from '../lexicon/closedClass';
import { cueVerb } from '../lexicon/speech';
import { words } from '../lexicon/words';
import type { MentionForm } from '../types';
import type { Token } from '../text/tokens';
import { compiledNow } from '../text/compiledNow';

/** A speaker phrase found next to a cue: token indices [first, last] inclusive. */
export interface SpeakerPhrase {
  first: number;
  last: number;
  form: MentionForm;
  /** Where the whole source starts when a description set off by a comma leads the name ("Poland's agriculture minister, Agnieszka Małecka"). */
  sourceFirst?: number;
  /** Where the whole source ends when a phrase after a preposition follows the name that speaks ("Jo Roe at the Review"). */
  sourceLast?: number;
  /** The head noun when a phrase after a preposition follows it ("Polls" in "Polls in Iowa"); else the last word. */
  head?: number;
}

/** The token that heads the phrase: what it is (a poll, a person), whatever follows it. */
export const headOf = (p: SpeakerPhrase): number => p.head ?? p.last;

// Words that end a noun phrase when walking back from a verb: prepositions, conjunctions, verbs and other
// function words.
const BREAKERS = words(`
  and or but nor so yet if as than then when while because since although though after before until unless
  whether that which who whom whose what where why how to of in on at for with by from about into over under
  against between through during without within like among across toward towards around including is was are
  were be been being has have had do does did will would can could shall should may might must not n't also
  just even only there here now said says say told tells it this however meanwhile instead still later earlier
  once too very up out off down again please`, NEGATED_AUXILIARIES);
// Adverbs of frequency, which no noun phrase holds: "the skippers often say".
const FREQUENCY_ADVERBS = words('often never always sometimes usually seldom already');
/** Adverbs and auxiliaries that may stand between a speaker and the cue: "he also said", "she has argued". */
export const BETWEEN = words(`
  also later then again previously recently repeatedly once often long publicly privately reportedly allegedly
  earlier first last further has have had will would could may might did does do not n't never always already since
  quickly simply flatly angrily frequently openly separately subsequently now still even just similarly
  likewise directly explicitly specifically bluntly proudly together jointly almost nearly`, NEGATED_AUXILIARIES);
// Modals that are also surnames or given names: "Theresa May said", "Will Lund told".
const NAME_MODALS = words('may will might');

/**
 * Whether token k is a surname spelled as a modal ("Theresa May said", "Mrs. May told"): capitalised after a
 * capitalised word and before a verb no modal takes (past or -s), where a modal in a title-case headline
 * stands before a base form ("Lund May Say").
 */
export function isModalName(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return NAME_MODALS.has(lower(tokens[k])) && CAPITALISED.test(tokens[k].text) && k > 0 && CAPITALISED.test(tokens[k - 1].text)
    && next !== undefined && (/(?:ed|s)$/i.test(next.text) || IRREGULAR_PAST.has(lower(next)) || lower(next) === 'said');
}
/** A discourse adverb between a speaker and the cue that annotators leave out of the cue: "Roe however said". */
const DISCOURSE_BETWEEN = words('however');
// Capitalised words that start sentences or clauses but are not part of a name.
const NOT_NAME = words(`
  but and or so yet still now then when while if as in on at for after before later also however meanwhile
  instead because since though although asked speaking earlier today yesterday there here this that it what
  why how where who during with by from to of indeed thus once monday tuesday wednesday thursday friday
  saturday sunday tonight overall last next according despite following like unlike even only please perhaps maybe`);
/** Lower-case words inside names: "Bank of England", "Maria da Conceição", "Pedro Sánchez y Pérez". */
export const NAME_JOINERS = words(`
  of de del della da di do dos van von der den al el bin ibn la le y &`);

const lower = (t: Token): string => t.text.toLowerCase();
// Where a run of modifiers walked back towards a name stops: punctuation, a breaker, an adverb, an auxiliary, "be".
const endsModifiers = (t: Token): boolean => {
  const w = lower(t);
  return t.kind !== 'word' || BREAKERS.has(w) || isLyAdverb(t.text) || FINITE_AUXILIARIES.has(w) || BE_FORMS.has(w);
};
const spanText = (tokens: Token[], p: SpeakerPhrase): string => tokens.slice(p.first, p.last + 1).map((t) => t.text).join(' ');
// A figure, a hyphen and a letter open a word of a name as a capital does ("7-Eleven").
const FIGURE_AND_WORD = compiledNow(/^\p{N}+-\p{L}/u);
// A capital, a handle's "@" or a figure and a word open a name; a capitalised adverb opening the sentence is no name: "Roughly translated from Latin, …", "Hastily, Roe …".
const isCap = (t: Token): boolean => t.kind !== 'punct' && (CAPITALISED.test(t.text) || t.text.startsWith('@') || FIGURE_AND_WORD.test(t.text)) && !NOT_NAME.has(lower(t)) && !isLyAdverb(t.text);
const isPossessive = (t: Token): boolean => /^['’][sS]$/.test(t.text) || t.text === '’' || t.text === '\'';

/** A lower-case noun for a kind of organization ("newspaper", "firm", "group") standing before its name. */
const isKindBefore = (t: Token): boolean => t.kind === 'word' && /^\p{Ll}/u.test(t.text) && organizationNameWords(t.text) !== undefined;

// The lower-case words by which an organization's name goes on after its head noun ("Club for Growth",
// "Commission on Presidential Debates"), with an article after them ("Committee for a Responsible Federal Budget").
const HEAD_JOINERS = words('for on');
const NAME_ARTICLES = words('a the');

/** The first word of the name that ends at `last` (no earlier than `from`): capitalised words, joiners, possessives. */
function nameRunStart(tokens: Token[], last: number, from: number): number {
  let first = last;
  for (let i = last - 1; i >= from; i--) {
    const t = tokens[i];
    if (isCap(t)) first = i;
    else if (isPossessive(t) && i - 1 >= from && isCap(tokens[i - 1])) first = i;
    else if (NAME_JOINERS.has(lower(t)) && i - 1 >= from && isCap(tokens[i - 1]) && !NOT_NAME.has(lower(tokens[i - 1]))) first = i;
    else if (t.text === '-' && i - 1 >= from && tokens[i - 1].end === t.start && t.end === tokens[i + 1]?.start) first = i;
    else break;
  }
  return first;
}

/**
 * Where a name whose capitalised words start at `first` starts when those words go on an organization's name
 * after its head noun and "for" or "on", across "and" between capitalised words ("Center for Media and Public
 * Affairs" said, not "Public Affairs"); `first` when they do not.
 */
function organizationNameStart(tokens: Token[], first: number, from: number): number {
  let k = first;
  for (;;) {
    let j = k - 1;
    if (j >= from && NAME_ARTICLES.has(lower(tokens[j]))) j--;
    if (j - 1 >= from && HEAD_JOINERS.has(lower(tokens[j])) && isCap(tokens[j - 1]) && isHeadBeforeFor(tokens[j - 1].text)) return nameRunStart(tokens, j - 1, from);
    if (k - 2 < from || lower(tokens[k - 1]) !== 'and' || !isCap(tokens[k - 2])) return first;
    k = nameRunStart(tokens, k - 2, from);
  }
}

/** Extends a name ending at `last` backwards over capitalised words, joiners, possessives and titles. */
function nameBack(tokens: Token[], last: number, from: number): number {
  let first = organizationNameStart(tokens, nameRunStart(tokens, last, from), from);
  // A lower-case role or demonym ahead of the name belongs to it: "GOP frontrunner Donald Trump"; so does the kind
  // of organization it names: "the Israeli newspaper Haaretz", "the consulting firm Oxford Economics".
  while (first - 1 >= from && tokens[first - 1].kind === 'word' && (isRoleNoun(lower(tokens[first - 1])) || isTitle(lower(tokens[first - 1])) || isKindBefore(tokens[first - 1]))) first--;
  if (first - 1 >= from && lower(tokens[first - 1]) === 'the') first--;
  // "According to" and similar never start a name; neither does a sentence-initial "The" alone.
  while (first < last && NOT_NAME.has(lower(tokens[first]))) first++;
  return first;
}

// How many modifiers a role ahead of a name may have: "Democratic presidential candidate", "Clinton campaign spokesman".
const ROLE_MODIFIERS = 3;

/**
 * Where the source starts when the name opens with a role: its modifiers belong to it as annotators draw the
 * source ("Democratic presidential candidate Bernie Sanders", "former president Bill Clinton"), while the
 * mention stays the role and name.
 */
function roleModifiersBefore(tokens: Token[], first: number, last: number, from: number): number {
  // A capitalised title heads it too: "former President Bill Clinton", "Vermont Sen. Bernie Sanders"; so does
  // one after the name's place or office: "former California Gov. Jerry Brown", "former UN Ambassador John Bolton".
  const isRoleHead = (t: Token): boolean => (/^\p{Ll}/u.test(t.text) && isRoleNoun(lower(t))) || isTitle(lower(t)) || isKindBefore(t);
  let head = first;
  while (head < last && !isRoleHead(tokens[head])) head++;
  if (head >= last) return first;
  let k = first;
  while (k - 1 >= from && first - k < ROLE_MODIFIERS) {
    const t = tokens[k - 1];
    const w = lower(t);
    if (endsModifiers(t) || (DETERMINERS.has(w) && !ROLE_OPENERS.has(w)) || NOT_NAME.has(w)) break;
    k--;
  }
  if (k < first && k - 1 >= from && /^(the|a|an)$/.test(lower(tokens[k - 1]))) k--;
  return k;
}

/** The noun phrase that ends at token `last` (inclusive), not reaching before `from`; null if none. */
export function phraseEndingAt(tokens: Token[], last: number, from: number): SpeakerPhrase | null {
  const p = phraseCore(tokens, last, from);
  // "a spokesman for the department", "the head of the agency": the role phrase before "for"/"of" leads.
  if (p && p.first - 2 >= from && /^(for|of|at)$/.test(lower(tokens[p.first - 1])) && isRoleNoun(lower(tokens[p.first - 2]))) {
    const head = phraseCore(tokens, p.first - 2, from);
    if (head) return { first: head.first, last: p.last, form: p.form === 'name' && head.form === 'descriptor' ? 'descriptor' : p.form };
  }
  return p;
}

/** The noun phrase ending at `last` with the phrases its "of" complements hang on: "a broader swath of voters". */
export function phraseWithOf(tokens: Token[], last: number, from: number): SpeakerPhrase | null {
  let p = phraseEndingAt(tokens, last, from);
  while (p && p.first - 2 >= from && lower(tokens[p.first - 1]) === 'of') {
    const head = phraseEndingAt(tokens, p.first - 2, from);
    if (!head) break;
    p = { ...p, first: head.first };
  }
  return p;
}

const RELATIVE_BEFORE_PLURAL = words('that');
// A plural noun: "-s" but not "-ss" ("prosecutors", not "press").
const PLURAL = /[^s]s$/;

/** Words before a numeral that make it a group of people: "the two", "all three", "their four". */
const NUMERAL_GROUP_HEADS = words('the all both these those his her their our its');
const isNumeral = (t: Token): boolean => t.kind === 'number' || NUMBER_WORDS.has(lower(t));

/** Where a phrase opening with the numeral at k starts: at the article or quantifier before it ("the two ferry operators"), else k. */
function numeralGroupStart(tokens: Token[], k: number, from: number): number {
  return isNumeral(tokens[k]) && k - 1 >= from && NUMERAL_GROUP_HEADS.has(lower(tokens[k - 1])) ? k - 1 : k;
}

/** "two in three", "six in 10" ending at `last`: a share of those asked, which speaks like a noun phrase. */
function isShare(tokens: Token[], last: number, from: number): boolean {
  const count = (k: number): boolean => tokens[k].kind === 'number' || NUMBER_WORDS.has(lower(tokens[k]));
  return last - 2 >= from && count(last) && lower(tokens[last - 1]) === 'in' && count(last - 2);
}

function phraseCore(tokens: Token[], last: number, from: number): SpeakerPhrase | null {
  if (last < from) return null;
  const t = tokens[last];
  // "47% say …"
  if (t.text === '%' && last - 1 >= from && tokens[last - 1].kind === 'number') return { first: last - 1, last, form: 'descriptor' };
  if (t.kind === 'punct') return null;
  const w = lower(t);
  if (SUBJECT_PRONOUNS.has(w)) return { first: last, last, form: 'pronoun' };
  if (isCap(t)) {
    const first = nameBack(tokens, last, from);
    const form: MentionForm = first < last || !isRoleNoun(w) ? 'name' : 'descriptor';
    let sourceFirst = roleModifiersBefore(tokens, first, last, from);
    // "many Democrats", "some Republicans": a quantifier before a plural name opens the source.
    if (sourceFirst === first && first - 1 >= from && GROUP_QUANTIFIERS.has(lower(tokens[first - 1])) && PLURAL.test(w)) sourceFirst = first - 1;
    // "a super PAC", "The fiscally conservative Club for Growth", "many liberal Democrats": an article (or a
    // quantifier before a plural) and its adjectives before the name open the source.
    // Only words shaped as adjectives: a noun there ends an object before a relative clause ("the moment Sanders said").
    if (sourceFirst === first) {
      const adjectives = adjectivesBefore(tokens, first, from);
      const opener = adjectives - 1 >= from ? lower(tokens[adjectives - 1]) : '';
      // "A teary-eyed Bush", "a flabbergasted Roe": right after "a" a participle is an adjective.
      const shaped = tokens.slice(adjectives, first).every((t, n) => ADJECTIVE_SHAPE.test(lower(t)) || (n === 0 && afterIndefinite(tokens, adjectives, from)));
      if (adjectives < first && shaped && (ARTICLE.test(opener) || (GROUP_QUANTIFIERS.has(opener) && PLURAL.test(w)))) sourceFirst = adjectives - 1;
      // "A chorus of prominent Republicans": after "of" the adjectives are the plural's, the phrase before "of" its head.
      else if (adjectives < first && shaped && opener === 'of' && PLURAL.test(w)) sourceFirst = adjectives;
    }
    return sourceFirst < first ? { first, last, form, sourceFirst } : { first, last, form };
  }
  if (isShare(tokens, last, from)) return { first: last - 2, last, form: 'descriptor' };
  if (BREAKERS.has(w) || DETERMINERS.has(w) || isLyAdverb(t.text) || t.kind === 'number') return null;
  // A common noun phrase: walk back to a determiner, a name or the clause start, at most six words.
  let first = last;
  for (let i = last - 1; i >= from && last - i < 7; i--) {
    const u = tokens[i];
    const lw = lower(u);
    if (u.kind === 'punct' && !isPossessive(u) && u.text !== '-') break;
    if (DETERMINERS.has(lw)) {
      // "a charity that prosecutors said …": before a plural noun "that" is a relative, not a determiner.
      first = RELATIVE_BEFORE_PLURAL.has(lw) && PLURAL.test(lower(tokens[last])) ? i + 1 : numeralGroupStart(tokens, i, from);
      // "a top aide", "the most recent poll", "his senior adviser": a determiner that modifies opens with the article before it.
      if (first === i && MODIFYING_DETERMINERS.has(lw) && i - 1 >= from && ARTICLE_OR_POSSESSIVE.has(lower(tokens[i - 1]))) first = i - 1;
      break;
    }
    if (BREAKERS.has(lw)) break;
    // "In 2010 voters said": a year after a preposition is the time of a scene, not a count of the people.
    if (YEAR.test(u.text) && i - 1 >= from && YEAR_LEADS.has(lower(tokens[i - 1]))) break;
    if (isCap(u) && !isRoleNoun(lw) && !isDemonym(u.text)) {
      first = nameBack(tokens, i, from);
      // "an Iowa voter", "some Democratic officials": the article or quantifier before a name used as a modifier opens the phrase.
      // "her Labour allies": so does a possessive determiner.
      if (first - 1 >= from && (INDEFINITE_ARTICLE.test(lower(tokens[first - 1])) || POSSESSIVE_DETERMINERS.has(lower(tokens[first - 1])))) first--;
      // "one Ohio official", "the two Iowa senators": so does a count (with the article before it), not a year.
      else if (first - 1 >= from && isNumeral(tokens[first - 1]) && !YEAR.test(tokens[first - 1].text)) first = numeralGroupStart(tokens, first - 1, from);
      // An article before its adjectives opens the source, the mention staying the name's phrase ("a new Gallup poll");
      // so does a quantifier before a plural ("Several former Acme engineers").
      const adjectives = adjectivesBefore(tokens, first, from);
      const opener = adjectives - 1 >= from ? lower(tokens[adjectives - 1]) : '';
      if (adjectives < first && (ARTICLE.test(opener) || (GROUP_QUANTIFIERS.has(opener) && PLURAL.test(lower(tokens[last]))))) return { first, last, form: 'descriptor', sourceFirst: adjectives - 1 };
      // After "of" they are the plural's ("A chorus of prominent Labour members").
      if (adjectives < first && opener === 'of' && PLURAL.test(lower(tokens[last]))) return { first, last, form: 'descriptor', sourceFirst: adjectives };
      break;
    }
    first = i;
  }
  // "voters polled", "the people interviewed": a participle of a survey after the noun leaves the noun the head.
  return first < last && SURVEYED.has(w) ? { first, last, form: 'descriptor', head: last - 1 } : { first, last, form: 'descriptor' };
}

/** Participles of a survey that follow the people it asked: "students polled", "the voters surveyed". */
const SURVEYED = words('polled surveyed interviewed questioned sampled');

// The words that make a year a time: "in 2010", "since 2016".
const YEAR_LEADS = words('in since by until before after during from');
const INDEFINITE_ARTICLE = /^(a|an|some|many|most|several|both|all|other)$/;
const ARTICLE = /^(a|an|the|another)$/;
// How many adjectives may stand between an article and a name used as a modifier: "a new national Gallup poll".
const ADJECTIVES_BEFORE_NAME = 2;
// A word shaped as an adjective by its suffix or prefix: "liberal", "prominent", "desperate", "anti-Trump".
export const ADJECTIVE_SHAPE = /^(?:anti|pro|non)-|(?:al|ive|(?<!m)ent|ant|ic|ous|ful|ible|able|ary|ish|less|ate)$/;
// A lower-case word in -ed or -ing: rather a verb than an adjective before a name.
const VERB_FORM = /(ed|ing)$/;
const PRESENT_PARTICIPLE = /\p{Ll}{2}ing$/u;

/** Determiners that modify a noun after an article or possessive rather than open its phrase: "a top aide", "the most recent poll". */
const MODIFYING_DETERMINERS = words(ROLE_OPENERS, 'most');
/** Articles and possessive determiners that open a phrase before a modifying determiner. */
const ARTICLE_OR_POSSESSIVE = words('the a an another', POSSESSIVE_DETERMINERS);
/** Token k stands right after "a" or "an". */
const afterIndefinite = (tokens: Token[], k: number, from: number): boolean => k - 1 >= from && /^(a|an)$/.test(lower(tokens[k - 1]));

/** Where the lower-case adjectives before `first` start ("new" in "a new Gallup poll"); `first` if none. */
function adjectivesBefore(tokens: Token[], first: number, from: number): number {
  let k = first;
  while (k - 1 >= from && first - k < ADJECTIVES_BEFORE_NAME) {
    const t = tokens[k - 1];
    const w = lower(t);
    // "A senior Obama administration official", "The three Democratic candidates": a modifying determiner or a
    // numeral stands among the adjectives; a participle does so right after "a" ("a teary-eyed Bush").
    const determiner = DETERMINERS.has(w) && !MODIFYING_DETERMINERS.has(w) && !NUMBER_WORDS.has(w);
    if (endsModifiers(t) || !/^\p{Ll}/u.test(t.text) || determiner || isRoleNoun(w) || (VERB_FORM.test(w) && !afterIndefinite(tokens, k - 1, from))) break;
    k--;
  }
  return k;
}
/** Quantifiers that open a group named by a plural: "many Democrats", "most Republicans". */
const GROUP_QUANTIFIERS = words('many most some several all few');

/** "Officials there said", "Her campaign workers here said": adverbs of place after the speaker. */
const PLACE_ADVERBS = words('here there');

// Manner adverbs shorter than six letters; the length keeps out "only", "early", "daily" and the like.
const SHORT_MANNER_ADVERBS = words('truly fully');

/** "Cruz gingerly said": a manner adverb between the speaker and the cue. */
export function isMannerAdverb(t: Token): boolean {
  const w = lower(t);
  return t.kind === 'word' && /^\p{Ll}/u.test(t.text) && (w.length >= 6 || SHORT_MANNER_ADVERBS.has(w)) && isLyAdverb(t.text);
}

/**
 * Where a time adverbial ending at token j starts ("on Saturday", "later Thursday", "this past week", "in the
 * past"), or j + 1 when there is none: "Trump earlier Tuesday backed …" has Trump as its speaker.
 */
export function timeAdverbialStart(tokens: Token[], j: number, from: number): number {
  const w = lower(tokens[j]);
  if (w === 'past' && j - 2 >= from && lower(tokens[j - 1]) === 'the' && lower(tokens[j - 2]) === 'in') return j - 2;
  // "Roe in 2010 said …": a year after "in".
  if (YEAR.test(w) && j - 1 >= from && lower(tokens[j - 1]) === 'in') return j - 1;
  if (!DAY_NAMES.has(w) && !TIME_NOUNS.has(w)) return j + 1;
  let k = j;
  while (k - 1 >= from && TIME_DETERMINERS.has(lower(tokens[k - 1]))) k--;
  // A span of time needs its determiner: "the week" or "a year" may be a subject.
  if (k === j && !DAY_NAMES.has(w)) return j + 1;
  if (k - 1 >= from && TIME_LEADS.has(lower(tokens[k - 1]))) k--;
  return k;
}

// A participle before a time belongs with it to the phrase: "a poll released Sunday", "a report published Tuesday".
const PARTICIPLE_FORM = /^\p{Ll}+(ed|en|wn)$/u;

// A coordinator before a determiner or pronoun opens a clause of its own: "…, and the talks stalled, said …".
const CLAUSE_COORDINATORS = words('and but or so yet');
const CLAUSE_OPENERS = words(DETERMINERS, SUBJECT_PRONOUNS);

/**
 * Tokens [from, to) hold a finite auxiliary or "be" outside a relative clause, or open with a coordinated clause:
 * a clause, not an appositive.
 */
function holdsClause(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 2 && CLAUSE_COORDINATORS.has(lower(tokens[from])) && CLAUSE_OPENERS.has(lower(tokens[from + 1]))) return true;
  for (let k = from; k < to; k++) {
    const w = lower(tokens[k]);
    // "Smith, who is the chair, said": a relative clause may hold a finite verb inside an appositive.
    if (RELATIVE_WORDS.has(w)) return false;
    if (FINITE_AUXILIARIES.has(w) || BE_FORMS.has(w)) return true;
  }
  return false;
}

/**
 * The speaker before the cue at `cue`: skips adverbs and auxiliaries ("also", "has"), a time adverbial ("earlier
 * Tuesday"), a relative "who" ("Smith, who chairs the panel, said") and a closing appositive. Null if nothing
 * suitable precedes.
 */
export function speakerBefore(tokens: Token[], cue: number, from: number, quoted: boolean[]): SpeakerPhrase | null {
  const skippable = (k: number): boolean =>
    !isModalName(tokens, k) && (BETWEEN.has(lower(tokens[k])) || DISCOURSE_BETWEEN.has(lower(tokens[k])) || PLACE_ADVERBS.has(lower(tokens[k])) || isMannerAdverb(tokens[k]) || isContractedAuxiliary(tokens, k, from)) && !quoted[k];
  let j = cue - 1;
  while (j >= from && skippable(j)) j--;
  // "Trump earlier Tuesday backed", "allies have in the past said": a time adverbial there, and what stands
  // before it; but a poll or a report with its time ("a poll last week", "a report released Tuesday") is one phrase.
  let beforeTime = j;
  if (j > from && !quoted[j]) {
    const time = timeAdverbialStart(tokens, j, from);
    const before = tokens[time - 1];
    if (time <= j && time > from && !quoted.slice(time, j + 1).some(Boolean) && !PARTICIPLE_FORM.test(before.text) && !isEvidenceNoun(lower(before))) {
      beforeTime = time - 1;
      while (beforeTime >= from && skippable(beforeTime)) beforeTime--;
    }
  }
  // Where nothing speaks before a time adverbial, the reading without it stands (as it did before the skip).
  const p = (beforeTime < j ? speakerEndingAt(tokens, beforeTime, from, quoted) : null) ?? speakerEndingAt(tokens, j, from, quoted) ?? nameBeforeParenthesis(tokens, j, from, quoted);
  return p && relativeHead(tokens, p, from, quoted);
}

// The most tokens a parenthesis between a name and its cue may hold ("(a mayor so young she has been mistaken for an intern)").
const PARENTHESIS_REACH = 30;

/**
 * "Sen. Jo Reed (D-R.I.), said", "Jo Lund (a mayor so young she was mistaken for an intern) says": a name before
 * a parenthesis (and a comma after it) that ends at token j speaks; the parenthesis is part of the source.
 */
function nameBeforeParenthesis(tokens: Token[], j: number, from: number, quoted: boolean[]): SpeakerPhrase | null {
  let close = j;
  if (tokens[close]?.text === ',' && close - 1 >= from) close--;
  if (tokens[close]?.text !== ')' || quoted[close]) return null;
  let open = close - 1;
  while (open >= from && close - open <= PARENTHESIS_REACH && tokens[open].text !== '(' && tokens[open].text !== ')' && !quoted[open]) open--;
  if (open - 1 < from || tokens[open]?.text !== '(') return null;
  const p = phraseEndingAt(tokens, open - 1, from);
  // A quoted nickname before it ("Kari “Kit” Lund (D-Ore.)") leaves the name cut: no reading.
  return p && p.form === 'name' && !quoted[p.first - 1] ? { ...p, sourceLast: close } : null;
}

/**
 * Adjectives and participles whose prepositional phrase post-modifies the head of a source: "people close to the
 * talks", "officials familiar with it", "two aides briefed on the plan", "a source involved in the deal".
 */
export const POSTMODIFIER_ADJECTIVES = words('close familiar briefed involved affiliated knowledgeable');
/** The prepositions those take. */
const POSTMODIFIER_ADJECTIVE_PREPOSITIONS = words('to with on in about');

// Relative pronouns that open a restrictive clause after the noun they stand for: "Officials who met Lee".
const RELATIVES = words('who that which');
// How many words a relative clause may hold before the phrase that ends it: "who met with the mayor's aides".
const RELATIVE_REACH = 8;

/**
 * "Officials who met Lee said", "A group that tracks spending said": the phrase before the cue ends a restrictive
 * relative clause, and the noun the clause stands for speaks, the clause staying in the source. A "that" after a
 * verb ("argued that …") is a conjunction, not a relative.
 */
function relativeHead(tokens: Token[], p: SpeakerPhrase, from: number, quoted: boolean[]): SpeakerPhrase {
  const first = p.sourceFirst ?? p.first;
  let rel = first;
  if (!RELATIVES.has(lower(tokens[rel]))) {
    rel = first - 1;
    if (rel <= from) return p;
    while (rel > from && first - rel <= RELATIVE_REACH && !RELATIVES.has(lower(tokens[rel])) && tokens[rel].kind === 'word' && !quoted[rel]) rel--;
    // The clause needs its verb between the pronoun and the cue: a word between them, or a phrase opening with a
    // verb in -s ("that tracks harbour fees"); in "the pride that many voters feel" the phrase is the clause's subject.
    const opensWithVerb = p.form === 'descriptor' && p.last > first && PLURAL.test(lower(tokens[first]));
    if (!RELATIVES.has(lower(tokens[rel])) || (rel === first - 1 && !opensWithVerb)) return p;
  } else if (p.first === p.last) return p;
  if (rel - 1 < from || rel + 1 >= tokens.length || quoted[rel] || quoted[rel - 1]) return p;
  // A subject relative goes on with its verb; "that the nominee called …" has a subject of its own. A word in -s
  // is that verb when it opens the phrase or the phrase opens with "that" ("that tracks fees"), else rather the
  // clause's subject ("that polls show"). A preposition makes "that" a pronoun ("Contrast that with Trump").
  const after = tokens[rel + 1];
  const a = lower(after);
  if (!/^\p{Ll}/u.test(after.text) || DETERMINERS.has(a) || SUBJECT_PRONOUNS.has(a) || ADVERBIAL_AFTER_CUE.has(a) || (rel + 1 < first && PLURAL.test(a))) return p;
  if (isVerbOrFunctionWord(lower(tokens[rel - 1]))) return p;
  const head = speakerEndingAt(tokens, rel - 1, from, quoted);
  // A study or a report "that appeared in" a journal is the journal's: the phrase in the clause is left to say so.
  // "who" stands for people, never for a place before it ("residents of Jupiter, Florida who …").
  if (!head || head.form === 'pronoun' || isEvidenceNoun(lower(tokens[headOf(head)])) || isKnownPlace(spanText(tokens, head))) return p;
  // Only a head that opens its sentence or clause: "the bill that Lee backed" after a verb is an object.
  const opener = (head.sourceFirst ?? head.first) - 1 >= from ? tokens[(head.sourceFirst ?? head.first) - 1] : null;
  if (opener && !CLAUSE_PUNCT.test(opener.text)) return p;
  return { ...head, sourceLast: p.sourceLast ?? p.last };
}

/** A (lower-case) word that ends no noun a relative pronoun after it could stand for: a verb form or a function word. */
const isVerbOrFunctionWord = (w: string): boolean =>
  VERB_FORM.test(w) || PARTICIPLE_FORM.test(w) || IRREGULAR_PAST.has(w) || BE_FORMS.has(w) || !!cueVerb(w) || BREAKERS.has(w);

/** The "that" at token j follows a noun it can stand for: a lower-case word that is no verb, function word or adverb, or a name. */
export function isRelativeThat(tokens: Token[], j: number, from: number): boolean {
  if (j - 1 < from || lower(tokens[j]) !== 'that') return false;
  const before = tokens[j - 1];
  const b = lower(before);
  if (before.kind !== 'word' || isVerbOrFunctionWord(b) || FINITE_AUXILIARIES.has(b) || BETWEEN.has(b) || DETERMINERS.has(b) || isLyAdverb(before.text)) return false;
  return !/^(so|now|such|given|except|provided|say|all|this|than|ensure|means)$/.test(b);
}

// "’s" split off a word (possessive or contraction).
const CLITIC_S = /^['’][sS]$/;
// "It’s said that …", "There’s been talk": before these the contraction is a passive or existential "is", no speaker's.
const IMPERSONAL = words('it there that this what');
// The participles "has" or "is" takes: "’s said", "’s called for", "’s been saying", "’s arguing".
const AFTER_CONTRACTION = /^(said|been|\p{Ll}+(ed|en|wn|ing))$/u;

/** A comma or a dash setting off a relative clause from the phrase it stands for. */
const CLAUSE_MARKS = /^[,—–]$/;

/**
 * "who’s called for", "she’s long argued": the tokenizer splits "’s" off as it would a possessive, but right
 * before a cue (adverbs aside) it is "has" or "is" contracted onto the subject, not a speaker of its own.
 */
export function isContractedAuxiliary(tokens: Token[], k: number, from: number): boolean {
  if (k - 1 < from || !CLITIC_S.test(tokens[k].text) || tokens[k - 1].end !== tokens[k].start || tokens[k - 1].kind !== 'word' || IMPERSONAL.has(lower(tokens[k - 1]))) return false;
  // A participle must follow (adverbs aside): "Trump’s claim that …", "Roe’s comments came" are possessives.
  let v = k + 1;
  while (v < tokens.length && BETWEEN.has(lower(tokens[v]))) v++;
  return v < tokens.length && (AFTER_CONTRACTION.test(tokens[v].text) || IRREGULAR_PAST.has(lower(tokens[v])));
}

/** The speaker whose phrase ends at token j, the last before the cue once adverbs, auxiliaries and a time are passed over. */
function speakerEndingAt(tokens: Token[], j: number, from: number, quoted: boolean[]): SpeakerPhrase | null {
  // "Sen. Jane Roe (D-Ore.) said": a short parenthesis (party, state, age) between the name and the cue.
  if (j > from && tokens[j].text === ')' && !quoted[j]) {
    let o = j - 1;
    while (o > from && tokens[o].text !== '(' && tokens[o].text !== ')' && !quoted[o] && j - o < 8) o--;
    if (tokens[o].text === '(' && o - 1 >= from && !quoted[o - 1]) j = o - 1;
  }
  if (j < from || quoted[j]) return null;
  const w = lower(tokens[j]);
  // "…, to be said", "who was told": an infinitive or a passive has no speaker before it.
  // A contraction left standing ("It’s said that …") is no speaker either.
  if (w === 'to' || BE_FORMS.has(w) || NEGATED_BE_FORMS.has(w) || CLITIC_S.test(w)) return null;
  // "Most said …", "Several told …", "even though several oppose …": a quantifier standing alone as the subject.
  if (QUANTIFIERS.has(w) && (j === from || tokens[j - 1].kind === 'punct' || opensClauseAfter(tokens[j - 1]))) return { first: j, last: j, form: 'descriptor' };
  // "The two said …", "All three told reporters …": a numeral after an article or quantifier is a group.
  if (isNumeral(tokens[j]) && numeralGroupStart(tokens, j, from) < j) return { first: j - 1, last: j, form: 'descriptor' };
  // "43 said …", "At least 21,000 said …", "Nine out of 10 say …", "All but two said …": a count standing alone
  // as the subject of its clause.
  const count = isNumeral(tokens[j]) ? lonelyCount(tokens, j, from) : null;
  if (count) return count;
  // "a group that endorsed Lee", "groups that have backed Lee": a relative "that" after a noun stands for it as
  // "who" does; after a verb or a preposition it is a conjunction or a pronoun ("argued that …", "like that").
  if (w === 'that' && isRelativeThat(tokens, j, from)) return phraseEndingAt(tokens, j - 1, from);
  // "the crew, many of whom say …", "two of whom said": a part "of whom" speaks for the people before it.
  const part = ofWhomStart(tokens, j, from);
  if (part >= 0 && !quoted[part]) return { first: part, last: j, form: 'descriptor' };
  if (DETERMINERS.has(w) && !SUBJECT_PRONOUNS.has(w) && !isShare(tokens, j, from)) return null;
  // "Smith, who chairs the panel, said" / "voters who said …": the phrase the relative "who" stands for.
  // "Smith — who has called for … — said": a dash sets the clause off as a comma does.
  if (w === 'who' && j - 1 >= from) return phraseEndingAt(tokens, CLAUSE_MARKS.test(tokens[j - 1].text) ? j - 2 : j - 1, from);
  if (tokens[j].text === ',') {
    // "Chris Cox, who runs the lobbying arm, says" / "Dean Johnson, a salesman from Sumter, South Carolina, says":
    // the name that opens the clause, else the nearest name before a comma.
    // "Poland's agriculture minister, Agnieszka Małecka, said": a name right before the comma, set off by
    // commas after a description, is the speaker (a place there is the tail of an appositive).
    const near = phraseEndingAt(tokens, j - 1, from);
    if (near && near.form === 'name' && near.first - 1 >= from && tokens[near.first - 1].text === ',' && !isKnownPlace(spanText(tokens, near))) {
      const desc = phraseEndingAt(tokens, near.first - 2, from);
      if (desc && desc.form === 'descriptor') return { ...near, sourceFirst: desc.first };
    }
    let fallback: SpeakerPhrase | null = null;
    for (let k = j - 1; k >= from && j - k < 30; k--) {
      if (quoted[k]) break;
      if (tokens[k].text !== ',') continue;
      // "In Bergen, the race will be tight, said …": a clause between the commas is no appositive of a name before it.
      if (holdsClause(tokens, k + 1, j)) break;
      // "Layla Haddad (ليلى حداد), who runs …": skip a parenthesis before the comma.
      let e = k - 1;
      if (tokens[e]?.text === ')') {
        while (e >= from && tokens[e].text !== '(') e--;
        e--;
      }
      let p = phraseEndingAt(tokens, e, from);
      if (!p || p.form === 'descriptor') continue;
      // "Hydrologist Núria Puigcerver of the University of Valencia, who …": the person before "of" speaks.
      const head = p.first - 2 >= from && /^(of|at|from|with)$/.test(lower(tokens[p.first - 1])) ? phraseEndingAt(tokens, p.first - 2, from) : null;
      if (head && head.form === 'name') p = head;
      const before = p.first - 1 >= from ? tokens[p.first - 1] : null;
      if (!before || before.text === ',' || quoted[p.first - 1] || /^(and|but|so|yet|then)$/i.test(before.text)) return p;
      fallback = fallback ?? p;
    }
    return fallback;
  }
  const p = withNegation(tokens, withExclusion(tokens, withApproximation(tokens, withRatio(tokens, withQuantity(tokens, phraseEndingAt(tokens, j, from), from), from), from), from), from);
  const preposition = p && p.first - 1 > from ? lower(tokens[p.first - 1]) : '';
  // "Officials familiar with the matter said", "Two people close to the talks said": the head before the adjective
  // speaks; the matter does not (it stays in the source).
  if (p && p.form !== 'pronoun' && p.first - 3 >= from && POSTMODIFIER_ADJECTIVE_PREPOSITIONS.has(preposition) && POSTMODIFIER_ADJECTIVES.has(lower(tokens[p.first - 2]))) {
    const head = withRatio(tokens, withQuantity(tokens, phraseEndingAt(tokens, p.first - 3, from), from), from);
    if (head && head.form !== 'pronoun') return { ...head, sourceLast: p.last };
  }
  const participial = p && p.form !== 'pronoun' ? participialHead(tokens, p, from, quoted) : null;
  if (participial) return participial;
  // "Three in five fishermen in the two ports said": the head before the preposition may be a count too.
  const q = p && p.form !== 'pronoun' && (SPEAKER_PREPOSITIONS.has(preposition) || POSTMODIFIER_PREPOSITIONS.has(preposition)) ? withRatio(tokens, phraseEndingAt(tokens, p.first - 2, from), from) : null;
  if (p && q) {
    const single = q.first === q.last ? lower(tokens[q.first]) : '';
    const whole: SpeakerPhrase = { first: q.first, last: p.last, form: 'descriptor', head: q.last };
    // "Many in the party said", "Democrats on the committee said": a group word opening the clause is the head
    // the phrase hangs on, not a speaker set apart by an adverbial.
    if (p.form === 'descriptor' && q.first === from && (QUANTIFIERS.has(single) || PLURAL.test(single))) return whole;
    // "Voters in Iowa said", "A man from Texas told", "Someone near the stage shouted": a descriptor opening its
    // clause (or a capitalised common word: "Voters", "Everyone") is that head too; the place or thing after
    // the preposition does not speak.
    const before = q.first - 1 >= from ? tokens[q.first - 1] : null;
    // A phrase opening or ending in a verb ("taking aim at X", "Politifact seized on X", "a haven shielded from
    // Y") is a clause, no head.
    const verb = [q.first, q.last].some((k) => VERB_FORM.test(lower(tokens[k])) || IRREGULAR_PAST.has(lower(tokens[k])));
    const descriptor = !verb && (q.form === 'descriptor' || (single !== '' && isCommonWord(single)));
    // Only at the sentence's start or after a comma or dash: after "and" it may be an adjective ("alive and well with …").
    // A quotation before it leaves the phrase opening its attribution ("“…,” Kari Holm of the union said").
    const opensClause = !quoted[q.first] && (!before || CLAUSE_PUNCT.test(before.text) || quoted[q.first - 1]);
    // "The company in a statement said": an occasion of speech is the cue's adjunct, and the subject before it speaks.
    if (p.form === 'descriptor' && SPEECH_OCCASIONS.has(lower(tokens[p.last])) && opensClause) return q;
    // With a common noun after the preposition the phrase may be no subject at all: "a levy on health insurance
    // plans …" (a noun read as a cue); only a name there, or an indefinite pronoun or a noun for people before
    // ("The woman at the counter said"), or evidence ("Harbour records from last year show"), is sure enough.
    // A count of them is people too ("Three in five fishermen across the ports said").
    const sure = p.form === 'name' || INDEFINITE_PRONOUNS.has(single) || isPersonNoun(lower(tokens[q.last])) || isEvidenceNoun(lower(tokens[q.last])) || opensWithCount(tokens, q.first, q.last);
    if (descriptor && sure && opensClause && POSTMODIFIER_PREPOSITIONS.has(preposition)) return whole;
    // "Kari Holm in Tromsø said": a name opening its clause speaks, the place after it does not (it stays in the
    // source as annotators draw it). One capitalised plural there is a group the phrase hangs on ("Democrats in
    // Congress", "Syrians in Turkey") far more often than a surname: the whole phrase speaks, headed by it.
    // A name of a kind of organization before "on" or "for" may go on after it ("the Council on Foreign Relations").
    const headsName = p.form === 'name' && q.form === 'name' && !descriptor && opensClause && POSTMODIFIER_PREPOSITIONS.has(preposition) && !isKindNameWord(lower(tokens[q.last]));
    if (headsName && q.first === q.last && PLURAL.test(single)) return whole;
    if (headsName) return { ...q, sourceLast: p.last };
    // "Mr. Lund of the Harbour Club said": a name before "of" and a determined name is its member, who speaks.
    if (p.form === 'name' && q.form === 'name' && !descriptor && opensClause && preposition === 'of' && lower(tokens[p.first]) === 'the') return { ...q, sourceLast: p.last };
    // "Trump at the time said": a prepositional phrase between the speaker and the cue.
    // "Kari Holm across the street said": a name before a phrase of place speaks.
    if (p.form === 'descriptor' && q.form !== 'descriptor' && (SPEAKER_PREPOSITIONS.has(preposition) || POSTMODIFIER_PREPOSITIONS.has(preposition))) return q;
  }
  return p;
}

/** Where the part before the "of whom" ending at token j opens ("many of whom", "the vast majority of whom"), or -1. */
export function ofWhomStart(tokens: Token[], j: number, from: number): number {
  if (j - 2 < from || lower(tokens[j]) !== 'whom' || lower(tokens[j - 1]) !== 'of') return -1;
  if (QUANTIFIERS.has(lower(tokens[j - 2])) || isNumeral(tokens[j - 2])) return j - 2;
  return phraseEndingAt(tokens, j - 2, from)?.first ?? -1;
}

// Prepositions of place or way after a participle that post-modifies people: "living near", "marching through".
const PARTICIPLE_PREPOSITIONS = words('in on at near through across along around outside inside from into by behind');

/**
 * "Residents living near the pier say", "Protesters marching through the streets chanted": people (a plural or a
 * noun for people) with a participle and its phrase of place after them, opening the clause, speak, drawn without
 * the participle as annotators draw them; the place (`p`) does not speak. Null when the phrase is no such thing.
 */
function participialHead(tokens: Token[], p: SpeakerPhrase, from: number, quoted: boolean[]): SpeakerPhrase | null {
  const at = p.first - 1;
  if (at - 2 < from || quoted[at] || !PARTICIPLE_PREPOSITIONS.has(lower(tokens[at])) || !PRESENT_PARTICIPLE.test(lower(tokens[at - 1]))) return null;
  const q = phraseEndingAt(tokens, at - 2, from);
  if (!q || q.form === 'pronoun' || quoted[q.first]) return null;
  const head = lower(tokens[q.last]);
  const before = q.first - 1 >= from ? tokens[q.first - 1] : null;
  const opensClause = !before || CLAUSE_PUNCT.test(before.text) || quoted[q.first - 1];
  return opensClause && (PLURAL.test(head) || isPersonNoun(head)) ? q : null;
}

// Pronouns and quantifiers that "not" before them limits, as part of the source: "Not everyone agrees".
const NEGATABLE = words('everyone everybody all');

/** "Not everyone agrees …": the negation before a lone "everyone" is part of the source. */
function withNegation(tokens: Token[], p: SpeakerPhrase | null, from: number): SpeakerPhrase | null {
  return p && p.first === p.last && p.first - 1 >= from && NEGATABLE.has(lower(tokens[p.first])) && lower(tokens[p.first - 1]) === 'not' ? { ...p, first: p.first - 1 } : p;
}

/** Where a count ending at k opens: "21,000", "nine out of 10", "six in 10", "all but two", else k. */
function countStart(tokens: Token[], end: number, from: number): number {
  let k = end;
  // "21,000" is three tokens: digits, a comma and digits written together.
  while (k - 2 >= from && tokens[k - 1].text === ',' && tokens[k - 2].kind === 'number' && tokens[k - 2].end === tokens[k - 1].start && tokens[k - 1].end === tokens[k].start) k -= 2;
  if (k - 3 >= from && lower(tokens[k - 1]) === 'of' && lower(tokens[k - 2]) === 'out' && isNumeral(tokens[k - 3])) return k - 3;
  if (k - 2 >= from && lower(tokens[k - 1]) === 'in' && isNumeral(tokens[k]) && isNumeral(tokens[k - 2])) return k - 2;
  if (k - 2 >= from && lower(tokens[k - 1]) === 'but' && lower(tokens[k - 2]) === 'all') return k - 2;
  return k;
}

/** A count ending at k with its approximator that opens its clause (after the sentence start, a comma, "and" or "but"), else null. */
function lonelyCount(tokens: Token[], k: number, from: number): SpeakerPhrase | null {
  const p = withApproximation(tokens, { first: countStart(tokens, k, from), last: k, form: 'descriptor' }, from);
  if (!p) return null;
  const before = p.first - 1 >= from ? tokens[p.first - 1] : null;
  return !before || CLAUSE_PUNCT.test(before.text) || opensClauseAfter(before) ? p : null;
}

// Punctuation after which a new clause may open: "…; one suggested …", "…: 43 said …".
const CLAUSE_PUNCT = /^[,;:—–]$/;

/** A word after which the subject of a clause stands: "and", "but", a subordinator ("although", "while"). */
function opensClauseAfter(token: Token): boolean {
  const w = lower(token);
  return w === 'and' || w === 'but' || SUBORDINATORS.has(w);
}

/** Heads of a share of a group: "55 percent of voters", "half of them", "most of the candidates". */
const SHARE_HEADS = words('percent half third quarter majority minority share number dozen', QUANTIFIERS, NUMBER_WORDS);

/** "55 percent of all voters", "All of the GOP candidates": the share before "of" joins a descriptor. */
function withQuantity(tokens: Token[], p: SpeakerPhrase | null, from: number): SpeakerPhrase | null {
  if (!p || p.form !== 'descriptor' || p.first - 2 < from || lower(tokens[p.first - 1]) !== 'of' || isPossessive(tokens[p.last])) return p;
  const head = tokens[p.first - 2];
  if (!(head.kind === 'number' || head.text === '%' || SHARE_HEADS.has(lower(head)))) return p;
  const share = phraseCore(tokens, p.first - 2, from);
  let first = share && share.last === p.first - 2 ? share.first : p.first - 2;
  if (first - 1 >= from && tokens[first - 1].kind === 'number') first--;
  return { ...p, first };
}

/** A phrase opening with a count takes the ratio it ends: "Nine out of 10 voters", "six in 10 voters". */
function withRatio(tokens: Token[], p: SpeakerPhrase | null, from: number): SpeakerPhrase | null {
  return p && p.form === 'descriptor' && isNumeral(tokens[p.first]) ? { ...p, first: countStart(tokens, p.first, from) } : p;
}

// Words that make a count approximate or bound it, and belong to the source: "about half of voters", "only 49
// percent", "more than six in 10", "at least a dozen members".
const APPROXIMATORS = words('about only nearly almost roughly around just');
const BOUNDS = /^(more|less|fewer) than$|^at (least|most)$/;
// "three-quarters", "two-thirds": a fraction written as one word.
const FRACTION = /-(thirds?|quarters?|halves)$/;

/** A word that counts or shares out a group: "most", "half", "two-thirds", "Three", "49". */
export function isCountWord(word: string): boolean {
  const w = word.toLowerCase();
  return SHARE_HEADS.has(w) || FRACTION.test(w) || /^\d[\d,.]*%?$/.test(w);
}

/** True when the phrase opens with a count: a number, a share ("half", "a quarter") or a fraction. */
function opensWithCount(tokens: Token[], first: number, last: number): boolean {
  const w = lower(tokens[first]);
  if (tokens[first].kind === 'number' || isCountWord(w)) return true;
  return w === 'a' && first < last && SHARE_HEADS.has(lower(tokens[first + 1]));
}

/** A count opening the phrase takes the approximator or bound before it: "About three-quarters said". */
function withApproximation(tokens: Token[], p: SpeakerPhrase | null, from: number): SpeakerPhrase | null {
  if (!p || p.form !== 'descriptor' || !opensWithCount(tokens, p.first, p.last)) return p;
  if (p.first - 1 >= from && APPROXIMATORS.has(lower(tokens[p.first - 1]))) return { ...p, first: p.first - 1 };
  if (p.first - 2 >= from && BOUNDS.test(`${lower(tokens[p.first - 2])} ${lower(tokens[p.first - 1])}`)) return { ...p, first: p.first - 2 };
  return p;
}

// Words that a "but" after them makes an exception of what follows: "Everyone but Lund said yes".
const EXCEPTING = words('everyone everybody all nobody none anyone anybody');

/** "Everyone but Roe", "all but Lee": the exception belongs to the group, which speaks. */
function withExclusion(tokens: Token[], p: SpeakerPhrase | null, from: number): SpeakerPhrase | null {
  if (!p || p.first - 2 < from || lower(tokens[p.first - 1]) !== 'but' || !EXCEPTING.has(lower(tokens[p.first - 2]))) return p;
  return { first: p.first - 2, last: p.last, form: 'descriptor', head: p.first - 2 };
}

/** After a time adverbial opening a clause without a comma ("On Tuesday she …", "Last week the mayor …"): where its subject starts. */
function afterOpeningTime(tokens: Token[], t: number, end: number): number {
  let k = t;
  if (k < end && TIME_LEADS.has(lower(tokens[k]))) k++;
  while (k < end && TIME_DETERMINERS.has(lower(tokens[k]))) k++;
  const w = k < end ? lower(tokens[k]) : '';
  const time = DAY_NAMES.has(w) || (k > t && TIME_NOUNS.has(w));
  return time && k + 1 < end && tokens[k + 1].kind === 'word' ? k + 1 : t;
}

// A word of a dateline: a place written in capitals ("WASHINGTON", "BUENA PARK").
const DATELINE_WORD = /^\p{Lu}[\p{Lu}.'’-]+$/u;
// The dash that ends a dateline.
const DATELINE_DASH = /^[—–-]$/;
// How many tokens a dateline may have: place, state, date and agency ("ORLANDO, Fla. (Reuters) -").
const DATELINE_TOKENS = 12;

/**
 * Where the text after a dateline opening the line at `a` starts ("WASHINGTON, Dec. 8 (UPI) — …", "DECATUR, Ill.
 * — …"), or `a` when there is none: the place is no speaker, the clause after the dash has the subject.
 */
function afterDateline(tokens: Token[], a: number, end: number): number {
  if (a !== 0) return a;
  let k = a;
  while (k < end && tokens[k].kind === 'word' && DATELINE_WORD.test(tokens[k].text)) k++;
  if (k === a) return a;
  // A lower-case word before the dash makes it an appositive ("NATO, the alliance, said …"), not a dateline.
  for (let j = k; j < end && j - a <= DATELINE_TOKENS; j++) {
    if (DATELINE_DASH.test(tokens[j].text)) return j + 1 < end ? j + 1 : a;
    if (/^\p{Ll}/u.test(tokens[j].text)) return a;
  }
  return a;
}

// A capitalised word in -ing: a participle when it opens a clause, or a name ("Manning").
const CAPITALISED_ING = /^\p{Lu}\p{Ll}+ing$/u;
// A capitalised past participle, regular or in -en: "Chastened", "Shaken".
const CAPITALISED_PARTICIPLE = /^\p{Lu}\p{Ll}{2,}(ed|en)$/u;
// Long enough in -ed to be no surname: "Chastened", "Emboldened" (not "Reed").
const LONG_ED = /^\p{L}{7,}ed$/u;
/** A capitalised past participle and no given name: a common word, or a long one in -ed ("Chastened"). */
const isPastParticiple = (text: string): boolean =>
  CAPITALISED_PARTICIPLE.test(text) && genderOfGivenName(text) === null && (isCommonWord(text.toLowerCase()) || LONG_ED.test(text));
// Prepositions after a participle that name its agent or cause: "Stung by", "Frustrated with", "Worried about".
const PARTICIPLE_LINKS = words('by with about over at from');

/**
 * "Smiling broadly throughout her speech, Mrs. Clinton …", "Recognizing this, Mr. Rubio …": a capitalised word in
 * -ing before a lower-case word that opens no predicate is a participle opening the sentence, not a speaker.
 */
function opensParticipleClause(tokens: Token[], p: SpeakerPhrase): boolean {
  if (p.first !== p.last) return false;
  const next = tokens[p.last + 1];
  // "Chastened by the audit, Roe …", "Shaken by the vote, the mayor …": a past participle before its agent
  // or cause opens the sentence as a participle too.
  if (next && PARTICIPLE_LINKS.has(lower(next)) && isPastParticiple(tokens[p.first].text)) return true;
  if (!CAPITALISED_ING.test(tokens[p.first].text)) return false;
  return !!next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !opensPredicateAt(tokens, p.last + 1) && !cueVerb(lower(next));
}

/**
 * The subject of the clause between a and end: the phrase opening the sentence, or the one after an
 * introductory phrase ("Hours later, Trump returned …", "In a 1963 speech, he declared:").
 */
export function clauseSubject(tokens: Token[], a: number, end: number, quoted: boolean[]): SpeakerPhrase | null {
  a = afterDateline(tokens, a, end);
  const starts = [a];
  for (let k = a; k < end; k++) if (tokens[k].text === ',' && !quoted[k]) starts.push(k + 1);
  for (const s of starts) {
    let t = s;
    while (t < end && /^(and|but|so|yet|then|also)$/i.test(tokens[t].text)) t++;
    t = afterOpeningTime(tokens, t, end);
    const p = subjectAt(tokens, t, end, quoted);
    if (!p || opensParticipleClause(tokens, p)) continue;
    const next = tokens[p.last + 1];
    // A name opening the sentence stays the subject across an appositive: "Huma Abedin, vice chairwoman …, emailed".
    if (s === a && p.form !== 'descriptor' && next?.text === ',') return p;
    if (!next || next.kind !== 'word' || CAPITALISED.test(next.text)) continue;
    if (tokens[p.last + 2]?.text === ',' && BETWEEN.has(lower(next))) continue;
    if (next.text.toLowerCase() === 'later' || next.text.toLowerCase() === 'ago') continue;
    return p;
  }
  return null;
}

/**
 * The speaker after the cue at `cue` (inverted order: "…,” said Smith", "according to the report"): a noun
 * phrase up to a comma, a clause word or the sentence end.
 */
export function speakerAfter(tokens: Token[], start: number, end: number, quoted: boolean[]): SpeakerPhrase | null {
  if (start >= end || quoted[start]) return null;
  const t0 = tokens[start];
  if (BREAKERS.has(lower(t0)) && !SUBJECT_PRONOUNS.has(lower(t0)) && !OBJECT_PRONOUNS.has(lower(t0))) return null;
  if (SUBJECT_PRONOUNS.has(lower(t0)) || OBJECT_PRONOUNS.has(lower(t0))) return { first: start, last: start, form: 'pronoun' };
  let last = -1;
  for (let i = start; i < end && i - start < 10; i++) {
    const t = tokens[i];
    if (quoted[i]) break;
    if (t.kind === 'punct' && !isPossessive(t) && t.text !== '-' && t.text !== '.') break;
    if (i > start && BREAKERS.has(lower(t)) && !(NAME_JOINERS.has(lower(t)) && tokens[i + 1] && isCap(tokens[i + 1]))) break;
    // "told the paper she was …": a subject pronoun opens the next clause; "…, said sales fell": a past verb
    // makes the phrase a clause's subject.
    if (i > start && (SUBJECT_PRONOUNS.has(lower(t)) || PAST_NOT_PARTICIPLE.has(t.text))) break;
    last = i;
  }
  while (last >= start && tokens[last].kind === 'punct') last--;
  if (last < start) return null;
  const cap = tokens.slice(start, last + 1).some((t) => isCap(t) && !isRoleNoun(lower(t)) && !isDemonym(t.text) && lower(t) !== 'the');
  return { first: start, last, form: cap ? 'name' : 'descriptor' };
}

// How many lower-case nouns and adjectives may follow a name inside a subject: "Republican presidential nominee".
const NOUN_RUN = 3;

/** Where a run of lower-case words from k that are neither function words nor verb forms ends (exclusive). */
function nounRunEnd(tokens: Token[], k: number, end: number, quoted: boolean[]): number {
  let j = k;
  while (j < end && j - k < NOUN_RUN && !quoted[j] && tokens[j].kind === 'word' && /^\p{Ll}/u.test(tokens[j].text)) {
    const w = lower(tokens[j]);
    if (BREAKERS.has(w) || DETERMINERS.has(w) || FINITE_AUXILIARIES.has(w) || BE_FORMS.has(w) || IRREGULAR_PAST.has(w) || VERB_FORM.test(w) || isLyAdverb(tokens[j].text)) break;
    // "Ryan calls Trump", "Trump last week", "Google long said": a verb, a time or an adverb ends the run.
    if (BETWEEN.has(w) || TIME_DETERMINERS.has(w) || TIME_NOUNS.has(w) || (cueVerb(w) && !isRoleNoun(w))) break;
    j++;
  }
  return j;
}

/** Token k opens a predicate: an auxiliary, a past verb, or an adverb before one ("have", "continued", "also said"). */
function opensPredicateAt(tokens: Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && j - k < 2 && BETWEEN.has(lower(tokens[j])) && !FINITE_AUXILIARIES.has(lower(tokens[j]))) j++;
  const t = tokens[j];
  if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
  const w = lower(t);
  return FINITE_AUXILIARIES.has(w) || BE_FORMS.has(w) || IRREGULAR_PAST.has(w) || /\p{Ll}ed$/u.test(w);
}

/**
 * The subject phrase that starts at `start`: a pronoun, a name (with titles, roles and possessives) or a
 * determiner-led description ("the two-term president"), stopping before the verb.
 */
export function subjectAt(tokens: Token[], start: number, end: number, quoted: boolean[]): SpeakerPhrase | null {
  if (start >= end || quoted[start]) return null;
  const w0 = lower(tokens[start]);
  if (SUBJECT_PRONOUNS.has(w0)) return { first: start, last: start, form: 'pronoun' };
  const determined = DETERMINERS.has(w0) && !SUBJECT_PRONOUNS.has(w0);
  let sawName = false;
  let i = determined ? start + 1 : start;
  for (; i < end && !quoted[i] && i - start < 12; i++) {
    const t = tokens[i];
    const w = lower(t);
    if (isPossessive(t) && i > start) {
      // "Hillary Clinton's aides": the possessor and one noun after it.
      const n = tokens[i + 1];
      if (n && i + 1 < end && n.kind === 'word' && !BREAKERS.has(lower(n)) && !FINITE_AUXILIARIES.has(lower(n)) && !/ed$/.test(lower(n))) i++;
      continue;
    }
    if (t.text === '-' && i > start && tokens[i - 1].end === t.start) continue;
    if (t.kind === 'punct') break;
    if (isCap(t)) {
      sawName = true;
      continue;
    }
    if (i > start && NAME_JOINERS.has(w) && tokens[i + 1] && isCap(tokens[i + 1])) continue;
    if (isRoleNoun(w) || isTitle(w) || isDemonym(t.text)) continue;
    // "The mayor made an attempt": a past verb after the determiner's noun ends the phrase ("the left" is a noun).
    const pastVerb = IRREGULAR_PAST.has(w) && i > start + 1;
    // "the skippers often say": an adverb of frequency ends the phrase before its verb ("the famously gruff
    // senator" keeps its adverb of manner).
    if (determined && !sawName && i - start < 6 && !BREAKERS.has(w) && !FINITE_AUXILIARIES.has(w) && !pastVerb && !/ed$/.test(w) && !FREQUENCY_ADVERBS.has(w)) continue;
    // "Presumptive Republican presidential nominee Donald Trump", "Nuclear proliferation experts have": after a
    // name, lower-case nouns run on to a name or to the predicate.
    if (sawName) {
      const run = nounRunEnd(tokens, i, end, quoted);
      // "presidential nominee Donald Trump": a role ends the run before the name it stands before.
      if (run > i && run < tokens.length && isCap(tokens[run]) && (isRoleNoun(lower(tokens[run - 1])) || isTitle(lower(tokens[run - 1])))) {
        i = run - 1;
        continue;
      }
      if (run > i && opensPredicateAt(tokens, run)) i = run;
    }
    break;
  }
  const last = i - 1;
  if (last < start || (determined && last === start)) return null;
  const form: MentionForm = sawName && !determined ? 'name' : sawName ? 'name' : 'descriptor';
  return { first: start, last, form };
}
