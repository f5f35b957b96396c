import { wordClass } from '../entities/gazetteer';
import { PARTICLE } from '../entities/local';
import { isCommonWord } from '../entities/commonWords';
import { genderOfGivenName, type Gender } from '../lexicon/gender';
import { isEvidenceNoun } from '../lexicon/evidence';
import { agreesOnlyWithPlural } from '../lexicon/speech';
import { isDocumentNoun, isNamelessKind, isUnmarkedKind } from '../lexicon/organizationNouns';
import { isPersonNoun, isPoliticalCamp, isRoleNoun, leadingTitleLength } from '../lexicon/roles';
import { LowerCaseWords } from '../text/lowerWords';
import { sentenceRanges, spaceSeparated, tokenize } from '../text/tokens';
import type { Entity, Mention, Span, SpeakerResolution } from '../types';
import type { DraftClaim } from './assemble';
import { describe, personByDescription } from './descriptors';
import { isCountWord } from './speakers';
import { entityGenders, followingPronoun, genderOf, markedGender } from './gender';
import { organizationByNoun, organizationIssuing } from './orgDescriptors';
import { choose, type Referent } from './salience';
import { KNOWN_GENDER, resolution, resolvePronoun, personByRole, resolveReference, rolesByPerson, type Resolution } from './pronouns';
import { findReferences, quotedParts } from './references';
import { lastBefore, SpanSet, withoutOverlapping } from './spans';
import {
  fold,
  FUNCTION_NAMES,
  type Context,
  type Indexed,
  REFERENT_TYPES,
  mentionIndex,
  firstReaching,
  mentionAt,
  entityAt,
  entityByName,
  nameIndex,
  registerName,
  recent,
  namedBefore,
  mentionOf,
  paragraphStart,
} from './resolveContext';
import { words } from '../lexicon/words';
import { countryByDemonym } from '../lexicon/places';
import { INDEFINITE_PRONOUNS, POSTMODIFIER_PREPOSITIONS } from '../lexicon/closedClass';
import { aroundSpan } from '../windowCache';
import { compiledNow } from '../text/compiledNow';
import { endsInWordAndSpace, withoutPossessive } from '../text/wordsBefore';

/** A stable entity id from type and name, as the entity stage makes them: "person:gitanas-nausėda". */
export function entityId(type: string, name: string): string {
  const slug = name.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return `${type}:${slug || 'unnamed'}`;
}

const ORG_WORDS = compiledNow(/\b(news|times|post|journal|press|party|committee|department|ministry|house|council|association|agency|office|commission|campaign|court|university|institute|foundation|bank|group|company|corporation|inc|corp|network|union|league|center|centre|service|services|bureau|board|administration|government|senate|congress|parliament|police|army|pac|fund|club|tribune|herald|reuters|twitter|facebook|channel|tv|radio)\b/i);

function looksLikeOrganization(name: string): boolean {
  return ORG_WORDS.test(name) || /^[A-Z]{2,6}$/.test(name.replace(/^the\s+/i, ''));
}

// A name as organizations are written: capitalised words, joined by lower-case connectors ("Citizenship and
// Immigration Services", "Office of the Inspector General").
const CAPITALISED_NAME = compiledNow(/^\p{Lu}[\p{L}.&'’-]*(?:\s+(?:(?:of|for|and|on|to|the|&)\s+)*\p{Lu}[\p{L}.&'’-]*)*$/u);
// A name followed by an appositive that describes it ("Acme Water Services, the agency that runs the dam"):
// the comma after the name and the start of the description.
const APPOSITIVE = /,\s+(?=(?:the|an?|one|its|their|which|who)\s|\p{Ll})/u;

/**
 * The name a speaker mention gives, without leading articles, modifiers ("the nonpartisan Congressional
 * Budget Office"), titles, roles and a possessive.
 */
function bareName(text: string): string {
  let ws = spaceSeparated(text.replace(/^(?:the|an?)\s+/i, ''));
  while (ws.length > 1 && (isRoleNoun(ws[0].toLowerCase()) || (/^\p{Ll}[\p{Ll}-]+$/u.test(ws[0]) && !PARTICLE.has(ws[0])))) ws = ws.slice(1);
  const t = leadingTitleLength(ws);
  if (t > 0 && t < ws.length) ws = ws.slice(t);
  return withoutPossessive(ws.join(' '));
}

