// Cue finding: the speech and attitude verbs of a sentence outside its quotations, and "according to".
import { isEvidenceNoun } from '../../lexicon/evidence';
import { CAPITALISED } from '../../entities/nameShapes';
import { APOSTROPHE_S, BE_CONTRACTIONS, BE_FORMS, DAY_NAMES, DETERMINERS, FINITE_AUXILIARIES, NEGATED_BE_FORMS, NEGATION, OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, REFLEXIVE_PRONOUNS, SUBJECT_PRONOUNS, SUBORDINATORS } from '../../lexicon/closedClass';
import { words } from '../../lexicon/words';
import { adjectiveCue, cueVerb, PUT_IT, isCatenative, isNounish, isParticiple, isParticleCatenative, phrasalCue, readsInHeadline, seeAsCue, type CueVerb } from '../../lexicon/speech';
import { BETWEEN, headOf, isMannerAdverb, isModalName, speakerBefore } from '../speakers';
import { PAST_FORM, lw, mention, type LineCtx, type LocalMention } from './context';

/** A cue candidate: tokens first..last (inclusive); no verb for "according to". */
export interface CueHit {
  first: number;
  last: number;
  verb: CueVerb | null;
  /** The copula before an adjective cue ("are" in "are deeply skeptical of"), whose subject speaks. */
  copula?: number;
}

/** Cue candidates of the sentence [sentenceStart, sentenceEnd) outside quotations: speech verbs and "according to". */
export function cuesOf(ctx: LineCtx, sentenceStart: number, sentenceEnd: number): CueHit[] {
  const { tokens, quoted } = ctx;
  const out: CueHit[] = [];
  for (let i = sentenceStart; i < sentenceEnd; i++) {
    if (quoted[i] || tokens[i].kind !== 'word') continue;
    const w = lw(ctx, i);
    if (w === 'according' && lw(ctx, i + 1) === 'to' && i + 1 < sentenceEnd) {
      out.push({ first: i, last: i + 1, verb: null });
      continue;
    }
    if (i === sentenceStart && w === 'in' && pollOpening(ctx, i, sentenceEnd)) {
      out.push({ first: i, last: i, verb: null });
      continue;
    }
    // Idioms whose object "it" stands inside the cue: "made it clear that …", "As Roe put it, …".
    const idiom = madeItClear(ctx, i, sentenceEnd) ?? putIt(ctx, i, sentenceStart, sentenceEnd);
    if (idiom) {
      out.push(idiom);
      continue;
    }
    const adjective = adjectiveAt(ctx, i, sentenceStart, sentenceEnd);
    if (adjective) {
      out.push(adjective);
      continue;
    }
    const v = phrasalCue(w, lw(ctx, i + 1)) ?? cueVerb(w) ?? (asFollows(ctx, i, sentenceEnd) ? seeAsCue(w) : undefined);
    // A capitalised form is a name ("the Washington Post"), except in a title-case headline ("Trump Says …",
    // "Roe Endorses Lee") and a participle opening the sentence ("Citing a report, Roe said …").
    const fronted = i === sentenceStart && /ing$/.test(w) && isParticiple(tokens[i].text);
    if (!v || (CAPITALISED.test(tokens[i].text) && !fronted && !(ctx.headline && readsInHeadline(v, w) && !nounInHeadline(ctx, i)))) continue;
    if (v.particle) {
      // "pushed back by suggesting …": a means after the particle has a cue of its own.
      if (lw(ctx, i + 1) === v.particle && i + 1 < sentenceEnd && lw(ctx, i + 2) !== 'by') out.push({ first: i, last: i + 1, verb: v });
      continue;
    }
    if (v.base === 'continue' && lw(ctx, i + 1) === 'to') continue;
    if (!isSpeechUse(ctx, i, v, sentenceStart)) continue;
    // A negated cue ("did not mention Trump", "has not endorsed a candidate") still attributes: annotators draw
    // it as a claim more often than not.
    out.push({ first: i, last: i, verb: v });
  }
  // "In the survey, 47% say …": a clause with a cue of its own is its speaker's claim, not the poll's.
  if (out.length > 1 && !out[0].verb && lw(ctx, out[0].first) === 'in') out.shift();
  return out;
}

