// Closed-class English words (pronouns, determiners, auxiliaries, prepositions, subordinators, quantifiers)
// that the grammar of claims and speakers reads. Source: the function words of English grammars (Quirk et al.),
// written out by hand, lower case. Where two rules need different subsets, each subset is named for its use.
import { words } from './words';

export const SUBJECT_PRONOUNS = words('he she they we i it you');
export const OBJECT_PRONOUNS = words('him her them us me you it');
export const REFLEXIVE_PRONOUNS = words('himself herself themselves itself myself ourselves yourself yourselves oneself');

/** Possessive determiners: "her Labour allies", "said his plan …". */
export const POSSESSIVE_DETERMINERS = words('his her their its our my your');

/**
 * Words that open a noun phrase, so a phrase walked back from its head stops there: determiners, possessive
 * determiners, quantifiers, small numerals, and "top"/"senior", which open a role phrase ("top aides said").
 */
export const DETERMINERS = words(POSSESSIVE_DETERMINERS, `
  the a an this that these those some
  many most several both all each other another two three four few one
  no any such more top senior`);

/** The determiners that open a role phrase and are part of it: "Trump senior adviser Jane Doe". */
export const ROLE_OPENERS = words('top senior');

export const NUMBER_WORDS = words('one two three four five six seven eight nine ten');

/** Quantifiers that can stand alone as a subject: "Most said …", "Several told …". */
export const QUANTIFIERS = words('most many several some both all few each others');

/** Finite auxiliaries and modals: after a subject they show a clause ("the plan is", "officials will"). */
export const FINITE_AUXILIARIES = words('is are was were has have had will would can could may might should must does did do');

/** Forms of "be". */
export const BE_FORMS = words('am is are was were be been being');
/** "be" contracted onto its subject: "it's", "they're". */
export const BE_CONTRACTIONS = words('\'s ’s \'re ’re');

/** Day names: "said Tuesday", "Trump on Tuesday said". */
export const DAY_NAMES = words('monday tuesday wednesday thursday friday saturday sunday');
/** Nouns of a span of time that a determiner makes a time adverbial: "this week", "last year". */
export const TIME_NOUNS = words('week month year weekend night morning afternoon evening');
/** The months, lower case. */
export const MONTH_NAMES = words('january february march april may june july august september october november december');
/** Words before a day name or a time noun that make a time adverbial: "this week", "last year", "this past week". */
export const TIME_DETERMINERS = words('this last past next');
/** Words that lead a time adverbial: "on Tuesday", "earlier this week", "later Thursday". */
export const TIME_LEADS = words('on earlier later');

/**
 * Finite verbs with no -ed that end a subject and resume a clause as often as an auxiliary does: "The trouble,
 * she writes, began …", "The mayor made an attempt". Not closed-class, but read with the auxiliaries.
 */
export const IRREGULAR_PAST = words(`
  began became came went got made took gave won lost left led kept saw grew fell met paid put ran sent spent
  stood held brought bought built meant felt knew thought told found rose drew drove wrote spoke broke chose
  heard sat struck swore taught threw understood fought sought caught froze hung hid shook stuck wore woke
  withdrew overcame undertook`);

/**
 * The past forms above that are never participles ("fell", not "kept"): after a noun they make it a clause's
 * subject ("…, said sales fell"), where a participle may modify it ("an email kept secret").
 */
export const PAST_NOT_PARTICIPLE = words(`
  began became came went gave saw grew fell ran rose drew drove wrote spoke broke chose swore threw froze
  shook woke withdrew overcame undertook knew took`);

/** Conjunctions that open an adverbial (subordinate) clause. */
/** Relative pronouns: "the plan, which …", "officials who …", "a report that …". */
export const RELATIVE_WORDS = words('who whom whose which that');

// "and" and "but", which join a second clause or predicate to the first: "She said … and added that …", "endorsed
// Lee and has been …", "…, records show, and engineers say …".
export const AND_BUT = words('and but');

export const SUBORDINATORS = words('while although though because if when since after before as whereas unless until');