// The capitalised words that end a text, within its last sentence and line ("A Bloomberg" of "… Clinton. A Bloomberg").
const CAPITALISED_RUN = /(?:\p{Lu}[\p{L}.&-]*(?<!\p{Ll}{2}\.)[^\S\n]+)*\p{Lu}[\p{L}.&-]*(?:['’]s?)?$/u;
// An article and lower-case modifiers before a name ("the nonpartisan", "A").
const LEADING_MODIFIERS = /^(?:(?:[Tt]he|[Aa]n?)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)*/u;
// "the website", "the advocacy group": a definite phrase whose last word is its head.
const DEFINITE_HEAD = /^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u;
// The word that announces a pair: "Both Mr. King and Mr. Schultz".
const BOTH = /^(?:Both|Either|Neither)\s+/u;
// A capitalised determiner that opens a sentence before a name ("A Bloomberg poll").
const LEADING_DETERMINER = /^(?:A|An|The|This|That|Each|Every|Another)$/;
// A descriptor that introduces someone new ("a federal judge", "one of his aides", "some analysts") names
// nobody already in the article.
const INDEFINITE = compiledNow(new RegExp(`^(?:an?|one|some|several|many|other|another|two|three|four|five|few|most|all|both|${[...INDEFINITE_PRONOUNS].join('|')}|\\d+)\\b`, 'i'));
// A document noun heading a phrase, before any "of" complement or participle: "a Reuters survey of voter
// lists", "a Harbour Office report released in May".
const ISSUED_BY = /(\p{Ll}+)(?:\s+(?:of|on|about|\p{Ll}+ed)\s.*)?$/u;
// Plural nouns for those who speak for an organization named after them ("officials at Acme"): the
// organization speaks. One of them ("a spokesman for Acme") is a source of their own, unnamed.
const VOICES = words('officials spokespeople spokesmen spokeswomen representatives');
// One of them and the preposition that ties it to the organization, up to the organization's name.
const VOICE_OF = compiledNow(new RegExp(`\\b(?:${[...VOICES].join('|')}),?\\s+(?:at|for|of|from|with)\\s+(?:the\\s+)?(?=\\p{Lu})`, 'iu'));
// How far after a speaker mention its "at/for … the" may reach.
const VOICE_REACH = 24;
// A common noun and preposition just before a name, which then only complements the noun ("supporters in
// Congress", "officials at Acme").
const NOUN_BEFORE = compiledNow(/(?:^|\s)(\p{Ll}+)\s+(?:in|at|of|from|for|within|among)\s+(?:the\s+)?$/u);
// The article of a role noun: "the" of "the senator from Vermont".
const ARTICLE_BEFORE = /\b(?:the|an?)\s+$/iu;
// A lower-case word right after a name, which the name then qualifies ("Central European leaders").
const NOUN_AFTER = /^\s+(\p{Ll}+)\b/u;
// Heads that with a name before them make an organization: "the Obama administration", "the Lee campaign", "Tromsø police".
const INSTITUTION_HEADS = words('administration government campaign police');
/**
 * A bare surname (or title and surname) among the people who have it: those of the gender its title or the
 * pronoun that follows shows, the most salient and recent of them. A title that fits none of them is
 * someone else of that name ("Mrs. Roe" beside Joe Roe): a new person.
 */
function bySurname(ctx: Context, sp: Span & { text: string }, surname: string): Resolution | null {
  const people = nameIndex(ctx).surnames.get(fold(surname)) ?? [];
  if (people.length === 0) return null;
  const marked = markedGender(ctx.text, sp);
  const gender = marked ?? followingPronoun(ctx.text, sp.end, nextReferent(ctx, sp.end), ctx.quoted);
  // Each candidate's gender from its other mentions: the one at the cue may have been merged into the wrong person.
  const genderOfOther = (e: Entity): Gender | null => genderOf(ctx.gender.get(e.id), mentionOf(e, sp)?.start);
  // Those known to be of that gender come before those whose gender the article does not show.
  const known = people.filter((e) => gender && genderOfOther(e) === gender);
  const fitting = known.length > 0 ? known : people.filter((e) => !gender || (genderOfOther(e) ?? gender) === gender);
  if (fitting.length === 0) return marked ? { entity: newPerson(ctx, withoutPossessive(sp.text.replace(/^the\s+/i, ''))), how: 'named' } : null;
  if (fitting.length === 1) return { entity: fitting[0], how: 'named' };
  const candidates = recent(ctx, sp.start, 0, (e) => fitting.includes(e));
  const c = choose(candidates, (e) => namedBefore(ctx, e, sp.start), (e) => (gender && genderOfOther(e) === gender ? KNOWN_GENDER : 0));
  // A title whose gender none of the candidates is known to have decides nothing: the guess is only a guess;
  // nor does recency alone, with no gender shown and none of them having spoken yet ("Joe Roe and his wife, Ann
  // Roe, visited … Roe said").
  const undecided = (!!marked && known.length === 0) || (!gender && !candidates.some((r) => r.spoke));
  return { entity: c?.entity ?? fitting[0], how: c && !c.ambiguous && !undecided ? 'named' : 'ambiguous' };
}

/** Where the next person or organization after `pos` is named (the text's end when none is). */
function nextReferent(ctx: Context, pos: number): number {
  const i = lastBefore(ctx.referents, pos) + 1;
  return i < ctx.referents.length ? ctx.referents[i].at : ctx.text.length;
}

/** The entity of that type and name, made (without mentions yet) if the article has none. */
function entityNamed(ctx: Context, type: 'person' | 'organization', name: string): Entity {
  const id = entityId(type, name);
  let e = ctx.byId.get(id);
  if (!e) {
    e = { id, type, name, mentions: [] };
    ctx.order.set(e, ctx.entities.length);
    ctx.entities.push(e);
    ctx.byId.set(id, e);
  }
  return e;
}

function newPerson(ctx: Context, name: string): Entity {
  return entityNamed(ctx, 'person', name);
}

/** The organization a place stands for when it speaks ("Beijing said"): one of the same name, made if need be. */
function institutionOf(ctx: Context, place: Entity): Entity {
  return entityNamed(ctx, 'organization', place.name);
}

/** Files a speaker mention under `to`, taking it from any other entity that held the same span. */
function reassign(ctx: Context, sp: Span & { text: string }, from: Entity | null, to: Entity): void {
  if (from && from !== to) {
    // A copy cut at the span, not a filter of every mention: one entity may be named thousands of times.
    from.mentions = withoutOverlapping(from.mentions, sp);
    const { items } = mentionIndex(ctx);
    for (let k = firstReaching(ctx, sp.start); k < items.length && items[k].start < sp.end; k++) if (items[k].entity === from && items[k].end > sp.start) items[k].entity = to;
    const i = lastBefore(ctx.referents, sp.start + 1);
    for (let k = i; k >= 0 && ctx.referents[k].at >= sp.start - 40; k--) if (ctx.referents[k].entity === from && ctx.referents[k].at < sp.end) ctx.referents[k] = { ...ctx.referents[k], entity: to };
  }
  addMention(ctx, to, { start: sp.start, end: sp.end, text: sp.text, form: 'name' });
}

/** True for a plural of a role noun ("leaders", "officials"), or also of any common noun ("supporters"). */
function pluralRole(word: string, anyNoun = false): boolean {
  return /[^su]s$/.test(word) && (isRoleNoun(word) || isRoleNoun(word.slice(0, -1)) || (anyNoun && isCommonWord(word.slice(0, -1))));
}

/**
 * A name that only qualifies or complements the common noun that speaks: the organization when the noun
 * speaks for it ("officials at Acme"), else unnamed people ("Central European leaders", "supporters in
 * Congress"); undefined when the name itself speaks.
 */
function nameOfOthers(ctx: Context, sp: Span & { text: string }): Resolution | null | undefined {
  // The words around the name decide; an incremental analysis keeps what they said (../windowCache).
  const after = aroundSpan('noun-after', ctx.text, sp, 0, 30, () => NOUN_AFTER.exec(ctx.text.slice(sp.end, sp.end + 30)));
  if (after && pluralRole(after[1])) return null;
  const before = aroundSpan('noun-before', ctx.text, sp, 40, 0, () => NOUN_BEFORE.exec(ctx.text.slice(Math.max(0, sp.start - 40), sp.start)));
  if (!before) return undefined;
  if (VOICES.has(before[1])) {
    const org = organizationNamedAt(ctx, sp);
    if (org) addMention(ctx, org, { start: sp.start, end: sp.end, text: sp.text, form: 'other' });
    return resolution(org, 'inferred');
  }
  // "the senator from Vermont", "the director of Acme": one who holds the role, not the place or organization.
  if (isRoleNoun(before[1])) {
    const nounAt = sp.start - before[0].length + before[0].indexOf(before[1]);
    const article = ARTICLE_BEFORE.exec(ctx.text.slice(Math.max(0, nounAt - 6), nounAt));
    const start = nounAt - (article ? article[0].length : 0);
    return roleHolder(ctx, { start, end: sp.end, text: ctx.text.slice(start, sp.end) });
  }
  return pluralRole(before[1], true) ? null : undefined;
}

/** A name at the cue: the entity written there, checked against people who share its surname or first name. */
function resolveName(ctx: Context, whole: Span & { text: string }): Resolution | null {
  // "Officials at Acme said": a descriptor, capitalised as it opens the sentence.
  if (VOICES.has(whole.text.toLowerCase())) return resolveDescriptor(ctx, whole);
  const sp = withoutAppositive(whole);
  const others = nameOfOthers(ctx, sp);
  if (others !== undefined) return others;
  const at = mentionAt(ctx, sp);
  let e = at?.entity ?? null;
  const name = bareName(sp.text);
  const fuller = at && fullerOrganization(ctx, sp, at);
  if (fuller) return fuller;
  // "Mr. Obama's climate advisers", "RT journalists": the name only qualifies the common noun that heads the phrase.
  const head = spaceSeparated(sp.text).pop() ?? '';
  if (/^\p{Ll}/u.test(head) && (!at || at.end < sp.end - withoutPossessive(head).length)) return resolveDescriptor(ctx, sp);
  if (!e) {
    e = entityByName(ctx, name);
    if (e) addMention(ctx, e, { start: sp.start, end: sp.end, text: sp.text, form: 'name' });
    // "Poll: Voters Leave the Party": a document named alone speaks for whoever issued it.
    else if (isDocumentNoun(name)) return resolveDescriptor(ctx, sp);
  }
  if (e && (e.type === 'person' || !at) && spaceSeparated(name).length === 1) {
    const other = bySurname(ctx, sp, name) ?? byFirstName(ctx, name, e);
    if (other) {
      if (other.entity !== e) reassign(ctx, sp, at ? e : null, other.entity);
      return other;
    }
  }
  // The place stays a place where it is named; the institution speaking through it gets the mention too.
  if (e?.type === 'place') {
    const org = institutionOf(ctx, e);
    addMention(ctx, org, { start: sp.start, end: sp.end, text: sp.text, form: 'other' });
    return { entity: org, how: 'named' };
  }
  return resolution(e, 'named');
}

/** The name alone when an appositive describing it follows within the speaker mention; else the mention. */
function withoutAppositive(sp: Span & { text: string }): Span & { text: string } {
  const m = APPOSITIVE.exec(sp.text);
  if (!m) return sp;
  const text = sp.text.slice(0, m.index);
  return CAPITALISED_NAME.test(bareName(text)) ? { start: sp.start, end: sp.start + text.length, text } : sp;
}

/**
 * An organization's name of which the tagger took only a part ("Accountability Office" of "A Government
 * Accountability Office", "Citizenship" of "Citizenship and Immigration Services"): the organization of the
 * whole name, which ends with a word organizations' names end with. A person's name is kept unless it is the
 * end of such a name ("Harvard University Professor Ann Lee" stays Ann Lee).
 */
function fullerOrganization(ctx: Context, sp: Span & { text: string }, at: Indexed): Resolution | null {
  // Role nouns stay: "Government", "Board" are words of such names.
  const name = withoutPossessive(sp.text.trim().replace(LEADING_MODIFIERS, ''));
  const ws = spaceSeparated(name);
  if (ws.length < 2 || !CAPITALISED_NAME.test(name) || !ORG_WORDS.test(ws[ws.length - 1])) return null;
  const part = fold(withoutPossessive(ctx.text.slice(at.start, at.end)));
  const whole = fold(name);
  if (part.length >= whole.length || !(at.entity.type === 'person' ? whole.endsWith(` ${part}`) : whole.includes(part))) return null;
  const e = entityByName(ctx, name) ?? entityNamed(ctx, 'organization', name);
  if (e.type !== 'organization') return null;
  reassign(ctx, sp, at.entity, e);
  return { entity: e, how: 'named' };
}

/** A first name alone names the one person whose full name begins with it, not a person of its own. */
function byFirstName(ctx: Context, name: string, current: Entity): Resolution | null {
  if (spaceSeparated(current.name).length > 1) return null;
  const people = nameIndex(ctx).firsts.get(fold(name)) ?? [];
  return people.length === 1 ? { entity: people[0], how: 'named' } : null;
}

/** "the Obama administration": an organization named by the name and head together; other heads name nobody. */
function institution(ctx: Context, sp: Span & { text: string }, head: string, modifier: Entity | null): Resolution | null {
  if (!modifier || !INSTITUTION_HEADS.has(head.toLowerCase())) return null;
  const e = entityNamed(ctx, 'organization', withoutPossessive(sp.text.replace(/^the\s+/i, '')));
  addMention(ctx, e, { start: sp.start, end: sp.end, text: sp.text, form: 'descriptor' });
  return { entity: e, how: 'named' };
}

// Heads of a country's government written with its demonym: "the Saudi government", "the French administration".
const GOVERNMENT_HEADS = words('government administration');

/** "the Saudi government": the country as an institution, as "Saudi Arabia said" is (see institutionOf). */
function nationalGovernment(ctx: Context, sp: Span & { text: string }, text: string, head: string): Resolution | null {
  if (!GOVERNMENT_HEADS.has(head)) return null;
  const ws = spaceSeparated(text);
  const country = ws.length > 1 ? countryByDemonym(ws[ws.length - 2]) : undefined;
  if (!country) return null;
  const e = entityNamed(ctx, 'organization', country.name);
  addMention(ctx, e, { start: sp.start, end: sp.end, text: sp.text, form: 'descriptor' });
  return { entity: e, how: 'inferred' };
}

/**
 * The organization named by the capitalised words that end within the span ("Bloomberg" in "A Bloomberg
 * poll"): the entity written there, or one of that name written elsewhere. A place that issues a poll or a
 * report is an institution, as one that speaks is.
 */
function organizationNamedAt(ctx: Context, span: Span): Entity | null {
  const from = Math.max(0, span.end - 80);
  const name = CAPITALISED_RUN.exec(ctx.text.slice(from, span.end));
  // "A Bloomberg": the longest run of the words that names an organization.
  const ws = name ? spaceSeparated(withoutPossessive(name[0])) : [];
  const mention = mentionAt(ctx, name ? { start: from + name.index, end: span.end } : span);
  if (mention) {
    // "a NEWS TODAY analysis" with only "NEWS" tagged: the organization has the whole name.
    const run = ws.slice(LEADING_DETERMINER.test(ws[0] ?? '') ? 1 : 0).join(' ');
    const part = fold(withoutPossessive(ctx.text.slice(mention.start, mention.end)));
    if (spaceSeparated(run).length > 1 && fold(run).length > part.length && fold(run).includes(part)) {
      const whole = entityByName(ctx, run) ?? entityNamed(ctx, 'organization', run);
      if (whole.type === 'organization') return whole;
    }
    const at = mention.entity;
    return at.type === 'organization' ? at : at.type === 'place' ? institutionOf(ctx, at) : null;
  }
  for (let i = 0; i < ws.length; i++) {
    const e = entityByName(ctx, ws.slice(i).join(' '));
    if (e) return e.type === 'organization' ? e : null;
  }
  return null;
}

/** "Officials at Acme", "representatives of the ministry": the organization that speaks through them. */
function representedOrganization(ctx: Context, sp: Span): Entity | null {
  const m = VOICE_OF.exec(ctx.text.slice(sp.start, sp.end + VOICE_REACH));
  if (!m) return null;
  const at = sp.start + m.index + m[0].length;
  return organizationNamedAt(ctx, { start: at, end: at + 1 });
}

// "the Vermont senator", "Obama's former campaign strategist": a definite role phrase, the article's or a
// named person's.
const DEFINITE_ROLE = /^(?:the\s|\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*['’]s?\s)/u;
// The offices by which news refers back to the politician it is about ("the Texas senator", "the Republican
// nominee"); other roles ("the judge", "the author") more often bring in someone not yet named.
const OFFICES = words('senator candidate nominee governor president congressman congresswoman mayor strategist frontrunner front-runner');
// How far from a person's name the state or party of "the Texas senator" is looked for, around how many of
// the names before it.
const MODIFIER_REACH = 80;
const MODIFIER_MENTIONS = 12;
// About the longest name, for the reach after a name (the names here are their starts).
const NAME_LENGTH = 30;
// A name written right after the phrase is the one it describes ("the bureau's director, Jo Roe").
const NAME_AFTER = /^,?\s+\p{Lu}/u;

/**
 * A definite office ("the senator") that no description in the article fits refers back, like a pronoun, to the person
 * in focus: the most salient of the people named in its paragraph and the one before (not the one whose
 * role it names, "Obama's strategist"). Ambiguous when another is nearly as salient.
 */
function personInFocus(ctx: Context, sp: Span & { text: string }, text: string, head: string): Resolution | null {
  // A country in the phrase ("the Russian leader") that fits no one described names someone else.
  if (!DEFINITE_ROLE.test(text) || !OFFICES.has(head) || describe(text).country || NAME_AFTER.test(ctx.text.slice(sp.end, sp.end + 4))) return null;
  const possessor = mentionAt(ctx, sp)?.entity;
  // "the Texas senator", "the Democratic nominee": a capitalised modifier is written near the person's name too.
  const modifiers = spaceSeparated(text).slice(1, -1).filter((w) => /^\p{Lu}/u.test(w) && !/['’]s?$/u.test(w));
  // Looked for around the person's latest names before the phrase (not in the phrase itself), a bounded number,
  // so that resolution stays linear.
  const described = (e: Entity): boolean => {
    if (modifiers.length === 0) return true;
    const at = ctx.named.get(e) ?? [];
    const last = lastBefore(at, sp.start);
    const around: string[] = [];
    for (let k = last; k >= 0 && k > last - MODIFIER_MENTIONS; k--) around.push(ctx.text.slice(Math.max(0, at[k].at - MODIFIER_REACH), Math.min(sp.start, at[k].at + NAME_LENGTH + MODIFIER_REACH)));
    return modifiers.every((w) => around.some((a) => a.includes(w)));
  };
  const candidates = recent(ctx, sp.start, paragraphStart(ctx, sp.start, 1), (e) => e.type === 'person' && e !== possessor && described(e));
  const c = choose(candidates, (e) => namedBefore(ctx, e, sp.start));
  if (c) return { entity: c.entity, how: c.ambiguous ? 'ambiguous' : 'inferred' };
  // "As far as whether Sanders still senses anger, the Vermont senator acknowledged …": a modifier written near no
  // one's name leaves the one person named before the phrase in its sentence, whom it describes.
  if (modifiers.length === 0) return null;
  const inSentence = new Set(recent(ctx, sp.start, sentenceStartBefore(ctx.text, sp.start), (e) => e.type === 'person' && e !== possessor).map((r) => r.entity));
  return inSentence.size === 1 ? { entity: [...inSentence][0], how: 'inferred' } : null;
}

// How far back a sentence's start is looked for.
const SENTENCE_REACH = 400;

/**
 * Where the sentence holding position `pos` starts: within its line and SENTENCE_REACH characters, where the
 * tokenizer's sentences (which know "Sen." and "Mr.") put it.
 */
function sentenceStartBefore(text: string, pos: number): number {
  const window = text.slice(Math.max(0, pos - SENTENCE_REACH), pos);
  const from = pos - window.length + window.lastIndexOf('\n') + 1;
  const tokens = tokenize(text.slice(from, pos), from);
  const ranges = sentenceRanges(tokens);
  return ranges.length ? tokens[ranges[ranges.length - 1][0]].start : pos;
}

// A singular role noun with its complement: "the senator from Vermont", "a director of Acme".
const ROLE_OF = /^(?:[Tt]he|[Aa]n?)\s+(\p{Ll}+)\s+(?:of|from|at|for|in)\s/u;

/**
 * "the senator from Vermont", "the director of Acme": the person the article names with that role, or no one;
 * never the place or organization of the complement.
 */
function roleHolder(ctx: Context, sp: Span & { text: string }): Resolution | null {
  if (INDEFINITE.test(sp.text)) return null;
  const byRole = personByRole(ctx, sp, sp.text);
  const e = byRole?.entity ?? personByDescription(ctx, sp, sp.text);
  if (!e || e.type !== 'person') return null;
  addMention(ctx, e, { start: sp.start, end: sp.end, text: sp.text, form: 'descriptor' });
  return byRole ?? { entity: e, how: 'inferred' };
}

/** A descriptor: a person by country and role, an organization by kind or by the document it issued. */
function resolveDescriptor(ctx: Context, sp: Span & { text: string }): Resolution | null {
  // "Acme Water Services, the agency that runs the dam": the name before the appositive speaks.
  const named = withoutAppositive(sp);
  if (named !== sp) return resolveName(ctx, named);
  const text = sp.text.trim();
  const role = ROLE_OF.exec(text);
  if (role && isRoleNoun(role[1]) && !VOICES.has(role[1]) && !pluralRole(role[1])) return roleHolder(ctx, sp);
  const head = withoutPossessive(spaceSeparated(text).pop() ?? '').toLowerCase();
  const modifier = mentionAt(ctx, sp);
  // "A Government Accountability Office" of which only a part was tagged.
  const fuller = modifier && fullerOrganization(ctx, sp, modifier);
  if (fuller) return fuller;
  if (modifier && modifier.end < sp.end && INSTITUTION_HEADS.has(head)) return institution(ctx, sp, head, modifier.entity);
  const national = modifier ? null : nationalGovernment(ctx, sp, text, head);
  if (national) return national;
  const issuing = issuedDocument(ctx, sp);
  if (issuing) return issuing;
  const represented = representedOrganization(ctx, sp);
  if (represented) {
    addMention(ctx, represented, { start: sp.start, end: sp.end, text: sp.text, form: 'descriptor' });
    return { entity: represented, how: 'inferred' };
  }
  const document = documentIssuer(ctx, sp, text);
  if (document) return document;
  if (INDEFINITE.test(text)) return null;
  // "officials", "analysts", "Democratic voters in all five states": several people, none of them one named person.
  const plural = [head, headBeforePreposition(text)].some((w) => PLURAL_NOUN.test(w) && isPersonNoun(w));
  const byRole = plural ? null : personByRole(ctx, sp, text);
  if (byRole) {
    addMention(ctx, byRole.entity, { start: sp.start, end: sp.end, text: sp.text, form: 'descriptor' });
    return byRole;
  }
  let e = plural ? null : personByDescription(ctx, sp, text);
  e ??= organizationByNoun(text, recent(ctx, sp.start, 0, (x) => x.type === 'organization'));
  // "Zero Hedge asked … The website noted": the organization named in this paragraph or the one before.
  if (!e && DEFINITE_HEAD.test(text) && isNamelessKind(head)) e = recent(ctx, sp.start, paragraphStart(ctx, sp.start, 1), (x) => x.type === 'organization', 1)[0]?.entity ?? null;
  // "Verizon cut jobs … The company said": the one organization named in this paragraph and the one before.
  if (!e && DEFINITE_HEAD.test(text) && isUnmarkedKind(head)) e = onlyOrganizationNear(ctx, sp.start);
  e ??= organizationIssuing(ctx.text, sp, text, (span) => organizationNamedAt(ctx, span));
  if (e) {
    addMention(ctx, e, { start: sp.start, end: sp.end, text: sp.text, form: 'descriptor' });
    return { entity: e, how: 'inferred' };
  }
  const topic = plural ? null : personInFocus(ctx, sp, text, head);
  if (topic) {
    addMention(ctx, topic.entity, { start: sp.start, end: sp.end, text: sp.text, form: 'descriptor' });
    return topic;
  }
  // A descriptor mistaken upstream for a name ("the Lithuanian President") is its entity when that covers the head.
  const at = mentionAt(ctx, sp);
  return !plural && at && at.end >= sp.end - 2 && !qualifiedBy(ctx.text.slice(sp.start, at.start)) ? { entity: at.entity, how: 'inferred' } : null;
}

/**
 * Whether a name after `before` only qualifies the phrase's head ("Voters in Iowa", "A man from Texas"), rather
 * than issuing it ("data from the FBI": evidence from an organization is the organization's).
 */
function qualifiedBy(before: string): boolean {
  const m = AFTER_PREPOSITION.exec(before);
  return !!m && !(m[1].toLowerCase() === 'from' && spaceSeparated(before).some((w) => isEvidenceNoun(w.toLowerCase())));
}

// The noun a descriptor's prepositional phrase hangs on: "voters" in "Democratic voters in all five states".
const BEFORE_PREPOSITION = compiledNow(new RegExp(`^(?:\\S+\\s+)*?(\\S+)\\s+(?:${[...POSTMODIFIER_PREPOSITIONS].join('|')})\\s`, 'iu'));
const PLURAL_NOUN = /[^s]s$/;

/** The lower-case noun before a descriptor's first prepositional phrase of place or affiliation, else ''. */
function headBeforePreposition(text: string): string {
  return BEFORE_PREPOSITION.exec(text)?.[1].toLowerCase() ?? '';
}

// A name after a preposition within a descriptor is what its head is tied to ("Voters in Iowa", "A man from
// Texas"), not the speaker.
const AFTER_PREPOSITION = compiledNow(new RegExp(`\\s(${[...POSTMODIFIER_PREPOSITIONS].join('|')})\\s+(?:the\\s+)?$`, 'iu'));

// How many organization mentions back "the company" looks for a second organization.
const UNMARKED_KIND_REACH = 12;

/** The organization named in the paragraph at `pos` and the one before, if it is the only one; else null. */
function onlyOrganizationNear(ctx: Context, pos: number): Entity | null {
  const near = new Set(recent(ctx, pos, paragraphStart(ctx, pos, 1), (x) => x.type === 'organization', UNMARKED_KIND_REACH).map((r) => r.entity));
  return near.size === 1 ? [...near][0] : null;
}

/** "A Bloomberg poll", "a new Gallup survey of small firms": the organization that issued it speaks. */
function issuedDocument(ctx: Context, sp: Span & { text: string }): Resolution | null {
  const text = sp.text.trim();
  const issuer = ISSUED_BY.exec(text);
  const documentAt = issuer && isDocumentNoun(issuer[1]) ? sp.start + issuer.index : -1;
  const issuing = documentAt > sp.start ? organizationNamedAt(ctx, { start: documentAt - 2, end: documentAt - 1 }) : null;
  if (!issuing) return null;
  addMention(ctx, issuing, { start: sp.start, end: sp.end, text: sp.text, form: 'descriptor' });
  return { entity: issuing, how: 'inferred' };
}

// "a statement", "a new report": a document not yet named, its noun last.
const INDEFINITE_DOCUMENT = compiledNow(/^[Aa]n?\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)$/u);
// The issuer and verb before such a document: "it issued a policy statement".
const ISSUER_BEFORE = /(\S+)\s+(?:issued|released|published|put\s+out)\s+$/u;
// A preposition that makes the document the frame of the clause that follows: "In a statement, Roe said".
const FRAME_BEFORE = /(?:^|\s)(?:[Ii]n|[Tt]hrough|[Vv]ia)\s+$/u;
// How far into its clause the subject after such a frame is looked for.
const FRAME_REACH = 160;

/**
 * A document not named before ("a statement") speaks for whoever issued it: the person or organization
 * before "issued", or the subject of the clause the document frames ("In a statement announcing the pick, the
 * union called …").
 */
function documentIssuer(ctx: Context, sp: Span & { text: string }, text: string): Resolution | null {
  const m = INDEFINITE_DOCUMENT.exec(text);
  if (!m || !isDocumentNoun(m[1])) return null;
  const before = ctx.text.slice(Math.max(0, sp.start - 40), sp.start);
  const verb = ISSUER_BEFORE.exec(before);
  let e: Entity | null = null;
  if (verb) {
    const at = sp.start - before.length + verb.index;
    e = entityAt(ctx, { start: at, end: at + verb[1].length });
  } else if (FRAME_BEFORE.test(before)) {
    const clause = /^[^.;!?“”"]*?,\s+/u.exec(ctx.text.slice(sp.end, sp.end + FRAME_REACH));
    const next = clause ? ctx.referents[lastBefore(ctx.referents, sp.end + clause[0].length - 1) + 1] : undefined;
    // The subject opens the clause: the first name after the comma, before any verb.
    if (next && next.at <= sp.end + clause![0].length + 4) e = next.entity;
  }
  if (!e || !REFERENT_TYPES.has(e.type)) return null;
  addMention(ctx, e, { start: sp.start, end: sp.end, text: sp.text, form: 'descriptor' });
  return { entity: e, how: 'inferred' };
}

function addMention(ctx: Context, e: Entity, m: Mention): void {
  const key = `${e.id} ${m.start} ${m.end}`;
  if (ctx.mentioned.has(key) || mentionOf(e, m)) return;
  ctx.mentioned.add(key);
  const list = ctx.pending.get(e) ?? [];
  list.push(m);
  ctx.pending.set(e, list);
  if (m.form === 'name') registerName(ctx, e, m.text, false);
  ctx.added.push({ start: m.start, end: m.end, entity: e, order: ctx.order.get(e) ?? ctx.entities.length });
}

export interface Resolved {
  entityIds: Array<string | null>;
  /** How each claim's speaker was resolved (see SpeakerResolution); null where its entity id is null. */
  resolutions: Array<SpeakerResolution | null>;
  /** The entity ids of the speakers named together at each claim ("Roe and Lee said"), or null (see Speaker.members). */
  members: Array<string[] | null>;
  /** Only entities with at least one mention: a name created for a speaker that resolved elsewhere is dropped. */
  entities: Entity[];
}

/**
 * Resolves each claim's speaker to an entity: a name to the entity that covers it (or a new person or
 * organization), a bare surname among the people who share it, a pronoun to the most salient fitting
 * referent before it, a descriptor to the person written with the same country and role or the
 * organization of its kind. Resolved descriptor, pronoun and handle mentions are added to their entity.
 */
export function resolveSpeakers(text: string, lines: readonly Span[], drafts: DraftClaim[], input: Entity[]): Resolved {
  const entities = input.map((e) => ({ ...e, mentions: [...e.mentions] }));
  // Names inside what someone said (quoted or reported) are in that speaker's voice; a pronoun at a later
  // cue refers back to a person the writer named, not to one the speaker mentioned.
  const quoted = new SpanSet(drafts.filter((d) => !d.post).flatMap((d) => d.spans.map((x) => withoutLeadIn(text, x))));
  const ctx: Context = {
    text, lines, lineStarts: lines.map((l) => ({ at: l.start })), entities, quoted, order: new Map(entities.map((e, i) => [e, i])), around: new Map(), added: [],
    referents: [], spoken: [], named: new Map(), gender: new Map(), pending: new Map(), mentioned: new Set(),
    byId: new Map(entities.map((e) => [e.id, e])), rolesOf: rolesByPerson(text),
  };
  surnamesToPeople(ctx);
  createNamedSpeakers(ctx, drafts);
  ctx.referents = referents(ctx);
  for (const r of ctx.referents) {
    const list = ctx.named.get(r.entity) ?? [];
    list.push(r);
    ctx.named.set(r.entity, list);
  }
  ctx.gender = entityGenders(text, entities.filter((e) => e.type === 'person'), quoted, (at) => nextReferent(ctx, at + 1));
  const ids: Array<string | null> = drafts.map(() => null);
  const hows: Array<SpeakerResolution | null> = drafts.map(() => null);
  const members: Array<Entity[] | null> = drafts.map(() => null);
  // Speakers and the pronouns and descriptors elsewhere are resolved in one pass in text order, so that each
  // can refer back to all resolved before it ("the president … he said").
  const speakerSpans = new SpanSet(drafts.flatMap((d) => (d.speaker ? [d.speaker] : [])));
  const voiced = new SpanSet(quotedParts(text, drafts.filter((d) => !d.post).flatMap((d) => d.spans)));
  const references = findReferences(text, lines, voiced, speakerSpans);
  const order = drafts.map((d, i) => ({ at: d.speaker?.start ?? d.spans[0]?.start ?? 0, i })).sort((a, b) => a.at - b.at || a.i - b.i);
  let next = 0;
  const resolveReferencesBefore = (pos: number): void => {
    for (; next < references.length && references[next].start < pos; next++) {
      const ref = references[next];
      const r = resolveReference(ctx, ref);
      if (!r) continue;
      addMention(ctx, r.entity, { start: ref.start, end: ref.end, text: ref.text, form: ref.form });
      if (REFERENT_TYPES.has(r.entity.type)) addSpoken(ctx, { at: ref.start, entity: r.entity, spoke: false, oblique: ref.form === 'pronoun' ? ref.pronoun !== undefined && !!(ref.object || /^(?:his|her|its|their)$/i.test(ref.text)) : /['’]s?$/u.test(ref.text) });
    }
  };
  for (const { at, i } of order) {
    resolveReferencesBefore(at);
    const d = drafts[i];
    const sp = d.speaker;
    let r: Resolution | null = null;
    const joined = sp && sp.form !== 'pronoun' ? organizationAcrossAnd(ctx, sp) : null;
    if (joined) r = joined;
    else if (sp && (members[i] = coSpeakers(ctx, sp))) r = null;
    else if (sp?.form === 'pronoun') {
      r = resolvePronoun(ctx, sp, sp.text.toLowerCase(), { atCue: true });
      if (r) addMention(ctx, r.entity, { start: sp.start, end: sp.end, text: sp.text, form: 'pronoun' });
    } else if (sp?.form === 'descriptor') r = resolveDescriptor(ctx, sp);
    else if (sp) r = resolveName(ctx, sp);
    // "a NEWS TODAY analysis of newly filed reports": a mention that names nobody, inside a source phrase
    // whose document an organization issued ("Experts on Korea" stay unnamed).
    if (sp && !r && sp.form !== 'pronoun' && sp.phrase && sp.phrase.start < sp.start && !coordinated(ctx, sp)) {
      r = issuedDocument(ctx, { start: sp.phrase.start, end: sp.phrase.end, text: text.slice(sp.phrase.start, sp.phrase.end) });
    }
    if (sp && r && d.post) addHandle(ctx, d, r.entity);
    if (sp && r && REFERENT_TYPES.has(r.entity.type)) addSpoken(ctx, { at: sp.start, entity: r.entity, spoke: true, oblique: false });
    ids[i] = r ? r.entity.id : null;
    hows[i] = r ? r.how : null;
  }
  resolveReferencesBefore(text.length + 1);
  for (const [e, ms] of ctx.pending) e.mentions = [...e.mentions, ...ms].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept = entities.filter((e) => e.mentions.length > 0);
  kept.sort((a, b) => a.mentions[0].start - b.mentions[0].start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keptSet = new Set(kept);
  const together = members.map((list) => {
    const ms = (list ?? []).filter((e) => keptSet.has(e)).map((e) => e.id);
    return ms.length > 1 ? ms : null;
  });
  return { entityIds: ids, resolutions: hows, members: together, entities: kept };
}

// "Mr. Grassley and Mr. Leahy said", "said Roe and Lee": the word before or the name after an "and" next to
// the speaker mention.
const AND_BEFORE = /(\S),?\s+and\s+$/u;
const AND_AFTER = /^,?\s+and\s+(?=\p{Lu})/u;

/**
 * A speaker named together with another of its kind (people, organizations, places) is several speakers, none
 * of them alone: the claim stays tied to no single entity. A name after a preposition is no co-speaker
 * ("campaigned with Obama and Clinton said" has one speaker).
 */
function coordinated(ctx: Context, sp: Span): boolean {
  return coSpeakers(ctx, sp) !== null;
}

/**
 * The entities of a speaker named together with another of its kind, in text order ("Mr. Roe and Ms. Lee"
 * → Joe Roe, Ann Lee), or null when the speaker is named alone. The speaker's own entity is the one written
 * at the mention, or the one its bare name names; the list is empty of it when it has none.
 */
function coSpeakers(ctx: Context, sp: Span & { text?: string }): Entity[] | null {
  const own = mentionAt(ctx, sp)?.entity;
  const kindOf = (type: string): string => (type === 'place' ? 'organization' : type);
  // A name that holds the "and" itself ("Central and East European Coalition") is one entity.
  const other = (span: Span): Entity | null => {
    const at = mentionAt(ctx, span);
    if (!at || at.entity === own || (at.start < sp.start && at.end > sp.start) || (at.start < sp.end && at.end > sp.end)) return null;
    if (ctx.quoted.contains(span) || (own && kindOf(at.entity.type) !== kindOf(own.type))) return null;
    const first = Math.min(at.start, span.start);
    return OBLIQUE_BEFORE.test(ctx.text.slice(Math.max(0, first - 30), first).split(/[,.;:!?]/).pop() ?? '') ? null : at.entity;
  };
  const self = own ?? (sp.text ? entityByName(ctx, bareName(sp.text)) : null);
  // "Both Mr. King and …" where the tagger left "Mr. King" untagged: the person that name names.
  const untaggedBefore = (end: number): Entity | null => {
    const from = Math.max(0, end - 60);
    const run = CAPITALISED_RUN.exec(ctx.text.slice(from, end));
    if (!run || (self && self.type !== 'person') || ctx.quoted.contains({ start: end - 1, end })) return null;
    const first = from + run.index;
    if (OBLIQUE_BEFORE.test(ctx.text.slice(Math.max(0, first - 30), first).split(/[,.;:!?]/).pop() ?? '')) return null;
    const e = entityByName(ctx, bareName(run[0].replace(BOTH, '')));
    return e?.type === 'person' && e !== self ? e : null;
  };
  const withSelf = (partner: Entity, partnerFirst: boolean): Entity[] => (!self || self === partner ? [partner] : partnerFirst ? [partner, self] : [self, partner]);
  const before = aroundSpan('and-before', ctx.text, sp, 40, 0, () => {
    const window = ctx.text.slice(Math.max(0, sp.start - 40), sp.start);
    return endsInWordAndSpace(window, 'and') ? AND_BEFORE.exec(window) : null;
  });
  if (before) {
    const end = sp.start - before[0].length + 1;
    const partner = other({ start: end - 1, end }) ?? untaggedBefore(end);
    if (partner) return withSelf(partner, true);
  }
  const after = aroundSpan('and-after', ctx.text, sp, 0, 12, () => AND_AFTER.exec(ctx.text.slice(sp.end, sp.end + 12)));
  if (!after || OBLIQUE_BEFORE.test(ctx.text.slice(Math.max(0, sp.start - 30), sp.start))) return null;
  const partner = other({ start: sp.end + after[0].length, end: sp.end + after[0].length + 1 });
  return partner ? withSelf(partner, false) : null;
}

// The capitalised words and "and" just before a speaker mention ("United States Citizenship and "), within a sentence.
const CONJUNCT_BEFORE = compiledNow(/((?:\p{Lu}[\p{L}.&'’-]*(?<!\p{Ll}{2}\.)[^\S\n]+)+)and[^\S\n]+$/u);

/**
 * An organization's name with "and" in it of which the tagger made two names ("United States Citizenship" and
 * "Immigration Services"): the whole name speaks when it ends like an organization's name and its first part
 * is none ("Acme Corp. and Nordic Steel", "the FBI and Justice Department" stay two speakers).
 */
function organizationAcrossAnd(ctx: Context, sp: Span & { text: string }): Resolution | null {
  const from = Math.max(0, sp.start - 80);
  // Read of the words before the mention alone: an incremental analysis keeps it (../windowCache).
  const m = aroundSpan('conjunct-before', ctx.text, sp, 80, 0, () => {
    const window = ctx.text.slice(from, sp.start);
    return endsInWordAndSpace(window, 'and') ? CONJUNCT_BEFORE.exec(window) : null;
  });
  if (!m) return null;
  const first = spaceSeparated(m[1]);
  const last = first[first.length - 1];
  const left = { start: from + m.index, end: from + m.index + m[1].trimEnd().length };
  const leftAt = mentionAt(ctx, left);
  if (ORG_WORDS.test(last) || /^\p{Lu}{2,}\.?$/u.test(last) || leftAt?.entity.type === 'organization' || leftAt?.entity.type === 'person') return null;
  const name = `${first.join(' ')} and ${withoutPossessive(sp.text.trim())}`;
  const ws = spaceSeparated(name);
  if (!CAPITALISED_NAME.test(name) || !ORG_WORDS.test(ws[ws.length - 1])) return null;
  const e = entityByName(ctx, name) ?? entityNamed(ctx, 'organization', name);
  if (e.type !== 'organization') return null;
  const whole = { start: left.start, end: sp.end, text: ctx.text.slice(left.start, sp.end) };
  const at = mentionAt(ctx, sp);
  if (leftAt) reassign(ctx, whole, leftAt.entity, e);
  reassign(ctx, whole, at?.entity ?? null, e);
  return { entity: e, how: 'named' };
}

// The writer's words that introduce a quotation inside a claim's content: "Sen. Ann Lee scolded him: “".
const LEAD_IN = /^[^“”"«»:]{1,200}:\s*(?=[“"«])/u;

/** A claim's content without the writer's lead-in before its quotation, whose names are the writer's. */
function withoutLeadIn(text: string, span: Span): Span {
  const m = LEAD_IN.exec(text.slice(span.start, Math.min(span.end, span.start + 220)));
  return m && span.start + m[0].length < span.end ? { start: span.start + m[0].length, end: span.end } : span;
}

/** Keeps ctx.spoken in text order; speakers arrive in claim order, nearly always already sorted. */
function addSpoken(ctx: Context, r: Referent): void {
  let i = ctx.spoken.length;
  while (i > 0 && ctx.spoken[i - 1].at > r.at) i--;
  ctx.spoken.splice(i, 0, r);
}

// A word before a name that makes it oblique: a preposition ("against Romney", "with Lee").
const OBLIQUE_BEFORE = /\b(?:against|with|of|to|for|by|from|about|at|in|on|like|than|over|under|between|toward|towards|beside|behind)\s+(?:(?:the|a|an)\s+)?(?:\S+\s+){0,2}$/i;

/**
 * Whether a name mention is possessive or follows a preposition. The words around it decide, so an incremental
 * analysis keeps the answer while they stay as they were (../windowCache).
 */
function obliqueName(text: string, m: Mention): boolean {
  return aroundSpan('oblique-name', text, m, 30, 3, () => {
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    const possessive = /^['’]s?\b/u.test(text.slice(m.end, m.end + 3)) || /['’]s?$/u.test(m.text);
    return possessive || OBLIQUE_BEFORE.test(before.split(/[,.;:!?]/).pop() ?? '');
  });
}

/** Person and organization names outside quotations, in text order, with their grammatical role. */
function referents(ctx: Context): Referent[] {
  const out: Referent[] = [];
  for (const e of ctx.entities) {
    if (!REFERENT_TYPES.has(e.type) || FUNCTION_NAMES.has(fold(e.name))) continue;
    for (const m of e.mentions) {
      if (ctx.quoted.contains(m)) continue;
      out.push({ at: m.start, entity: e, spoke: false, oblique: obliqueName(ctx.text, m) });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * A lone surname the tagger typed as an organization ("Trump" beside "Donald Trump") is that person's: its
 * mentions join the one person of the article with that surname, when the word does not look like an
 * organization's name. Done before any look-up is built, so every stage sees the merged person.
 */
function surnamesToPeople(ctx: Context): void {
  const { surnames } = nameIndex(ctx);
  let moved = false;
  for (const e of ctx.entities) {
    const name = withoutPossessive(e.name);
    if (e.type !== 'organization' || /\s/.test(name) || looksLikeOrganization(name)) continue;
    const people = surnames.get(fold(name)) ?? [];
    if (people.length !== 1) continue;
    const person = people[0];
    person.mentions = [...person.mentions, ...e.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    e.mentions = [];
    moved = true;
  }
  // The name index was built with the organization in it.
  if (moved) ctx.names = undefined;
}

// Focusing adverbs that may open the sentence before a group, and "other": "Even Republicans who …", "Other
// Liberals said".
const ADVERBS_BEFORE_GROUP = words('even only just also other');
/**
 * The plural of a doer's noun ("Skeptics", "Insiders", "Detractors", "Loyalists"): a speaker written so, that
 * no name list knows and no other name of the article ends in, is a group, not a person's surname.
 */
const DOER_PLURAL = /^\p{Lu}\p{Ll}+(?:er|or|ist|ic|ant|ent|ian)s$/u;

/**
 * Named speakers no entity covers become entities, fullest names first, so that a later bare surname joins
 * the full name written elsewhere.
 */
function createNamedSpeakers(ctx: Context, drafts: DraftClaim[]): void {
  // A capitalised word in -s whose cue agrees only with a plural ("Wardens say") names a group, not a person.
  const pluralSubjects = new Set(drafts.filter((d) => d.speaker && d.cue && agreesOnlyWithPlural(d.cue.text)).map((d) => d.speaker));
  const named = drafts.map((d) => d.speaker).filter((sp): sp is NonNullable<typeof sp> => !!sp && sp.form === 'name' && !entityAt(ctx, sp));
  named.sort((a, b) => spaceSeparated(bareName(b.text)).length - spaceSeparated(bareName(a.text)).length || a.start - b.start);
  const lowerWords = new LowerCaseWords(ctx.text, ctx.lines);
  // "Analysts said", "Scorers:": a capitalised common noun that opens the sentence is nobody's name.
  const commonNoun = (phrase: string): boolean => {
    // "many Republicans", "Even Democrats": lower-case words and an adverb before the noun do not make it a name.
    let ws = spaceSeparated(phrase);
    // "Most Liberals", "Two-thirds of Wardens", "Half of the Greens": a count of a group is that group's.
    if (ws.length > 1 && isCountWord(ws[0])) {
      ws = ws.slice(1);
      if (ws.length > 1 && ws[0].toLowerCase() === 'of') ws = ws.slice(1);
      if (ws.length > 1 && ws[0].toLowerCase() === 'the') ws = ws.slice(1);
      if (ws.length === 1 && /^\p{Lu}/u.test(ws[0]) && /s$/.test(ws[0])) return true;
    }
    const name = ws.length === 2 && (/^\p{Ll}/u.test(ws[0]) || ADVERBS_BEFORE_GROUP.has(ws[0].toLowerCase())) ? ws[1] : ws.join(' ');
    if (/\s/.test(name)) return false;
    const w = name.toLowerCase();
    // "None showed …": an indefinite pronoun.
    if (INDEFINITE_PRONOUNS.has(w)) return true;
    // "a survey in September that said …": a time word that is no given name ("April" may be one).
    if (wordClass(w).includes('T') && !genderOfGivenName(w)) return true;
    // "Census-takers", "Harbour-born", "Anti-toll": a compound with a lower-case part after its
    // hyphen is a description ("Jean-Marie", "Abu-Laban" stay names).
    if (/^\p{Lu}[\p{L}.]*-\p{Ll}/u.test(name)) return true;
    const singular = w.replace(/s$/, '');
    if (isRoleNoun(w) || isRoleNoun(singular) || FUNCTION_NAMES.has(w) || isPoliticalCamp(w)) return true;
    // A common plural ("Unions said", "Nurses say"): people named by what they are.
    if (PLURAL_NOUN.test(w) && isCommonWord(w)) return true;
    // "Video shows …", "Research suggests …": evidence that speaks is no one's name; "Bill" still is.
    if (isEvidenceNoun(w) && !genderOfGivenName(w)) return true;
    // A dictionary word with no name reading ("traders", "bowling") or a demonym ("Palestinians").
    if ([w, singular].some((x) => wordClass(x) === 'w') || wordClass(w).includes('D')) return true;
    if (DOER_PLURAL.test(name) && wordClass(w) === '' && !genderOfGivenName(w)) return true;
    return lowerWords.has(w);
  };
  for (const sp of named) {
    const name = bareName(sp.text);
    if (!/\p{Lu}/u.test(name) || /^\p{Ll}/u.test(spaceSeparated(sp.text).pop() ?? '') || entityByName(ctx, name) || commonNoun(name)) continue;
    if (pluralSubjects.has(sp) && /^\p{Lu}\p{Ll}+s$/u.test(name) && !genderOfGivenName(name)) continue;
    const type = looksLikeOrganization(name) ? 'organization' : 'person';
    const id = entityId(type, name);
    if (ctx.byId.has(id)) continue;
    registerName(ctx, entityNamed(ctx, type, name), name, true);
  }
}

/** An embedded post's "(@handle)" after the name is another mention of the speaker. */
function addHandle(ctx: Context, d: DraftClaim, e: Entity): void {
  const sp = d.speaker;
  if (!sp) return;
  const m = /^\s*\((@[\p{L}\p{N}_]+)\)/u.exec(ctx.text.slice(sp.end, sp.end + 60));
  if (!m) return;
  const start = sp.end + m[0].indexOf('@');
  addMention(ctx, e, { start, end: start + m[1].length, text: m[1], form: 'handle' });
}