// Words after which a headline's capitalised form is a noun: "Against Claims …", "Over Ferry Comments".
const NOUN_LEADS = words(DETERMINERS, 'against over about of for on in with from by to');

/** A capitalised form in a headline that is a noun as well reads as one after a preposition or before an auxiliary ("Fare Plans Would …"). */
function nounInHeadline(ctx: LineCtx, i: number): boolean {
  return isNounish(ctx.tokens[i].text) && (NOUN_LEADS.has(lw(ctx, i - 1)) || FINITE_AUXILIARIES.has(lw(ctx, i + 1)) || BE_FORMS.has(lw(ctx, i + 1)));
}

// Degree words between "made it" and "clear": "made it abundantly clear that …".
const CLEAR_DEGREES = words('very quite perfectly abundantly crystal absolutely');

/** "made it (abundantly) clear that …": the phrasal cue "made clear" with its object "it" inside, one cue. */
function madeItClear(ctx: LineCtx, i: number, sentenceEnd: number): CueHit | null {
  if (lw(ctx, i + 1) !== 'it') return null;
  const clear = CLEAR_DEGREES.has(lw(ctx, i + 2)) ? i + 3 : i + 2;
  const verb = clear < sentenceEnd && !ctx.quoted[clear] ? phrasalCue(lw(ctx, i), lw(ctx, clear)) : undefined;
  return verb?.particle === 'clear' && !CAPITALISED.test(ctx.tokens[i].text) ? { first: i, last: clear, verb } : null;
}

// Forms of "put" in "put it"; what may follow "it" before the colon of "put it this way: …".
const PUT_FORMS = words('put puts putting');
const PUT_IT_MANNER = words('this that another way best simply bluntly succinctly plainly');
// How far before "put it" the "as" of "As Roe put it" may stand: the speaker's phrase between them.
const AS_REACH = 8;

/**
 * "As Roe put it (in a memo), …", "Roe put it bluntly: “…”": "put it" of speech at token i, one cue. Only after an
 * "as" that opens the clause of its speaker, or before a colon or a comma and a quotation; "put it on hold" is none.
 */