/**
 * Auxiliaries of "do", "have" and the modals contracted with "not", with either apostrophe: like "has" or
 * "will" they stand between a speaker and the cue ("they don't think", "Lee hasn't said"). The forms of "be"
 * are not here: "wasn't told" is a passive, whose subject is no speaker.
 */
const NEGATED = 'don\'t doesn\'t didn\'t hasn\'t haven\'t hadn\'t won\'t wouldn\'t can\'t couldn\'t shouldn\'t mustn\'t';
export const NEGATED_AUXILIARIES = words(NEGATED, NEGATED.replace(/'/g, '’'));
/** The forms of "be" contracted with "not": before a participle ("weren't disclosed") they make a passive. */
const NEGATED_BE = 'isn\'t aren\'t wasn\'t weren\'t';
export const NEGATED_BE_FORMS = words(NEGATED_BE, NEGATED_BE.replace(/'/g, '’'));

/** Negations, the contracted ones included ("didn't", "won't"). */
export const NEGATION = /^(not|never|n['’]t|\w+n['’]t)$/i;

/**
 * Prepositions of a phrase that may stand between a speaker and the cue ("Trump at the time said", "Roe in
 * an interview said"): the common ones of time, place and means.
 */
export const SPEAKER_PREPOSITIONS = words('at in on during after before for with from by of to');

/** Pronouns for someone unnamed: "Someone near the stage shouted", "Nobody at the agency said". */
export const INDEFINITE_PRONOUNS = words('someone somebody anyone anybody everyone everybody nobody none');

/**
 * Prepositions of place or affiliation after a subject's head noun: "voters in Iowa", "someone near the stage".
 * Not "after"/"before" (they open clauses too) nor "of"/"for" (the role and share phrases read those).
 */
export const POSTMODIFIER_PREPOSITIONS = words('in at from near on with across throughout around within inside outside');

/**
 * Words that open an adverbial right after a cue ("said on Tuesday, …", "said in a statement, …", "said while
 * visiting …, …"): prepositions of time, place and means, and "while"/"when". Wider than
 * SPEAKER_PREPOSITIONS: after the cue a phrase ending at a comma is skipped, before it only a short phrase.
 */
export const ADVERBIAL_AFTER_CUE = words('in on at during after before via through while when from to of about with for outside inside');

/**
 * Connectives that tie a sentence to the one before it ("Still, …", "In fact, …", "Meanwhile, …"): the writer's
 * link, not the words of whoever the sentence then reports. Two-word ones are written with their space.
 */
export const CONNECTIVES = words('however still meanwhile nevertheless nonetheless also moreover furthermore additionally yet besides likewise similarly therefore');
// The second word of the connectives that open with "in": "in fact", "in addition".
export const CONNECTIVES_AFTER_IN = words('fact addition');
/** Adverbs that stand apart from the clause, set off by commas or after a verb: the connectives, "instead", "though", "too". */
export const SENTENCE_ADVERBS = words(CONNECTIVES, 'instead though too');

/**
 * Words that open a short scene-setting phrase before a comma ("In the survey, 47% say …", "Asked about it,
 * …", "Nationally, …"): prepositions and a few sentence adverbs.
 */
export const SCENE_OPENERS = words('in on at during after before among from of with by under over since despite unlike like for asked overall nationally nationwide meanwhile');

/** A year as news writes it, 1800 to 2099 ("in 2010", "since 1998"): the digits, and the whole word. */
export const YEAR_DIGITS = String.raw`(?:1[89]|20)\d\d`;
export const YEAR = new RegExp(`^${YEAR_DIGITS}$`);

/** The clitic 's split off its word: a possessive ("Roe" | "'s") or a contracted "is" / "has" ("He" | "’s"). */
export const APOSTROPHE_S = /^['’]s$/;

/** The short words title case leaves in lower case ("Red Neck Country Club of the South"); readers add their own. */
export const TITLE_SMALL_WORDS = words('a an the and in on for of to at by');
