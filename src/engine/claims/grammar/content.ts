// Content boundaries: where the words a cue reports start and end.
import { ADVERBIAL_AFTER_CUE, APOSTROPHE_S, BE_FORMS, DAY_NAMES, FINITE_AUXILIARIES, IRREGULAR_PAST, NEGATION, OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, SENTENCE_ADVERBS, SUBJECT_PRONOUNS, SUBORDINATORS, TIME_DETERMINERS } from '../../lexicon/closedClass';
import { CAPITALISED } from '../../entities/nameShapes';
import { isLyAdverb } from '../../lexicon/adverbs';
import { cueVerb, isParticiple } from '../../lexicon/speech';
import { words } from '../../lexicon/words';
import { BETWEEN, isCountWord, speakerAfter, speakerBefore, type SpeakerPhrase } from '../speakers';
import { COMPLEMENT_PREPOSITIONS, catenativeStart, ofBelongsToCue, particleBelongsToCue, toBelongsToCue, type CueHit } from './cues';
import { lw, PAST_FORM, type LineCtx } from './context';

/** Time words and adverbs that may follow a cue before its content: "said on Tuesday", "said again". */
const TIME_WORDS = words(DAY_NAMES, `
  today yesterday tonight recently earlier later again
  also repeatedly publicly privately previously then afterward afterwards separately once now simply flatly
  bluntly this last week month year morning afternoon evening night weekend late early 's ’s`);
// Time words that are a time only before another ("said late Wednesday", "said early last week").
const TIME_MODIFIERS = words('late early');
/**
 * Hearers a speech verb may name before its content ("told reporters that …"); "the" opens a hearer only
 * with the phrase after it ("told the committee that …").
 */
const HEARERS = words(`
  reporters journalists supporters lawmakers voters viewers listeners members students delegates officials
  senators congress parliament the`);
// Words after which an article stays inside the hearer: "told the head of the union", "the pilots and the crews".
const HEARER_LINKS = words(ADVERBIAL_AFTER_CUE, 'and or of');
// What follows a hearer that is the subject of the content: "urged him to resign", "warned Lee against …".
const OBJECT_COMPLEMENT = /^(to|of|against)$/;
// Articles and possessives: after a verb they open its object or the subject of its clause.
const NP_OPENERS = words('the a an', POSSESSIVE_DETERMINERS);
// How far after a cue its "that" is looked for, and how long a leading adverbial after the cue may be.
const THAT_REACH = 12;
const ADVERBIAL_REACH = 9;
// A coordinator before a "that" opens a second clause of the content ("said the plan would help but that …").
const COORDINATOR = /^(but|and|or)$/;

/**
 * The last token of a hearer that opens with "the" and a name ("told the AP her group …", "told The New York
 * Times he …"): the name ends the hearer, and what follows is the content.
 */
function namedHearerEnd(ctx: LineCtx, start: number, last: number): number {
  const { tokens } = ctx;
  // "told the pilots the pier was safe": a second article right after a noun opens the clause's subject.
  for (let k = start + 2; k <= last; k++) if (NP_OPENERS.has(lw(ctx, k)) && tokens[k - 1].kind === 'word' && !HEARER_LINKS.has(lw(ctx, k - 1))) return k - 1;
  if (lw(ctx, start) !== 'the' || !CAPITALISED.test(tokens[start + 1]?.text ?? '')) return last;
  let k = start + 1;
  while (k < last && CAPITALISED.test(tokens[k + 1].text)) k++;
  return k;
}

// Pronouns that can only be a subject: one after a hearer opens the clause reported to it.
const SUBJECT_ONLY_PRONOUNS = words('he she they we i');
// How far past the hearer's first word such a pronoun is looked for ("told a town hall in Ohio on Monday she …").
const HEARER_REACH = 10;
// Words that open a question, a relative or an adverbial clause after the hearer: a pronoun past them is that
// clause's ("asked Lee whether she …", "told voters who wonder why he …", "told aides as he left").
const CLAUSE_AFTER_HEARER = words('if whether how what which who whom whose why where when as while because about with');

/**
 * Where the clause told to a hearer starts when its subject is a pronoun and no "that" comes first: "told a
 * packed hall in Oslo they would …", "told the pilots she …". The hearer and its adverbials are read up to the
 * pronoun; a clause mark, a quotation, a complement ("to", "of") or a clause opener first leaves the start as it is.
 */