function putIt(ctx: LineCtx, i: number, sentenceStart: number, sentenceEnd: number): CueHit | null {
  if (!PUT_FORMS.has(lw(ctx, i)) || lw(ctx, i + 1) !== 'it' || i + 1 >= sentenceEnd || ctx.quoted[i + 1]) return null;
  let as = i - 1;
  while (as >= sentenceStart && i - as <= AS_REACH && !ctx.quoted[as] && lw(ctx, as) !== 'as' && (ctx.tokens[as].kind === 'word' || /^[.'’]$/.test(ctx.tokens[as].text))) as--;
  const afterAs = as >= sentenceStart && i - as <= AS_REACH && lw(ctx, as) === 'as';
  let k = i + 2;
  while (k < sentenceEnd && !ctx.quoted[k] && (PUT_IT_MANNER.has(lw(ctx, k)) || isMannerAdverb(ctx.tokens[k]))) k++;
  const lead = lw(ctx, k) === ':' || (lw(ctx, k) === ',' && !!ctx.quoted[k + 1]);
  return afterAs || lead ? { first: i, last: i + 1, verb: PUT_IT } : null;
}

// "In a Reuters/Ipsos poll released Friday, 40 percent …": a poll or survey opening the sentence is the source of
// the clause after its comma, as with "according to".
const POLL_NOUNS = words('poll polls survey surveys');
// How many tokens the opening phrase may have before its comma.
const POLL_PHRASE_TOKENS = 12;
// The fewest words the clause after the comma needs.
const POLL_CLAUSE_WORDS = 3;

/** "In <a phrase holding a poll>, <a clause>" opens at token i: the poll phrase ends at a comma, a clause follows. */
function pollOpening(ctx: LineCtx, i: number, sentenceEnd: number): boolean {
  let poll = false;
  for (let k = i + 1; k < sentenceEnd && k - i <= POLL_PHRASE_TOKENS; k++) {
    if (ctx.quoted[k]) return false;
    if (ctx.tokens[k].text === ',') {
      let words = 0;
      for (let j = k + 1; j < sentenceEnd && words < POLL_CLAUSE_WORDS; j++) if (ctx.tokens[j].kind === 'word') words++;
      return poll && words >= POLL_CLAUSE_WORDS;
    }
    if (ctx.tokens[k].kind === 'punct' && !/^[-/.'’]$/.test(ctx.tokens[k].text)) return false;
    // "In a memo released as polls closed": the poll must head the phrase, with no verb or clause before it.
    if (!poll && (PAST_FORM.test(ctx.tokens[k].text) || SUBORDINATORS.has(lw(ctx, k)))) return false;
    poll = poll || POLL_NOUNS.has(lw(ctx, k));
  }
  return false;
}

// How many words the object of "see … as" may have before its "as".
// A place or a time between them makes "as" a conjunction: "saw him at the store as we left".
const SCENE_WORDS = words('at in on to from with by for into during after before when while');
const SEE_AS_OBJECT_WORDS = 6;

/** "see him as a threat", "saw the vote as a test": an "as" follows the object of the verb at token i. */
function asFollows(ctx: LineCtx, i: number, sentenceEnd: number): boolean {
  for (let k = i + 2; k < sentenceEnd && k - i <= SEE_AS_OBJECT_WORDS + 1; k++) {
    if (ctx.quoted[k] || ctx.tokens[k].kind !== 'word' || SCENE_WORDS.has(lw(ctx, k))) return false;
    if (lw(ctx, k) === 'as') return true;
  }
  return false;
}

// Copulas before an adjective cue: "is critical of", "remain hopeful that".
const COPULAS = words(BE_FORMS, BE_CONTRACTIONS, 'remain remains remained');
// Adverbs between the copula and the adjective: "are deeply skeptical of", "was not aware that".
export const DEGREE_WORDS = words('not never also still now so very more less most too quite all both');
// What an adjective cue's complement opens with; the prepositions belong to the cue ("critical of").
const ADJECTIVE_COMPLEMENT = /^(that|to|whether)$/;
const ADJECTIVE_PREPOSITION = /^(of|about|over|with)$/;

/** "are deeply skeptical of …", "is hopeful that …": a learned adjective cue at token i after a copula, or null. */
function adjectiveAt(ctx: LineCtx, i: number, sentenceStart: number, sentenceEnd: number): CueHit | null {
  const verb = adjectiveCue(lw(ctx, i));
  if (!verb || i + 1 >= sentenceEnd || ctx.quoted[i + 1]) return null;
  let k = i - 1;
  while (k >= sentenceStart && i - k <= 2 && !ctx.quoted[k] && (DEGREE_WORDS.has(lw(ctx, k)) || NEGATION.test(lw(ctx, k)) || isMannerAdverb(ctx.tokens[k]))) k--;
  if (k < sentenceStart || ctx.quoted[k] || !COPULAS.has(lw(ctx, k))) return null;
  const next = lw(ctx, i + 1);
  if (ADJECTIVE_PREPOSITION.test(next)) return { first: i, last: i + 1, verb, copula: k };
  // "reluctant to endorse", not "critical to the harvest": after "to" a verb, not a noun phrase.
  if (next === 'to' && !infinitiveAt(ctx, i + 2, sentenceEnd)) return null;
  return ADJECTIVE_COMPLEMENT.test(next) ? { first: i, last: i, verb, copula: k } : null;
}

/** Token k can open an infinitive's verb: a lower-case word that opens no noun phrase. */
function infinitiveAt(ctx: LineCtx, k: number, sentenceEnd: number): boolean {
  const t = ctx.tokens[k];
  return k < sentenceEnd && !ctx.quoted[k] && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !DETERMINERS.has(lw(ctx, k)) && !OBJECT_PRONOUNS.has(lw(ctx, k)) && !/(ing|ion|ment|ness|ity)s?$/.test(lw(ctx, k));
}

// Prepositions of place after "found": "found in refrigerants", "found across the region".
const LOCATIVES = words('in at on near across throughout among inside');
// How far a "that" after "found in …" may stand to make it a finding ("found in a survey that …").
const FINDING_THAT_REACH = 8;
const thatFollows = (ctx: LineCtx, k: number): boolean => {
  for (let j = k; j < ctx.tokens.length && j - k < FINDING_THAT_REACH; j++) if (lw(ctx, j) === 'that') return true;
  return false;
};

// What opens the noun that "add to" increases: "added to his lead", "adds to the drama".
const INCREASED = words('the a an this that', POSSESSIVE_DETERMINERS);
// "responded by cutting taxes", "responded with ads": an action answers, not words.
const ACTION_AFTER_RESPOND = /^(by|with)$/;
// Words before an -ed form that make it an adjective when a noun follows: "the convention's pledged delegates".
const ADJECTIVE_LEAD = /^(the|a|an|his|her|their|its|our|my|your|['’]s)$/;
// What may follow a cue verb used as a verb rather than as an adjective before a noun.
const NOT_A_NOUN = words('that to as of about for on in at with by from if whether what how why when');

/**
 * Whether the cue verb at token i is used as speech: not "found itself at the centre" (a reflexive after
 * "find" reports no finding), "responded by cutting taxes", or an -ed form between a determiner and its noun
 * ("the convention's pledged delegates", "his stated goal").
 */
function isSpeechUse(ctx: LineCtx, i: number, v: CueVerb, sentenceStart: number): boolean {
  const next = lw(ctx, i + 1);
  if (v.base === 'find' && REFLEXIVE_PRONOUNS.has(next)) return false;
  // "a fuel found in most harbours": a noun's participle before a place tells where it is, not a finding.
  if (lw(ctx, i) === 'found' && LOCATIVES.has(next) && i - 1 >= sentenceStart && ctx.tokens[i - 1].kind === 'word' && !FINITE_AUXILIARIES.has(lw(ctx, i - 1)) && !BE_FORMS.has(lw(ctx, i - 1)) && !SUBJECT_PRONOUNS.has(lw(ctx, i - 1)) && !thatFollows(ctx, i + 2)) return false;
  if (v.base === 'respond' && ACTION_AFTER_RESPOND.test(next)) return false;
  // "added to his lead", "adds to the drama": "add to" a determined noun is "increase", no speech.
  if (v.base === 'add' && next === 'to' && INCREASED.has(lw(ctx, i + 2))) return false;
  const t = ctx.tokens[i];
  // "He’s claimed …" is "has claimed".
  const contracted = APOSTROPHE_S.test(lw(ctx, i - 1)) && (SUBJECT_PRONOUNS.has(lw(ctx, i - 2)) || /^(who|that|there)$/.test(lw(ctx, i - 2)));
  if (/ed$/.test(t.text) && i - 1 >= sentenceStart && ADJECTIVE_LEAD.test(lw(ctx, i - 1)) && !contracted) {
    const n = ctx.tokens[i + 1];
    // "Stumpf’s repeated emphasis that …": a noun with a that-clause still reports.
    const reports = lw(ctx, i + 2) === 'that';
    if (n && n.kind === 'word' && !ctx.quoted[i + 1] && /^\p{Ll}/u.test(n.text) && !NOT_A_NOUN.has(next) && !REFLEXIVE_PRONOUNS.has(next) && !OBJECT_PRONOUNS.has(next) && !reports) return false;
  }
  return true;
}

/** The first comma outside quotations among tokens [from, end) with a token after it, else -1. */
function commaAfter(ctx: LineCtx, from: number, end: number): number {
  for (let k = from; k + 1 < end; k++) if (ctx.tokens[k].text === ',' && !ctx.quoted[k]) return k;
  return -1;
}

/** The comma before a participle cue ("…, noting …", "…, citing …") among tokens [from, end), else -1. */
export function participleCueAfterComma(ctx: LineCtx, from: number, end: number): number {
  for (let k = from; k + 1 < end; k++) {
    if (ctx.tokens[k].text === ',' && !ctx.quoted[k] && !ctx.quoted[k + 1] && isParticiple(ctx.tokens[k + 1].text) && cueVerb(ctx.tokens[k + 1].text)) return k;
  }
  return -1;
}

/** "…, the poll found": a weak cue whose subject is a poll, a document or data reports like a speech verb. */
export function evidential(ctx: LineCtx, cue: CueHit, sentenceStart: number): boolean {
  const sp = speakerBefore(ctx.tokens, cue.first, sentenceStart, ctx.quoted);
  return !!sp && isEvidenceNoun(lw(ctx, headOf(sp)));
}

// The longest content, in words, that a trailing cue may have after it ("…, Smith said on Tuesday night.").
const TRAILING_TAIL_WORDS = 6;
// How far back from a trailing cue the comma or quotation that closes the content may be.
const TRAILING_REACH = 8;
// After the closing comma these open a clause of its own ("…, and Jones said the same").
const CLAUSE_COORDINATOR = /^(and|but|while)$/;
// A relative pronoun right before a cue makes it the verb of a relative clause.
const RELATIVE_SUBJECT = /^(who|which|that)$/;

// How far after a cue the finite verb of a short clause it introduces may stand ("said the pier was unsafe").
const CLAUSE_VERB_REACH = 4;

/** "said she would run", "said the pier was unsafe": right after the cue a subject and its finite verb open a clause. */
function clauseFollows(ctx: LineCtx, cue: CueHit, sentenceEnd: number): boolean {
  const next = cue.last + 1;
  if (next >= sentenceEnd || ctx.quoted[next]) return false;
  if (SUBJECT_PRONOUNS.has(lw(ctx, next))) return true;
  for (let k = next + 1; k < sentenceEnd && k - next <= CLAUSE_VERB_REACH; k++) {
    if (ctx.quoted[k] || ctx.tokens[k].kind !== 'word') return false;
    if (FINITE_AUXILIARIES.has(lw(ctx, k)) || BE_FORMS.has(lw(ctx, k))) return true;
  }
  return false;
}

/** A cue whose clause ends the sentence after a few words, with no "that", no quotation and no clause of its own after it. */
export function isTrailing(ctx: LineCtx, cue: CueHit, sentenceEnd: number): boolean {
  // "…, against 58 percent who think so": a relative clause's cue reports only its own tail.
  if (RELATIVE_SUBJECT.test(lw(ctx, cue.first - 1))) return false;
  // "Roe, who endorsed Lee in May, said the pier was unsafe": the cue reports the clause after it, not the sentence.
  if (clauseFollows(ctx, cue, sentenceEnd)) return false;
  // The tail ends at a participle cue after a comma ("…, an official said, adding that …") and, after an inverted
  // cue, at the comma that closes its speaker ("…, said Jo Roe, director of the Centre for Politics.").
  const inverted = lw(ctx, cue.first - 1) === ',' || !!ctx.quoted[cue.first - 1];
  const stop = inverted ? commaAfter(ctx, cue.last + 1, sentenceEnd) : participleCueAfterComma(ctx, cue.last + 1, sentenceEnd);
  const tailEnd = stop < 0 ? sentenceEnd : stop;
  let words = 0;
  for (let k = cue.last + 1; k < tailEnd; k++) {
    if (ctx.quoted[k] || lw(ctx, k) === 'that') return false;
    if (ctx.tokens[k].kind !== 'punct') words++;
  }
  if (words > TRAILING_TAIL_WORDS) return false;
  // A comma closes the content before the speaker: "…, Smith said", "…, said Smith"; but "…, and Jones said
  // the same" is a clause of its own.
  // "…, a delay that he said was avoidable": a relative pronoun between them makes the cue the relative clause's.
  for (let k = cue.first - 1; k >= 0 && cue.first - k <= TRAILING_REACH; k--) {
    if (lw(ctx, k) === ',' || ctx.quoted[k]) return !CLAUSE_COORDINATOR.test(lw(ctx, k + 1));
    if (RELATIVE_SUBJECT.test(lw(ctx, k))) return false;
  }
  return false;
}

/**
 * The cues in the order they are read: a trailing attribution ("…, the company said on Tuesday.") governs the
 * whole sentence, so it goes first, and a speech verb inside its content ("engineers found …") stays part of
 * that content.
 */
export function cuesInReadingOrder(ctx: LineCtx, sentenceStart: number, sentenceEnd: number): CueHit[] {
  const cues = cuesOf(ctx, sentenceStart, sentenceEnd);
  // A participle ("…, conceding the race") hangs on the clause before it rather than attributing it.
  const trailing = cues.findIndex((c) => !!c.verb && (c.verb.strong || evidential(ctx, c, sentenceStart)) && c.first > sentenceStart + 3 && !isParticiple(ctx.tokens[c.first].text) && isTrailing(ctx, c, sentenceEnd));
  if (trailing > 0) cues.unshift(...cues.splice(trailing, 1));
  return cues;
}

/**
 * "continued to say", "quick to condemn", "went on to argue": where the catenative (with its particle) and "to"
 * right before the cue verb at token k start, or -1.
 */
export function catenativeStart(ctx: LineCtx, k: number, sentenceStart: number): number {
  if (k - 2 < sentenceStart || lw(ctx, k - 1) !== 'to' || ctx.quoted[k - 2]) return -1;
  if (isCatenative(lw(ctx, k - 2))) return k - 2;
  return k - 3 >= sentenceStart && !ctx.quoted[k - 3] && isParticleCatenative(lw(ctx, k - 3), lw(ctx, k - 2)) ? k - 3 : -1;
}

/** Auxiliaries and adverbs that annotators draw as part of the cue before its verb: "has also said", "is hoping", "isn't saying". */
const CUE_LEAD = words(BETWEEN, FINITE_AUXILIARIES, BE_FORMS, BE_CONTRACTIONS, NEGATED_BE_FORMS);

/**
 * The cue as annotators draw it: the verb (with its particle) and the auxiliaries and adverbs right before it
 * ("have denied", "also said", "repeatedly insisted"); "according to" as it is.
 */
export function cueMention(ctx: LineCtx, cue: CueHit, sentenceStart: number): LocalMention {
  let first = cueLeadStart(ctx, cue, sentenceStart);
  if (first === cue.first) first = issuedDocumentStart(ctx, cue.first, sentenceStart);
  return mention(ctx, first, cue.last, 'other');
}

/** Where the cue as annotators draw it starts: its verb's auxiliaries, adverbs and catenative before it (see cueMention). */
export function cueLeadStart(ctx: LineCtx, cue: CueHit, sentenceStart: number): number {
  // "remains hopeful": an adjective cue starts at its copula.
  let first = cue.copula ?? cue.first;
  if (cue.verb) {
    for (;;) {
      if (first - 1 >= sentenceStart && !ctx.quoted[first - 1] && (CUE_LEAD.has(lw(ctx, first - 1)) || isMannerAdverb(ctx.tokens[first - 1])) && !isModalName(ctx.tokens, first - 1)) first--;
      // "has continued to push for", "were quick to condemn", "went on to say": the catenative and its "to" are the cue's.
      else if (first === cue.first && catenativeStart(ctx, first, sentenceStart) >= 0) first = catenativeStart(ctx, first, sentenceStart);
      // "took to the radio to say": an infinitive of purpose is drawn with its "to".
      else if (first === cue.first && lw(ctx, first - 1) === 'to' && first - 1 >= sentenceStart && !ctx.quoted[first - 1]) first--;
      else break;
    }
  }
  return first;
}

/** Verbs that put out a document: "issued a statement saying …", "released a letter urging …". */
const ISSUING_VERBS = words('issued issues issue issuing released releases release releasing sent');
/** Documents so put out. */
const ISSUED_DOCUMENTS = words('statement statements letter memo release tweet');
/** How many tokens may stand between the verb and the participle: a determiner, two modifiers, the document, a time and a comma. */
const ISSUED_REACH = 7;

/**
 * "issued a statement saying", "released a letter Tuesday urging": a participle cue after a verb that put out a
 * document starts at that verb, as annotators draw it (PolNeAR train: the whole drawn 32 times, the verb alone
 * 11, the participle alone 1); `k` otherwise.
 */
export function issuedDocumentStart(ctx: LineCtx, k: number, sentenceStart: number): number {
  if (!/ing$/.test(lw(ctx, k))) return k;
  let document = -1;
  for (let j = k - 1; j >= sentenceStart && k - j <= ISSUED_REACH && !ctx.quoted[j]; j--) {
    const w = lw(ctx, j);
    if (ISSUED_DOCUMENTS.has(w) && document < 0) document = j;
    else if (document >= 0 && ISSUING_VERBS.has(w)) return j;
    else if (ctx.tokens[j].kind === 'punct' && !(w === ',' && j === k - 1)) return k;
  }
  return k;
}

/** Adverbs after the verb that annotators draw as part of the cue: "has said repeatedly". */
const CUE_TAIL_WORDS = words('repeatedly again publicly privately');
const SENTENCE_END = /^[.!?]$/;
/** Particles of a phrasal verb (PolNeAR train: drawn in the cue 175 times, left after it 5). */
const PARTICLES = words('out back off up down');
/** After these the particle is an adverb of time or amount: "said back in 2015", "said up to ten". */
const NOT_AFTER_PARTICLE = words('in to when then');
/** What "in a …" after the verb names as the written medium of the speech: "said in a statement". */
const SPEECH_MEDIA = words('statement letter');
/** Platforms after "on": "wrote on Twitter". */
const PLATFORMS = words('twitter facebook instagram');
/** Verbs whose "of" belongs to the cue ("warned of a recession"); annotators leave it out after "said of". */
const OF_AFTER = /^(warned|warns|warn|warning|boasted|boasts|boast|boasting)$/;
/** Verbs whose "to" is a preposition before the matter, drawn in the cue ("did not respond to a request for comment"). */
const TO_AFTER = /^(respond|responds|responded|responding|reply|replies|replied|replying|react|reacts|reacted|reacting|admit|admits|admitted|admitting|plead|pleads|pleaded|pleading)$/;

/** How many words a manner phrase after the verb may have when it ends the sentence: "said with a wry smile". */
const MANNER_WITH_WORDS = 4;

/** "fired back", "ruled out a vote": the particle after the verb at token k is the cue's, not the content's. */
export const particleBelongsToCue = (ctx: LineCtx, k: number): boolean => PARTICLES.has(lw(ctx, k + 1)) && !ctx.quoted[k + 1] && !NOT_AFTER_PARTICLE.has(lw(ctx, k + 2));

/** "warned of a recession": the "of" after such a verb (token k) is the cue's, not the content's. */
export const ofBelongsToCue = (ctx: LineCtx, k: number): boolean => lw(ctx, k + 1) === 'of' && OF_AFTER.test(lw(ctx, k));

/** "responded to the letter": the "to" after such a verb (token k) is the cue's, not an infinitive's or the content's. */
export const toBelongsToCue = (ctx: LineCtx, k: number): boolean => lw(ctx, k + 1) === 'to' && !ctx.quoted[k + 1] && TO_AFTER.test(lw(ctx, k));

/**
 * Prepositions that take the reported matter as their object right after the verb ("complained about the
 * fees", "railed against the council", "agreed with the ruling", "commented on the plan"): annotators draw
 * them in the cue and the content is their object. Not "to" (an infinitive or a hearer) nor "in" and "at"
 * (mostly a place, a time or a medium).
 */
export const COMPLEMENT_PREPOSITIONS = words('about against with upon for on of');

/** The last token of the cue extended from token k (its verb), before token `limit` and character `limitChar`. */
function cueTail(ctx: LineCtx, k: number, limit: number, limitChar: number): number {
  let last = k;
  for (;;) {
    const n = last + 1;
    if (n >= limit || ctx.quoted[n] || ctx.tokens[n].start >= limitChar) break;
    const w = lw(ctx, n);
    if (CUE_TAIL_WORDS.has(w) || isMannerAdverb(ctx.tokens[n])) last = n;
    else if (n === k + 1 && (ofBelongsToCue(ctx, k) || toBelongsToCue(ctx, k))) last = n;
    // "fired back", "lashed out", "ruled out", "shrugged off": a particle right after the verb is the cue's.
    else if (n === k + 1 && particleBelongsToCue(ctx, k) && ctx.tokens[n].end <= limitChar) last = n;
    // "…,” Roe said with a laugh.": a manner phrase ending the sentence is drawn in the cue.
    else if (n === k + 1 && w === 'with' && mannerWithEnd(ctx, n, limit, limitChar) > n) last = mannerWithEnd(ctx, n, limit, limitChar);
    // The content starts right after a preposition that follows the verb: the preposition is the cue's.
    else if (n === k + 1 && COMPLEMENT_PREPOSITIONS.has(w) && ctx.tokens[n + 1]?.start === limitChar) last = n;
    // A day name ending the sentence is drawn in the cue ("…, Roe said Tuesday."), not one before a content.
    else if (DAY_NAMES.has(w) && (n + 1 >= limit || SENTENCE_END.test(ctx.tokens[n + 1].text))) last = n;
    else if (w === 'in' && /^(a|an|the|his|her|their|its)$/.test(lw(ctx, n + 1)) && SPEECH_MEDIA.has(lw(ctx, n + 2)) && n + 2 < limit && ctx.tokens[n + 2].end <= limitChar) last = n + 2;
    else if (w === 'on' && PLATFORMS.has(lw(ctx, n + 1)) && CAPITALISED.test(ctx.tokens[n + 1].text) && n + 1 < limit && ctx.tokens[n + 1].end <= limitChar) last = n + 1;
    else break;
  }
  return last;
}

/** The last word of "with a laugh" at token n when its few words end the sentence before `limitChar`, else -1. */
function mannerWithEnd(ctx: LineCtx, n: number, limit: number, limitChar: number): number {
  for (let j = n + 1; j < limit && j - n <= MANNER_WITH_WORDS; j++) {
    const t = ctx.tokens[j];
    if (ctx.quoted[j] || t.kind !== 'word' || t.end > limitChar) return -1;
    if (j + 1 >= limit || SENTENCE_END.test(ctx.tokens[j + 1].text)) return j;
  }
  return -1;
}

/** The cue as annotators draw it, with what follows the verb before the sentence end (token) and the content after it (character). */
export function cueMentionUpTo(ctx: LineCtx, cue: CueHit, sentenceStart: number, sentenceEnd: number, contentStart: number): LocalMention {
  const head = cueMention(ctx, cue, sentenceStart);
  if (!cue.verb) return head;
  const last = cueTail(ctx, cue.last, sentenceEnd, contentStart);
  return last === cue.last ? head : { ...head, end: ctx.tokens[last].end, text: ctx.s.slice(head.start, ctx.tokens[last].end) };
}