function subjectAfterHearer(ctx: LineCtx, start: number, sentenceEnd: number): number {
  for (let k = start; k < sentenceEnd && k - start < HEARER_REACH; k++) {
    if (ctx.quoted[k] || ctx.tokens[k].kind === 'punct' || OBJECT_COMPLEMENT.test(lw(ctx, k)) || lw(ctx, k) === 'that' || CLAUSE_AFTER_HEARER.has(lw(ctx, k))) return start;
    if (SUBJECT_ONLY_PRONOUNS.has(lw(ctx, k))) return k;
  }
  return start;
}

/**
 * "repeated accusations that …", "hoping to avoid any misstep that …": after a verb that takes no hearer, a
 * lower-case word that is no adverbial (a preposition, a time, an adverb) opens its object, and an infinitive
 * opens the content of a verb that takes one; a later "that" is inside them. A name there may be followed by
 * the "that" of a clause it is the subject of, and is left to the search for "that".
 */
function objectFollows(ctx: LineCtx, cue: CueHit, start: number): boolean {
  const w = lw(ctx, start);
  if (w === 'to') return !!cue.verb?.infinitive;
  if (!cue.verb || cue.verb.takesHearer || NOUN_CLAUSE_VERBS.has(cue.verb.base) || ctx.tokens[start].kind !== 'word' || CAPITALISED.test(ctx.tokens[start].text)) return false;
  // A predicate right after the cue ("a report released last year found that …") makes the cue a noun.
  return w !== 'that' && !ADVERBIAL_AFTER_CUE.has(w) && !TIME_WORDS.has(w) && !SENTENCE_ADVERBS.has(w) && !isLyAdverb(ctx.tokens[start].text) && !opensPredicate(ctx, start, ctx.tokens.length);
}
/**
 * Token k is the noun of a prepositional phrase, at most one word after its determiner ("in her opening remarks",
 * "in a statement"); not of an object ("rejected Lee's claim that …", whose "that" clause is the claim's).
 */
function nounOfAdverbial(ctx: LineCtx, k: number): boolean {
  const inPhrase = (j: number): boolean => NP_OPENERS.has(lw(ctx, j)) && ADVERBIAL_AFTER_CUE.has(lw(ctx, j - 1));
  return inPhrase(k - 1) || (ctx.tokens[k - 1]?.kind === 'word' && inPhrase(k - 2));
}
// Verbs whose object is an attitude noun whose clause is the content: "expressed concern that …".
const NOUN_CLAUSE_VERBS = words('express voice');

/** Where the content after a cue starts: after a hearer, "that", time words or a leading adverbial. */
export function contentStartAfter(ctx: LineCtx, cue: CueHit, sentenceEnd: number): number {
  const { tokens, quoted } = ctx;
  let start = cue.last + 1;
  // "said the world lost a voice that …", "rejected the idea that …", "said he hoped that …": a noun phrase or a
  // clause right after a verb that takes no hearer is the content, and a later "that" is inside it.
  const clauseFollows = start < sentenceEnd && !quoted[start] && (NP_OPENERS.has(lw(ctx, start)) ? !cue.verb?.takesHearer : (SUBJECT_PRONOUNS.has(lw(ctx, start)) && !OBJECT_PRONOUNS.has(lw(ctx, start))) || objectFollows(ctx, cue, start));
  for (let k = start; k < sentenceEnd && k - start < THAT_REACH && !cue.verb?.objectOnly && !clauseFollows; k++) {
    if (quoted[k]) break;
    // "… to accomplish that." — a "that" ending the sentence is a pronoun, not the complementizer.
    if (lw(ctx, k) === 'that' && k + 1 < sentenceEnd && !/^[.!?;]$/.test(ctx.tokens[k + 1].text)) return k;
    if (tokens[k].kind === 'punct' ? tokens[k].text !== ',' && !/^['’]/.test(tokens[k].text) : COORDINATOR.test(lw(ctx, k))) break;
    // "who proposed the measure, told reporters that …": a "that" past another cue is that cue's; a cue's form
    // after a determiner is a noun ("said in her opening remarks that …").
    if (k > start && cueVerb(lw(ctx, k))?.strong && !nounOfAdverbial(ctx, k)) break;
  }
  if (cue.verb?.takesHearer && start < sentenceEnd && !quoted[start]) {
    const object = start;
    if (OBJECT_PRONOUNS.has(lw(ctx, start)) || (HEARERS.has(lw(ctx, start)) && lw(ctx, start) !== 'the')) start++;
    else {
      const hearer = speakerAfter(tokens, start, sentenceEnd, quoted);
      if (hearer && (hearer.form === 'name' || lw(ctx, start) === 'the')) start = namedHearerEnd(ctx, start, hearer.last) + 1;
    }
    // "urged him to resign", "warned China against …": the object is the subject of the reported matter,
    // and annotators draw it in the content.
    if (start > object && OBJECT_COMPLEMENT.test(lw(ctx, start))) start = object;
    else start = subjectAfterHearer(ctx, start, sentenceEnd);
  }
  if (start === cue.last + 1 && start < sentenceEnd && !quoted[start] && (ofBelongsToCue(ctx, cue.last) || toBelongsToCue(ctx, cue.last) || particleBelongsToCue(ctx, cue.last))) start++;
  // "said this week that …"; "this" or "last" alone opens the content ("believe this provides …").
  const timeLead = start;
  let time = start;
  while (time < sentenceEnd && !quoted[time] && TIME_WORDS.has(lw(ctx, time)) && !APOSTROPHE_S.test(lw(ctx, time)) && (!(TIME_DETERMINERS.has(lw(ctx, time)) || TIME_MODIFIERS.has(lw(ctx, time))) || TIME_WORDS.has(lw(ctx, time + 1)))) time++;
  // A time with a possessive opens the content's noun phrase ("called Friday’s decision a win", "said last week’s vote …").
  if (!(time > start && APOSTROPHE_S.test(lw(ctx, time)))) start = time;
  // "said last year was hard": a time right before a predicate is the subject of the content.
  if (start > timeLead && opensPredicate(ctx, start, sentenceEnd)) start = timeLead;
  // "declined to comment", "urged the council to act": "to" there opens the infinitive that is the content.
  const infinitive = lw(ctx, start) === 'to' && (cue.verb?.infinitive || start > cue.last + 1);
  // "complained about the fees": the content is the object of a preposition right after the verb. Not after
  // "say", whose prepositional phrases are adverbials ("said on the show", "said of the plan"), nor before a
  // time ("announced on Tuesday he …").
  const complement = cue.verb && cue.verb.base !== 'say' && COMPLEMENT_PREPOSITIONS.has(lw(ctx, start));
  // "complained about the fog horn, …", "warned against the plan, …": these take their verb's topic, no adverbial.
  const topic = complement && TOPIC_PREPOSITIONS.has(lw(ctx, start));
  if (start < sentenceEnd && !quoted[start] && ADVERBIAL_AFTER_CUE.has(lw(ctx, start)) && !infinitive && !topic) {
    for (let k = start + 1; k < sentenceEnd && k - start < ADVERBIAL_REACH; k++) {
      if (quoted[k]) break;
      // A comma between digits ("51,000") is no clause mark.
      if (tokens[k].text === ',' && tokens[k - 1].kind === 'number' && tokens[k + 1]?.kind === 'number') continue;
      if (tokens[k].text === ',' || tokens[k].text === ':') return afterRelativeClause(ctx, k + 1, sentenceEnd);
    }
  }
  if (complement && start === cue.last + 1 && start + 1 < sentenceEnd && !quoted[start] && !TIME_WORDS.has(lw(ctx, start + 1))) start++;
  return quotationAfterLeadIn(ctx, start, sentenceEnd);
}

// Relatives that open a clause about the adverbial's place, time or thing ("responded from City Hall, where …").
const ADVERBIAL_RELATIVES = words('where when which who whom whose');

/**
 * The content's start after an adverbial and its comma: past a relative clause about the adverbial, set off by
 * commas ("said in Oslo, where she lives, that …"); the sentence's end when the clause runs to it ("responded
 * from City Hall, where she is hosting …": no content).
 */
function afterRelativeClause(ctx: LineCtx, start: number, sentenceEnd: number): number {
  if (start >= sentenceEnd || ctx.quoted[start] || !ADVERBIAL_RELATIVES.has(lw(ctx, start))) return start;
  for (let k = start + 1; k < sentenceEnd; k++) if (!ctx.quoted[k] && ctx.tokens[k].text === ',') return k + 1;
  return sentenceEnd;
}

// Prepositions that after a cue verb other than "say" open its topic, never an adverbial of the occasion.
const TOPIC_PREPOSITIONS = words('about against');
// How many words a lead-in before a colon and a quotation may have ("added warily: “…”", "added a caveat: “…”").
const COLON_LEAD_IN_WORDS = 2;
// How many words a lead-in before a quotation may have ("told her supporters again, “…”").
const LEAD_IN_REACH = 12;
// Words that open a clause or phrase of the content rather than a lead-in ("said that, “…”", "said he, “…”").
const CONTENT_OPENERS = words('that whether to and but or', SUBJECT_PRONOUNS, OBJECT_PRONOUNS, SUBORDINATORS, ADVERBIAL_AFTER_CUE);
// A quotation in double marks opening with a capital is a sentence of its own; one in lower case ("…, “strongly
// encouraged me …”") goes on with the writer's clause, and single marks quote a phrase or a headline's words.
const SENTENCE_QUOTATION = /^(["“]|'')\s*\p{Lu}/u;
// An example list goes on into the quotation: "things such as, “…”".
const LIST_LEADS = words('including like as');

/**
 * "told her supporters, “I still love …”", "released a statement saying, “…”": words up to a comma (or a colon) before a
 * quotation that hold no verb of their own are the hearer, the medium or a manner, and the quotation alone is
 * the content. A clause there ("said the plan would fail, “not by a long shot”") stays part of it.
 */
function quotationAfterLeadIn(ctx: LineCtx, start: number, sentenceEnd: number): number {
  const { tokens, quoted } = ctx;
  if (start >= sentenceEnd || quoted[start] || tokens[start].kind !== 'word' || CONTENT_OPENERS.has(lw(ctx, start))) return start;
  for (let k = start + 1; k + 1 < sentenceEnd && k - start <= LEAD_IN_REACH && !quoted[k]; k++) {
    // Before a colon only a word or two is a lead-in ("tweeted this: “…”", "added a caveat: “…”"); a longer
    // object there is the content that the quotation spells out ("revealed a few facts about the vote: “…”").
    if (tokens[k].text !== ',' && (tokens[k].text !== ':' || k - start > COLON_LEAD_IN_WORDS)) {
      // A verb or a coordinated one ("supported Obama and said, “…”") makes the words before the comma content, and
      // a speech verb in -ing ("footage of Roe saying, “…”") is a cue of its own, whose speaker stands before it.
      if (COORDINATOR.test(lw(ctx, k)) || (opensPredicate(ctx, k, sentenceEnd) && !PREDICATE_ADVERBS.has(lw(ctx, k))) || (isParticiple(tokens[k].text) && !!cueVerb(lw(ctx, k)))) return start;
      continue;
    }
    return quoted[k + 1] && SENTENCE_QUOTATION.test(ctx.s.slice(ctx.quotes[ctx.quoteOf[k + 1]].start)) && !LIST_LEADS.has(lw(ctx, k - 1)) ? k + 1 : start;
  }
  return start;
}

// Relative pronouns after a comma: their clause may sit inside the reported clause.
const RELATIVE_AFTER_COMMA = /^(which|who|whom|whose)$/;
// The most tokens a relative clause set off by commas may span inside the content.
const RELATIVE_REACH_TOKENS = 30;

/**
 * The comma closing a relative clause that opens at token `rel`, when the reported clause's predicate resumes right
 * after it ("…, which closed the pier …, shows …"); -1 when the clause runs on or no predicate follows.
 */
function relativeResumes(ctx: LineCtx, rel: number, end: number): number {
  for (let k = rel + 1; k < end && k - rel <= RELATIVE_REACH_TOKENS; k++) {
    if (ctx.quoted[k]) continue;
    if (lw(ctx, k) === ';') return -1;
    if (lw(ctx, k) === ',') return opensPredicate(ctx, k + 1, end) ? k : -1;
  }
  return -1;
}

// After a comma these open a clause, relative clause or appositive that the speaker did not say.
const CLAUSE_AFTER_COMMA = /^(but|however|although|though|whereas|compared|putting|prompting|which|who|whom|whose|where|a|an)$/;
// After ", but" these go on with the reported clause: "not only …, but also …", "…, but that …", "…, but not …", and
// a modal or auxiliary with no subject of its own continues its predicate ("they had doubts, but could not …").
const BUT_CONTINUES = /^(also|only|not|rather|that|instead|could|would|can|will|should|might|may|must|did|does|do|was|were|is|are|has|have|had|couldn['’]t|wouldn['’]t|can['’]t|won['’]t|didn['’]t|doesn['’]t|don['’]t|wasn['’]t|weren['’]t|isn['’]t|aren['’]t|hasn['’]t|haven['’]t|hadn['’]t)$/;
/** "not only …" / "not just …" between tokens from and k: a ", but …" after it completes the pair. */
function notOnlyBefore(ctx: LineCtx, from: number, k: number): boolean {
  for (let j = from; j + 1 < k; j++) if (lw(ctx, j) === 'not' && /^(only|just|merely)$/.test(lw(ctx, j + 1))) return true;
  return false;
}

// After a comma these go on with the phrase before it: "a ban on cloning, including …", "voters, especially …".
const LIST_CONTINUERS = words('including especially particularly such');
/** Token k is a comma that closes a clause: no example list or emphasis goes on after it. */
export function clauseComma(ctx: LineCtx, k: number): boolean {
  return ctx.tokens[k].text === ',' && !LIST_CONTINUERS.has(lw(ctx, k + 1));
}

// "… when asked about the loan": the question put to the speaker is a claim of its own.
const ASKED_LEAD = /^(when|after|if|once)$/;
// Before a coordinated cue with a speaker of its own: "…, and three-quarters said …".
const OWN_SPEAKER_LINK = /^(and|but|,)$/;

/**
 * Where the content of a cue ends: at the sentence end, or before a coordinated cue of the same speaker
 * ("… and added that …", "…, saying …", "… — asserting …").
 */
export function contentEnd(ctx: LineCtx, from: number, sentenceEnd: number, cues: CueHit[]): number {
  let end = sentenceEnd;
  // The cue whose content this is: the last verb cue before it.
  const main = cues.filter((c) => c.verb && c.last < from).pop();
  // A clause break: ", but …", ", however …", "… while …".
  for (let k = from + 1; k < end; k++) {
    if (ctx.quoted[k]) continue;
    const w = lw(ctx, k);
    const n = lw(ctx, k + 1);
    // "that the toll, which some have argued was a ploy, was an insult": a relative clause set off by
    // commas inside the reported clause, whose predicate resumes after it, is part of the content.
    if (w === ',' && RELATIVE_AFTER_COMMA.test(n)) {
      const resumes = relativeResumes(ctx, k + 1, end);
      if (resumes > 0) {
        k = resumes;
        continue;
      }
    }
    if ((w === ',' && CLAUSE_AFTER_COMMA.test(n) && !(n === 'but' && (BUT_CONTINUES.test(lw(ctx, k + 2)) || notOnlyBefore(ctx, from, k)))) || w === ';') {
      end = k;
      break;
    }
    // "…, according to a poll": a source of its own closes the content.
    if (w === 'according' && n === 'to') {
      end = lw(ctx, k - 1) === ',' ? k - 1 : k;
      break;
    }
    if (ASKED_LEAD.test(w) && n === 'asked' && !ctx.quoted[k + 1]) {
      end = lw(ctx, k - 1) === ',' ? k - 1 : k;
      break;
    }
    // "…, while …" sets a clause of the writer's against the content; without its comma "while" goes on with
    // the reported clause ("raised the wage while governor"), and so does one opening it ("said that while …, …").
    if (w === 'while' && !ctx.quoted[k - 1] && k !== from && lw(ctx, k - 1) === ',') {
      end = k - 1;
      break;
    }
  }
  for (const c of cues) {
    if (c.first <= from || c.first >= end || !c.verb) continue;
    // Another attribution with its own speaker: "…, and three-quarters said …".
    const own = speakerBefore(ctx.tokens, c.first, from, ctx.quoted);
    if (own && own.first - 1 > from && OWN_SPEAKER_LINK.test(lw(ctx, own.first - 1)) && !isParticiple(ctx.tokens[c.first].text) && !(main?.verb?.strong && coordinatedSubject(ctx, from, own))) {
      let e = own.first - 1;
      if (lw(ctx, e) !== ',' && lw(ctx, e - 1) === ',') e--;
      return quoteClauseEnd(ctx, from, e);
    }
    // "… and seemed to think …": a catenative before the cue stands with it.
    const catenative = catenativeStart(ctx, c.first, from);
    let k = (catenative > from ? catenative : c.first) - 1;
    while (k > from && BETWEEN.has(lw(ctx, k))) k--;
    const w = lw(ctx, k);
    const commaQuote = ctx.quoted[k] && /,["”’']?$/.test(ctx.s.slice(ctx.tokens[k - 1]?.start ?? 0, ctx.tokens[k].end));
    if (w === 'and' || w === 'but' || ((w === ',' || w === '—' || w === '–' || commaQuote) && isParticiple(ctx.tokens[c.first].text))) {
      if (commaQuote) return k + 1;
      // "said they would expand the program and push for reform": a verb that does not agree with the cue's goes
      // on with the reported clause, unless it is a speech verb ("… and says he will …") or a comma sets it off.
      if ((w === 'and' || w === 'but') && lw(ctx, k - 1) !== ',' && !c.verb.strong && main && !sameInflection(ctx, main.first, k + 1, c.first)) continue;
      let e = k;
      if ((w === 'and' || w === 'but') && lw(ctx, k - 1) === ',') e = k - 1;
      return quoteClauseEnd(ctx, from, e);
    }
  }
  return quoteClauseEnd(ctx, from, end);
}

// Irregular past forms of verbs that report ("said", "wrote"), beside the finite ones that resume a clause.
const PAST_AUXILIARIES = words('was were had did');
const PRESENT_AUXILIARIES = words('is are has have does do');
const MODALS = words('will would can could may might should must');

/** How a verb is inflected: past, present (-s or a present auxiliary), -ing, base form, or null for a modal. */
function inflection(ctx: LineCtx, k: number): 'past' | 'present' | 'ing' | 'base' | null {
  const w = lw(ctx, k);
  if (MODALS.has(w)) return null;
  if (PAST_AUXILIARIES.has(w) || w === 'said' || IRREGULAR_PAST.has(w) || PAST_FORM.test(w)) return 'past';
  if (PRESENT_AUXILIARIES.has(w)) return 'present';
  if (/ing$/.test(w)) return 'ing';
  return /[^s]s$/.test(w) ? 'present' : 'base';
}

/**
 * Whether a verb coordinated after the content (its first word, auxiliary or adverb aside, from token `from`
 * to its cue token `verb`) is inflected as the cue's verb (token `mainVerb`): "said … and added", "says … and
 * calls", "has called … and proposed" share a speaker; "said they would expand … and push" does not.
 */
function sameInflection(ctx: LineCtx, mainVerb: number, from: number, verb: number): boolean {
  let k = from;
  while (k < verb && !FINITE_AUXILIARIES.has(lw(ctx, k)) && BETWEEN.has(lw(ctx, k))) k++;
  const a = inflection(ctx, mainVerb);
  const b = inflection(ctx, k);
  return a === null || b === null || a === b;
}

/** Words after a quotation that start something the speaker did not say ("“…” while he …", "“…,” adding …"). */
const AFTER_QUOTE_BREAKS = words('but though although while whereas — – referring adding saying noting');
/**
 * After a quotation "as" opens the writer's clause only with a subject of its own ("“…” as he faces …"); as a
 * preposition it goes on with the reported words ("“unfit to serve” as president", "“living wills” as required").
 */
function asClauseAt(ctx: LineCtx, k: number): boolean {
  return lw(ctx, k) === 'as' && SUBJECT_PRONOUNS.has(lw(ctx, k + 1));
}
// After a quotation and a comma, an article or relative opens an appositive or a relative clause.
const APPOSITIVE_OPENER = /^(a|an|the|which|who)$/;
// "“…” and he …": a new clause with a pronoun subject.
const PRONOUN_SUBJECT = /^(he|she|they|it|we|i)$/;
/** Subordinators that front a clause inside the content: "that while the firm had been “careless,” no court …". */
const FRONTED_CLAUSE_OPENERS = words('while although though if because when since unless');

/**
 * Where reported content that quotes ends: a quotation closing on a comma (“…,”) closes the clause, and so
 * does a contrast or a new clause after a quotation ("… “excited where we stand” as he faces …").
 */
export function quoteClauseEnd(ctx: LineCtx, from: number, end: number): number {
  const { tokens, quoted, quotes, quoteOf, s } = ctx;
  // A fronted subordinate clause ends at its comma and the main clause follows, so its first “…,” does not
  // close the content.
  let fronted = FRONTED_CLAUSE_OPENERS.has(lw(ctx, lw(ctx, from) === 'that' ? from + 1 : from));
  for (let k = from; k < end; k++) {
    if (!quoted[k] || (k + 1 < end && quoteOf[k + 1] === quoteOf[k])) continue;
    // k is the last token of a quotation inside the content.
    if (k + 1 >= end) return end;
    const q = quotes[quoteOf[k]];
    if (/,["”’'»]$/.test(s.slice(q.start, q.end)) && !commaContinues(ctx, k + 1) && !fronted) return k + 1;
    fronted = false;
    const next = lw(ctx, k + 1);
    // "yelled “You lie!” at the president": a whole sentence quoted right after the cue is the content.
    if (quoted[from] && quoteOf[from] === quoteOf[k] && /[.!?]["”’'»]$/.test(s.slice(q.start, q.end))) return k + 1;
    if (AFTER_QUOTE_BREAKS.has(next) || asClauseAt(ctx, k + 1)) return k + 1;
    if (next === ',' && (AFTER_QUOTE_BREAKS.has(lw(ctx, k + 2)) || asClauseAt(ctx, k + 2) || APPOSITIVE_OPENER.test(lw(ctx, k + 2)))) return k + 1;
    if (next === 'and' && PRONOUN_SUBJECT.test(lw(ctx, k + 2))) return k + 1;
    if (tokens[k + 1].kind === 'punct' && /^[.!?]$/.test(tokens[k + 1].text)) return end;
  }
  return end;
}

// After “…,” these go on with the reported clause: subordinate and comparative links, coordinators.
const CONTINUING_LINKS = /^(because|compared|such|where|with|since|unless|if|including|than|especially|and|or)$/;
// An article or possessive opening the next item of a list of quotations ("a “coward,” a “bully”").
const LIST_ITEM_OPENER = /^(a|an|the|his|her|their|its)$/;

/**
 * After “…,” the reported clause goes on with a subordinate or comparative link ("“…,” because …", "“…,”
 * compared to …"), a coordinated clause ("“…,” and the deficit …") or the next item of a list of quotations
 * ("a “coward,” a “bully” and …").
 */
function commaContinues(ctx: LineCtx, k: number): boolean {
  const w = lw(ctx, k);
  if (CONTINUING_LINKS.test(w)) return true;
  return ctx.quoted[k] || (LIST_ITEM_OPENER.test(w) && (ctx.quoted[k + 1] || ctx.quoted[k + 2]));
}

// Words that join the quotations of a list ("called it “immoral,” a “lie” and …").
const LIST_JOINER = /^(,|and|or|a|an|the)$/;
// After a naming verb's quotation, a parenthesis or a dash ends the content.
const NAMING_BREAK = /^[(—–-]$/;
// A word that reads as a verb: a new predicate after "and" ("… “third-rate” and boycotted …").
const VERB_FORM = /^\p{Ll}+(ed|s|ing)$/u;
// What joins a new predicate to the name.
const PREDICATE_LINK = /^(and|or|,)$/;
// Words in -s or -ed after "and" that are no new predicate.
const NOT_A_PREDICATE = words('ways years others his its this has was is');

/**
 * A naming verb's content ends with its quoted name when a new predicate, a parenthesis or a dash follows
 * ("called her “third-rate” and boycotted …" → "her “third-rate”"); quotations listed together stay ("called
 * it “immoral,” a “lie” and …"), and so do modifiers of the name ("“a mistake” because …").
 */
export function namingEnd(ctx: LineCtx, start: number, end: number): number {
  const { quoted, quoteOf } = ctx;
  let k = start;
  while (k < end && !quoted[k]) k++;
  if (k >= end || k - start > 8) return end;
  for (;;) {
    while (k + 1 < end && quoted[k + 1] && quoteOf[k + 1] === quoteOf[k]) k++;
    // Another quotation within a few joining words continues the list.
    let j = k + 1;
    while (j < end && j - k <= 3 && !quoted[j] && LIST_JOINER.test(lw(ctx, j))) j++;
    if (j < end && quoted[j] && j - k <= 3) {
      k = j;
      continue;
    }
    const n = lw(ctx, k + 1);
    const n2 = lw(ctx, k + 2);
    const verbish = VERB_FORM.test(n2) || !!cueVerb(n2);
    if (NAMING_BREAK.test(n) || (PREDICATE_LINK.test(n) && verbish && !NOT_A_PREDICATE.has(n2))) return k + 1;
    return end;
  }
}

// Adverbs that may stand before a predicate: "…, he said, also has …".
const PREDICATE_ADVERBS = words('also still now just already only never not even really likely probably');

/** Token k opens a predicate (after optional adverbs): an auxiliary or modal, a negated one, or a past verb. */
export function opensPredicate(ctx: LineCtx, k: number, end: number): boolean {
  while (k < end && !ctx.quoted[k] && PREDICATE_ADVERBS.has(lw(ctx, k))) k++;
  if (k >= end || ctx.quoted[k] || ctx.tokens[k].kind !== 'word') return false;
  const w = lw(ctx, k);
  return FINITE_AUXILIARIES.has(w) || BE_FORMS.has(w) || NEGATION.test(w) || IRREGULAR_PAST.has(w) || PAST_FORM.test(ctx.tokens[k].text);
}

// After these a predicate belongs to a clause inside the content: relatives, coordinators, subordinators.
const CLAUSE_LINKS = words('that which who whom whose and or but', SUBORDINATORS);
// Before a verb these make it part of a verb group or a noun phrase, not the start of a predicate.
const NO_PREDICATE_BEFORE = words(FINITE_AUXILIARIES, BE_FORMS, NP_OPENERS, 'to');

/** A predicate starts at token k: a finite or past verb that no auxiliary, adverb or determiner leads into. */
function predicateAt(ctx: LineCtx, k: number): boolean {
  const prev = lw(ctx, k - 1);
  if (NO_PREDICATE_BEFORE.has(prev) || NEGATION.test(prev) || PREDICATE_ADVERBS.has(prev) || isLyAdverb(ctx.tokens[k - 1]?.text ?? '')) return false;
  return opensPredicate(ctx, k, k + 1);
}

/**
 * Where the sentence's own predicate resumes after the clause of a speech noun in its subject ("The union's
 * warning that wages would fall | was ignored by the board"): the first predicate once the clause from token
 * `from` and every clause linked inside it have had theirs; -1 when none follows.
 */
export function resumedPredicate(ctx: LineCtx, from: number, end: number): number {
  let open = 1;
  for (let k = from + 1; k < end; k++) {
    if (ctx.quoted[k]) continue;
    if (CLAUSE_LINKS.has(lw(ctx, k))) open++;
    else if (predicateAt(ctx, k)) {
      if (open === 0) return k;
      open--;
    }
  }
  return -1;
}

/**
 * "said the storms and rising costs demand …", "said the harbour board and the ferry union want …": an "and" (no comma
 * before it) that the content from `from` reaches before any predicate of its own joins a second subject, a
 * description, to the reported clause; the cue after it is that clause's verb, not a claim of its own. A name,
 * a pronoun or a count there ("… and 14 percent said …") opens a clause of its own.
 */
function coordinatedSubject(ctx: LineCtx, from: number, own: SpeakerPhrase): boolean {
  const link = own.first - 1;
  if (own.form !== 'descriptor' || isCountWord(lw(ctx, own.first)) || lw(ctx, link) !== 'and' || lw(ctx, link - 1) === ',') return false;
  return !clauseAfter(ctx, from, link);
}

/** A clause starts at k: "that", or a subject phrase followed by a finite verb or a quotation ("the plan is", "Gates described", "pilots “may …”"). */
export function clauseAfter(ctx: LineCtx, k: number, sentenceEnd: number): boolean {
  if (lw(ctx, k) === 'that') return true;
  const p = speakerAfter(ctx.tokens, k, sentenceEnd, ctx.quoted);
  if (!p) return false;
  if (ctx.quoted[p.last + 1] || opensPredicate(ctx, p.last + 1, sentenceEnd)) return true;
  // "Gates described the fund …": the phrase read after a name may run on into its verb.
  let n = p.first;
  while (n <= p.last && CAPITALISED.test(ctx.tokens[n].text)) n++;
  return n > p.first && n <= p.last && opensPredicate(ctx, n, sentenceEnd);
}

/**
 * "While Ramos said that …, he appears …" / "Barkley, who said …, said …": words before the speaker (or the
 * sentence) that make the cue's clause subordinate, so its content ends at its comma.
 */
export const SUBORDINATE_OPENERS = words('who', SUBORDINATORS);
