// A finite cue ("Smith said …", "…, the company said", "She said … and added that …"): its speaker before
// it, then its content after it or before it.
import { AND_BUT, BE_CONTRACTIONS, BE_FORMS, DAY_NAMES, DETERMINERS, FINITE_AUXILIARIES, IRREGULAR_PAST, NEGATED_BE_FORMS, NEGATION, NUMBER_WORDS, OBJECT_PRONOUNS, QUANTIFIERS, RELATIVE_WORDS, SPEAKER_PREPOSITIONS, SUBJECT_PRONOUNS, TIME_DETERMINERS, TIME_LEADS, TIME_NOUNS, YEAR_DIGITS } from '../../lexicon/closedClass';
import { CAPITALISED } from '../../entities/nameShapes';
import { isEvidenceNoun } from '../../lexicon/evidence';
import { isPersonNoun, isPoliticalCamp, isRoleNoun } from '../../lexicon/roles';
import { isDocumentNoun, isNamelessKind, organizationNameWords } from '../../lexicon/organizationNouns';
import { cueVerb, isNounish, isParticiple, type CueVerb } from '../../lexicon/speech';
import { words } from '../../lexicon/words';
import { isLyAdverb } from '../../lexicon/adverbs';
import { ADJECTIVE_SHAPE, BETWEEN, POSTMODIFIER_ADJECTIVES, clauseSubject, headOf, isContractedAuxiliary, isCountWord, isMannerAdverb, isRelativeThat, ofWhomStart, phraseEndingAt, speakerBefore, subjectAt, timeAdverbialStart, type SpeakerPhrase } from '../speakers';
import { SUBORDINATE_OPENERS, clauseAfter, clauseComma, contentEnd, contentStartAfter, namingEnd, opensPredicate } from './content';
import { DEGREE_WORDS, catenativeStart, cueLeadStart, cueMention, type CueHit } from './cues';
import { contentSpan, fromPhrase, lw, mention, opensAdjunctClause, PAST_FORM, sentenceBody, wordCount, type LineCtx, type LocalMention } from './context';
import { objectEnd, occasionEnd } from './adjuncts';
import { mayBeInverted, readInverted } from './inverted';
import { readPreposed } from './preposed';
import type { SentenceReading } from './state';

/** "is telling reporters that …", "isn't saying whether …": after these a participle is the finite verb of its clause. */
export const PROGRESSIVE_AUXILIARIES = words(BE_FORMS, BE_CONTRACTIONS, NEGATED_BE_FORMS);
// How many adverbs may stand between the auxiliary and the participle: "is also warning", "are not yet saying".
const PROGRESSIVE_ADVERBS = 2;

/**
 * The auxiliary that makes the participle at token `cueFirst` a progressive ("is telling", "is also warning",
 * "are happily supporting"), across a few adverbs, or -1.
 */
export function progressiveAuxiliary(ctx: LineCtx, cueFirst: number, sentenceStart: number): number {
  for (let k = cueFirst - 1; k >= sentenceStart && cueFirst - k <= PROGRESSIVE_ADVERBS + 1 && !ctx.quoted[k]; k--) {
    if (PROGRESSIVE_AUXILIARIES.has(lw(ctx, k))) return k;
    if (!(BETWEEN.has(lw(ctx, k)) && !FINITE_AUXILIARIES.has(lw(ctx, k))) && !isMannerAdverb(ctx.tokens[k])) return -1;
  }
  return -1;
}
// Prepositions after which a phrase opening the sentence still speaks: "Officials at the agency, …, said".
const SUBJECT_PREPOSITIONS = /^(at|of|for|from|in|with|on)$/;
// "A new poll shows …": after a singular determiner an -s form can only be the verb.
const SINGULAR_DETERMINER = /^(a|an|one|this|every)$/;
// The fewest content words a learned cue verb reports.
const LEARNED_MIN_WORDS = 3;
// A plural noun heading a subject ("leaders", "three-quarters"), not "-ss", "-us", "-is", "-ics" or "news".
const PLURAL_NOUN = /^(?!news$)(?!.*ics$)\p{Ll}[\p{Ll}-]*[^siu]s$/u;
// Noun-like cue verbs whose base form after a plural noun states a view ("Party leaders hope …", "critics
// claim …"); others read as things done or seen there ("agents find the tunnels", "voters view him favorably").
const PLURAL_AGREEING = words('claim hope fear note estimate blame counter blast support promise');

/** The speaker of a finite cue: the phrase (null when the speaker was taken from elsewhere) and its mention. */
interface CueSpeaker {
  phrase: SpeakerPhrase | null;
  speaker: LocalMention | null;
}

/**
 * "The Post, which argued that …", "the union, which has long opposed …": a relative "which" set off by a comma
 * before the cue (across its auxiliaries and adverbs) stands for the phrase before the comma.
 */
function whichBefore(ctx: LineCtx, cueFirst: number, sentenceStart: number): SpeakerPhrase | null {
  let k = cueFirst - 1;
  while (k > sentenceStart && (BETWEEN.has(lw(ctx, k)) || isMannerAdverb(ctx.tokens[k])) && !ctx.quoted[k]) k--;
  if (lw(ctx, k) !== 'which' || ctx.quoted[k] || lw(ctx, k - 1) !== ',' || ctx.quoted[k - 2]) return null;
  return phraseEndingAt(ctx.tokens, k - 2, sentenceStart);
}

// How many degree words may stand between "be" and a catenative: "are slightly more likely to".
const CATENATIVE_DEGREE_WORDS = 2;
// Subjects that stand for no speaker: "it is too soon to say whether …", "that is not to suggest …".
const EXPLETIVE_SUBJECTS = words('it that this there');

/**
 * "Roe took to the radio to say the toll is unfair", "Lee went out of her way to argue that …": a strong cue's
 * infinitive of purpose reports for the subject of its clause when a clause follows it and no other cue (a verb
 * whose object speaks, "urged voters to say", or "declined to say") stands between them.
 */
function purposeSubject(reading: SentenceReading, cue: CueHit): SpeakerPhrase | null {
  const { ctx, sentenceStart, sentenceEnd, cues } = reading;
  const to = cue.first - 1;
  if (!cue.verb?.strong || to <= sentenceStart || lw(ctx, to) !== 'to' || ctx.quoted[to]) return null;
  if (!clauseAfter(ctx, cue.last + 1, sentenceEnd)) return null;
  const p = clauseSubject(ctx.tokens, sentenceStart, to, ctx.quoted);
  if (!p || p.last >= to || EXPLETIVE_SUBJECTS.has(lw(ctx, p.first))) return null;
  if (cues.some((c) => c.first > p.last && c.first < to)) return null;
  // "Trump drew criticism after he appeared to suggest …": a clause opening in between has a subject of its own.
  for (let j = p.last + 1; j < to; j++) if (ctx.quoted[j] || lw(ctx, j) === ',' || SUBORDINATE_OPENERS.has(lw(ctx, j)) || RELATIVE_PRONOUNS.test(lw(ctx, j))) return null;
  return p;
}

/** The speaker before a finite cue, shared with a coordinated clause, or opening the sentence before an appositive. */
function speakerOfCue(reading: SentenceReading, cue: CueHit, progressive: number): CueSpeaker {
  const { ctx, sentenceStart, sentenceEnd } = reading;
  const { tokens, quoted } = ctx;
  // "Republicans have been sharply critical of …": an adjective cue's subject stands before its copula.
  const head = cue.copula ?? cue.first;
  let phrase = speakerBefore(tokens, head, sentenceStart, quoted) ?? whichBefore(ctx, head, sentenceStart);
  // "Trump is telling supporters …", "Lee is also warning …": the speaker stands before the auxiliary.
  if (!phrase && progressive >= 0 && isParticiple(tokens[cue.first].text)) phrase = speakerBefore(tokens, progressive, sentenceStart, quoted);
  // "Sanders has continued to push for …", "Republicans were quick to condemn …": the subject before the
  // catenative (and its "be") speaks.
  const k = catenativeStart(ctx, cue.first, sentenceStart);
  if (!phrase && k >= 0) {
    // "Voters are slightly more likely to say …": degree words may stand between the "be" and the catenative.
    let c = k;
    while (c - 1 > sentenceStart && k - c < CATENATIVE_DEGREE_WORDS && !quoted[c - 1] && (DEGREE_WORDS.has(lw(ctx, c - 1)) || isMannerAdverb(tokens[c - 1]))) c--;
    phrase = speakerBefore(tokens, PROGRESSIVE_AUXILIARIES.has(lw(ctx, c - 1)) ? c - 1 : k, sentenceStart, quoted);
  }
  if (!phrase && k < 0) phrase = purposeSubject(reading, cue);
  // "Groups backing the mayor have asked …": the phrase before the cue is the participle's object; the phrase
  // the participle modified is the subject.
  const { modified } = reading;
  if (phrase && modified && phrase.first >= modified.from && phrase.last < modified.until) return { phrase: null, speaker: modified.speaker };
  // "The average of polls taken over two weeks shows …", "An analysis of harbour fees that have risen since 2019
  // shows …": evidence opening the clause is the subject, not a noun inside its post-modifier.
  const evidence = evidenceOpening(ctx, sentenceStart, cue.first);
  if (evidence && (!phrase || phrase.first > headOf(evidence))) phrase = evidence;
  let speaker: LocalMention | null = phrase ? fromPhrase(ctx, phrase) : null;
  // A coordinated verb shares the speaker before it: "She said … and added that …", "… and went on to argue …".
  let link = (k > sentenceStart ? k : cue.first) - 1;
  while (link > sentenceStart && BETWEEN.has(lw(ctx, link))) link--;
  // A coordinator before the cue shares the speaker of the clause before: "She said … and added that …".
  if (AND_BUT.has(lw(ctx, link))) {
    const shared = reading.lastSpeaker ?? ((): LocalMention | null => {
      const p = clauseSubject(tokens, sentenceStart, link, quoted);
      return p ? subjectWithAppositive(ctx, fromPhrase(ctx, p), link) : null;
    })();
    if (shared) {
      phrase = null;
      speaker = shared;
    }
  }
  // "Jo Roe, 58, a nurse who …, said the plan is …": the cue is followed by a clause, not by its speaker, so the
  // speaker is the phrase opening the sentence ahead of its appositive or prepositional phrase ("Officials at
  // the agency, a division of …, said").
  // "Republican lawmakers, who are close to …, have vowed to …", "The three scholars -- Tribe, Epstein and Amar
  // -- agreed …": auxiliaries after the comma, or a dash, rule out the inverted "…, said Smith".
  const closing = interruptionBefore(ctx, cue.first, sentenceStart);
  if (!speaker && closing >= 0 && (closing < cue.first - 1 || dashAt(ctx, closing) || clauseAfter(ctx, cue.last + 1, sentenceEnd))) {
    const p = openingSubject(ctx, sentenceBody(ctx, sentenceStart, cue.first), closing);
    if (p) {
      phrase = p;
      speaker = fromPhrase(ctx, p);
    }
  }
  return { phrase, speaker };
}

// Words before an evidence noun that opens a clause: determiners and the adjectives news uses of findings.
const EVIDENCE_LEAD = words(DETERMINERS, NUMBER_WORDS, 'new latest recent separate internal another same first second national state federal');
// The most words before the evidence noun ("A Harbour Times analysis", "The Nordic Poll Tracker average").
const EVIDENCE_LEAD_WORDS = 5;
// What opens the evidence noun's post-modifier: a preposition, a participle of publication, a relative.
const EVIDENCE_POSTMODIFIER = words('of by from on in taken conducted released published that which');
// Pro-forms that stand for what was said when they end the sentence: "said so", "said that".
const PRO_FORMS = words('so that this');
// One-word answers a strong cue reports: "said yes".
const ANSWERS = words('yes no');

/** "a ferry poll", "the harbour survey": a lower-case word that is no verb form, preposition or conjunction modifies the noun. */
function nounModifier(ctx: LineCtx, k: number): boolean {
  const w = lw(ctx, k);
  return !SPEAKER_PREPOSITIONS.has(w) && !AND_BUT.has(w) && !FINITE_AUXILIARIES.has(w) && !BE_FORMS.has(w) && !IRREGULAR_PAST.has(w) && !PAST_FORM.test(ctx.tokens[k].text) && !/ing$/.test(w) && !cueVerb(w);
}

/**
 * The clause opening with evidence before the cue at `cue`, whatever post-modifies it ("The average of polls taken
 * over the past two weeks", "A new analysis of harbour fees that have risen since 2019"); null if the words
 * before the cue do not open with one or hold a quotation or a speech verb.
 */
function evidenceOpening(ctx: LineCtx, sentenceStart: number, cue: number): SpeakerPhrase | null {
  const first = sentenceBody(ctx, sentenceStart, cue);
  if (!EVIDENCE_LEAD.has(lw(ctx, first))) return null;
  let head = -1;
  for (let k = first + 1; k < cue && k - first <= EVIDENCE_LEAD_WORDS; k++) {
    if (ctx.quoted[k] || ctx.tokens[k].kind !== 'word') return null;
    if (isEvidenceNoun(lw(ctx, k))) {
      head = k;
      break;
    }
    if (!CAPITALISED.test(ctx.tokens[k].text) && !EVIDENCE_LEAD.has(lw(ctx, k)) && !ADJECTIVE_SHAPE.test(lw(ctx, k)) && !nounModifier(ctx, k)) return null;
  }
  if (head < 0 || head + 1 >= cue || !EVIDENCE_POSTMODIFIER.has(lw(ctx, head + 1))) return null;
  let last = cue - 1;
  while (last > head && ctx.tokens[last].kind === 'punct') last--;
  // A finite verb outside a relative clause, or another cue, makes a clause of its own: no subject phrase.
  let relative = false;
  for (let k = head + 1; k <= last; k++) {
    const w = lw(ctx, k);
    relative = relative || RELATIVE_WORDS.has(w);
    if (ctx.quoted[k] || cueVerb(w) || (!relative && (FINITE_AUXILIARIES.has(w) || BE_FORMS.has(w)))) return null;
    // "The report of X sparked …": a past verb after the noun's phrase, not a participle right after a noun or comma.
    const past = (PAST_FORM.test(ctx.tokens[k].text) || IRREGULAR_PAST.has(w)) && !EVIDENCE_POSTMODIFIER.has(w);
    if (past && !relative && k > head + 1 && !/^[,—–-]$/.test(lw(ctx, k - 1))) return null;
  }
  return { first, last, form: 'descriptor', head };
}

/**
 * The subject opening the sentence at `body` ahead of the appositive, relative clause or prepositional phrase
 * that the comma or dash at `closing` ends: "Officials at the agency, …", "Republican lawmakers, who …,".
 */
function openingSubject(ctx: LineCtx, body: number, closing: number): SpeakerPhrase | null {
  const { tokens, quoted } = ctx;
  const p = subjectAt(tokens, body, closing, quoted);
  if (p && p.last + 1 < closing && (lw(ctx, p.last + 1) === ',' || dashAt(ctx, p.last + 1) || SUBJECT_PREPOSITIONS.test(lw(ctx, p.last + 1)))) return p;
  // "Republican lawmakers, …": a noun phrase from the sentence start to the first comma or dash.
  let open = body;
  while (open < closing && !quoted[open] && lw(ctx, open) !== ',' && !dashAt(ctx, open)) open++;
  if (open >= closing || quoted[open]) return null;
  const q = phraseEndingAt(tokens, open - 1, body);
  if (q && (q.sourceFirst ?? q.first) === body) return q;
  return shareBetweenCommas(ctx, body, closing);
}

/**
 * "About three in five, 58 percent, say …", "Among voters, half, or 50 percent, say …": a share that fills the words
 * from the sentence's body or a comma to the next comma, read as the phrase right before a cue is.
 */
function shareBetweenCommas(ctx: LineCtx, body: number, closing: number): SpeakerPhrase | null {
  const { tokens, quoted } = ctx;
  let from = body;
  for (let k = body; k < closing; k++) {
    if (quoted[k]) return null;
    if (lw(ctx, k) !== ',') continue;
    const share = k > from ? speakerBefore(tokens, k, from, quoted) : null;
    if (share && share.first === from && isShare(ctx, share)) return share;
    from = k + 1;
  }
  return null;
}

/** The phrase counts or shares out a group: it holds a number, "half" or a fraction ("About two-thirds"). */
function isShare(ctx: LineCtx, p: SpeakerPhrase): boolean {
  for (let k = p.first; k <= p.last; k++) if (ctx.tokens[k].kind === 'number' || isCountWord(lw(ctx, k))) return true;
  return false;
}

/** Token k is a dash, written as one character or as two hyphens ("--"). */
const dashAt = (ctx: LineCtx, k: number): boolean => /^[—―–]$/.test(lw(ctx, k)) || (lw(ctx, k) === '-' && (lw(ctx, k - 1) === '-' || lw(ctx, k + 1) === '-'));

/**
 * The comma or dash that closes an interruption right before the cue, across its auxiliaries and adverbs
 * ("…, have also said"), or -1.
 */
function interruptionBefore(ctx: LineCtx, cueFirst: number, sentenceStart: number): number {
  let k = cueFirst - 1;
  while (k > sentenceStart && BETWEEN.has(lw(ctx, k)) && !ctx.quoted[k]) k--;
  if (ctx.quoted[k]) return -1;
  return lw(ctx, k) === ',' || dashAt(ctx, k) ? k : -1;
}

// Lower-case words that end a description walked back from a name.
const DESCRIPTION_BREAK = /^(and|or|but|that|which|who|said|says)$/;
const ARTICLE = /^(the|a|an)$/;

/** Where a lower-case description before a name starts ("the construction company" + "Alpentrans AG"), if a comma precedes it. */
function descriptionBefore(ctx: LineCtx, first: number, sentenceStart: number): number {
  let k = first - 1;
  while (k >= sentenceStart && first - k <= 5 && ctx.tokens[k].kind === 'word' && /^\p{Ll}/u.test(ctx.tokens[k].text) && !DESCRIPTION_BREAK.test(lw(ctx, k))) {
    if (ARTICLE.test(lw(ctx, k))) return k - 1 >= sentenceStart && lw(ctx, k - 1) === ',' ? k : first;
    k--;
  }
  return first;
}

// An appositive or parenthesis opens right after the mention: "Jo Roe, the group's president, said", "Sen. Jo Roe (D-Ore.) said".
const APPOSITIVE_OPENING = /^\s*[,(]/;
// An appositive that is a noun phrase ("Jo Roe, the group's president,", "Roe, 58,", "Roe, chairman of …") or
// names where the speaker is from or who is with them ("Roe, of the port authority,", "Roe, including Lee,"),
// not a prepositional, participial or adjective phrase ("Roe, in the wake of …", "Roe, asked about …").
const NOUN_PHRASE_OPENING = /^\s*(?:\(|,\s*(?:\p{Lu}|\p{N}|(?:the|a|an|his|her|their|its|who|whose|one|another|of|including|along with)\s|[\p{Ll}-]+(?<!ed|ing|ly)\s+(?:of|at|for)\s))/u;
// A relative "who", "which" or "that" right before the cue, after an optional comma: "voters who said", "Roe, who has
// said", "The Post, which argued", "groups that endorsed".
const RELATIVE_BEFORE_CUE = /(?:^|[\s,])(who|which|that)(?:\s+\p{Ll}+)?\s*$/u;
// A relative clause opening the appositive: "Roe, who …".
const RELATIVE_OPENING = /^\s*,\s*who\s/u;
// What closes it before the cue.
const APPOSITIVE_CLOSING = /[\s,]+$/;
// What ends an appositive inside the source: a participle after a comma, or a dash.
const APPOSITIVE_TAIL = /\s*(?:,\s*\p{Ll}+ing\b|[—–])/u;

// A time adverbial ending the gap before the cue: "… on Saturday", "… this past week", "… in the past".
const TRAILING_TIME = new RegExp(`[\\s,]+(?:(?:${[...TIME_LEADS].join('|')})\\s+)?(?:(?:${[...TIME_DETERMINERS].join('|')})\\s+)*(?:${[...DAY_NAMES, ...TIME_NOUNS].join('|')})[\\s,]*$|[\\s,]+in the past[\\s,]*$`, 'i');
// A year ending the gap between a relative pronoun and the cue: "Roe, who in 2010 said".
const TRAILING_YEAR = new RegExp(String.raw`[\s,]+in ${YEAR_DIGITS}[\s,]*$`, 'u');
// The lower-case words opening an appositive after its comma: "executive director of …", "deputy security advisor".
const LOWER_WORDS_OPENING = /^\s*,\s*((?:\p{Ll}[\p{Ll}-]*\s+){0,4}\p{Ll}[\p{Ll}-]*)/u;

/** "Jo Roe, executive director of …, said": an appositive whose first few lower-case words hold a role noun. */
function isRoleAppositive(gap: string): boolean {
  const m = LOWER_WORDS_OPENING.exec(gap);
  return !!m && m[1].split(/\s+/).some((w) => isRoleNoun(w));
}

/**
 * The speaker with its whole source phrase when an appositive, a parenthesis or a relative clause stands
 * between the mention and the cue ("Jo Roe, the group's president, said"): annotators draw them as one source.
 */
function withAppositive(ctx: LineCtx, speaker: LocalMention, cueStart: number): LocalMention {
  const gap = ctx.s.slice(speaker.end, cueStart);
  // "voters who said …", "Roe, who said …": annotators draw the relative pronoun as the source.
  // "Roe, who on Tuesday endorsed …", "Roe, who in 2010 said": past a time adverbial as well.
  const relative = RELATIVE_BEFORE_CUE.exec(gap) ?? RELATIVE_BEFORE_CUE.exec(gap.replace(TRAILING_TIME, ' ').replace(TRAILING_YEAR, ' '));
  if (relative) {
    const start = speaker.end + relative.index + relative[0].search(/\S/);
    return { ...speaker, phrase: { start, end: start + relative[1].length } };
  }
  if (!APPOSITIVE_OPENING.test(gap) || !(NOUN_PHRASE_OPENING.test(gap) || isRoleAppositive(gap))) return speaker;
  // "Roe, who said he votes for Lee, said …": a relative clause that reports is a claim of its own.
  if (RELATIVE_OPENING.test(gap) && gap.split(/[^\p{L}’']+/u).some((w) => cueVerb(w)?.strong)) return speaker;
  // "Josh Earnest, the press secretary, echoing …": a participle or a dash after the appositive is not drawn.
  // The comma opening the appositive is no tail: "Roe, managing director of …, told".
  const tail = APPOSITIVE_TAIL.exec(gap.slice(1));
  const appositive = tail ? gap.slice(0, tail.index + 1) : gap;
  // A time adverbial between the appositive and the cue is not drawn ("Sen. Ann Lee (D-Ore.) on Saturday
  // criticized"), but a relative clause keeps its own ("Roe, who spoke in Oslo on Friday,").
  const drawn = RELATIVE_OPENING.test(appositive) ? appositive : appositive.replace(TRAILING_TIME, '');
  const end = speaker.end + drawn.replace(APPOSITIVE_CLOSING, '').length;
  return end > speaker.end ? { ...speaker, phrase: { start: speaker.start, end } } : speaker;
}

// How many tokens an appositive after a clause subject may have.
const SUBJECT_APPOSITIVE_TOKENS = 20;

/**
 * "Tracy Roe, the group's president, issued a statement, saying …": a clause subject taken for a later cue keeps
 * the appositive set off by commas after it, when a predicate follows the closing comma.
 */
export function subjectWithAppositive(ctx: LineCtx, speaker: LocalMention, limit: number): LocalMention {
  const { tokens, quoted } = ctx;
  let open = limit - 1;
  while (open > 0 && tokens[open - 1].start >= speaker.end) open--;
  if (open >= limit || tokens[open].start < speaker.end || tokens[open].text !== ',' || quoted[open]) return speaker;
  for (let k = open + 1; k < limit && k - open <= SUBJECT_APPOSITIVE_TOKENS; k++) {
    if (quoted[k]) return speaker;
    if (tokens[k].text !== ',') continue;
    let p = k + 1;
    while (p < limit && BETWEEN.has(lw(ctx, p))) p++;
    const predicate = opensPredicate(ctx, p, limit) || (!!cueVerb(lw(ctx, p)) && !isParticiple(tokens[p].text));
    return predicate ? withAppositive(ctx, speaker, tokens[k].end) : speaker;
  }
  return speaker;
}

// Words that join a coordinated source: "Roe and Lee", "Roe, Lee and Cho", "Neither Roe nor Lee".
const COORDINATOR = /^(and|&|nor)$/;
// Prepositions whose phrase ends a source that starts with its head: "supporters of reform", "the senator from Vermont",
// "aides to the governor".
const SOURCE_PREPOSITIONS = /^(of|from|for|at|in|with|on|by|to)$/;
// "Both Roe and Lee", "Either Roe or Lee" open the coordination.
const COORDINATION_OPENER = /^(both|either|neither)$/;
// A lower-case word in -ed or -ing ends a clause, not a noun phrase.
const VERB_LIKE = /^\p{Ll}+(ed|ing)$/u;
// How many words a bare plural phrase coordinated before the source may have ("medical experts and …").
const BARE_PLURAL_WORDS = 2;
// Conjunctions after which a clause opens: "…, but Roe and Lee said".
const CLAUSE_LINK = /^(but|and|so|yet|then)$/;
// Punctuation after which a coordinated source opens its clause: "In a statement, Roe and Lee said".
const CLAUSE_OPENING_PUNCT = /^[,;:—–(]$/;
// How many coordinated or prepositional steps the source may take back.
const SOURCE_STEPS = 4;

/** Where the source starts once coordinated phrases and a head before a preposition are taken in; `first` if none. */
function sourceLead(ctx: LineCtx, first: number, sentenceStart: number): number {
  const { tokens, quoted } = ctx;
  let lead = first;
  let coordinated = false;
  // Where the source starts before a name was taken as a head: that reading holds only if the source then
  // opens its clause ("The Brennan Center for Justice noted", "Democrats on the House Committee on Ethics say").
  let beforeNamedHead = -1;
  // Where the source starts before the first coordinated phrase: that reading holds only if the source then opens
  // its clause ("Both Roe and Lee said", not "will call you a fool and Acme News will claim").
  let beforeJoin = -1;
  for (let step = 0; step < SOURCE_STEPS; step++) {
    const k = lead - 1;
    if (k - 1 < sentenceStart || quoted[k] || quoted[k - 1]) break;
    const w = lw(ctx, k);
    const joins: boolean = COORDINATOR.test(w) || (coordinated && w === ',');
    const head = SOURCE_PREPOSITIONS.test(w);
    if (!joins && !head) break;
    // "One of the aides", "most of them", "many in the party": a share standing alone heads the phrase.
    if (head && (QUANTIFIERS.has(lw(ctx, k - 1)) || NUMBER_WORDS.has(lw(ctx, k - 1))) && (w === 'of' || quantifierOpens(ctx, k - 1, sentenceStart))) {
      lead = k - 1;
      continue;
    }
    // "people close to the talks": the adjective joins its head, whose phrase the source takes.
    const adjective = head && w !== 'of' && POSTMODIFIER_ADJECTIVES.has(lw(ctx, k - 1)) && !quoted[k - 2] ? 1 : 0;
    const prev = phraseEndingAt(tokens, k - 1 - adjective, sentenceStart);
    // A prepositional phrase hangs on a common-noun head ("supporters of"), not on a name; a coordinated phrase
    // is a name, a pronoun or a determined noun ("his wife"), not a clause before "and" ("The pier closed and").
    // A word in -ing after its determiner is a noun ("the planning for").
    const verbLike = VERB_LIKE.test(tokens[k - 1].text) && !(head && prev && prev.first < k - 1 && DETERMINERS.has(lw(ctx, prev.first)));
    if (!prev || prev.last !== k - 1 - adjective || verbLike) break;
    if (head && prev.form === 'name' && !capitalisedNoun(ctx, prev, sentenceStart) && beforeNamedHead < 0) beforeNamedHead = lead;
    // A short bare plural joined by "and" to a noun coordinates as well ("reporters and editors said", "union
    // members and leaders"); a longer run without a determiner may hold a clause ("She met workers and
    // residents said"), and before a pronoun it closes a clause ("… for the families and I said").
    const barePlural = COORDINATOR.test(w) && !SUBJECT_PRONOUNS.has(lw(ctx, lead)) && prev.last - prev.first < BARE_PLURAL_WORDS && PLURAL_NOUN.test(tokens[k - 1].text);
    // "journalist and author Jo Roe": a role joined to the role that opens the name is the same person's.
    const roles = COORDINATOR.test(w) && isRoleNoun(lw(ctx, k - 1)) && isRoleNoun(lw(ctx, lead));
    if (joins && prev.form === 'descriptor' && !DETERMINERS.has(lw(ctx, prev.first)) && !barePlural && !roles) break;
    if (joins && beforeJoin < 0) beforeJoin = lead;
    lead = prev.first;
    coordinated = coordinated || joins;
    // "In a statement, Roe and Lee said": a coordination set off by a comma is a reading to fall back on.
    if (coordinated && CLAUSE_OPENING_PUNCT.test(lw(ctx, lead - 1)) && !quoted[lead - 1]) beforeJoin = lead;
  }
  if (coordinated && lead - 1 >= sentenceStart && COORDINATION_OPENER.test(lw(ctx, lead - 1))) lead--;
  // "Harbour experts Jo Roe and Kari Lund said": a role opening the clause before the
  // coordinated names is theirs.
  if (coordinated && lead - 1 >= sentenceStart && !quoted[lead - 1] && isRoleNoun(lw(ctx, lead - 1).replace(/s$/, ''))) {
    const role = phraseEndingAt(tokens, lead - 1, sentenceStart);
    if (role && role.first === sentenceBody(ctx, sentenceStart, first)) lead = role.first;
  }
  const opensClause = lead === sentenceBody(ctx, sentenceStart, first) || SUBORDINATE_OPENERS.has(lw(ctx, lead - 1)) || CLAUSE_LINK.test(lw(ctx, lead - 1));
  if (beforeJoin >= 0 && !opensClause && !CLAUSE_OPENING_PUNCT.test(lw(ctx, lead - 1)) && !quoted[lead - 1]) return beforeJoin;
  if (beforeNamedHead >= 0 && !opensClause) return beforeNamedHead;
  return lead;
}

/** "Aides to the governor", "People close to the talks": a plural common noun capitalised only because it opens the sentence. */
function capitalisedNoun(ctx: LineCtx, p: SpeakerPhrase, sentenceStart: number): boolean {
  const w = lw(ctx, p.first);
  return p.first === p.last && p.first === sentenceStart && (w === 'people' || PLURAL_NOUN.test(w));
}

/** A quantifier at k that opens its clause (sentence start, comma or conjunction before it): "Many in the party said". */
function quantifierOpens(ctx: LineCtx, k: number, sentenceStart: number): boolean {
  return k === sentenceStart || /^(,|and|but)$/.test(lw(ctx, k - 1));
}

// Relative pronouns that can stand for the subject or object of reported content: "which he said will …".
const RELATIVE_PRONOUNS = /^(which|that|who|whom|what)$/;
// How far before the relative pronoun a cue makes it that cue's complementizer ("told voters that he said …").
const COMPLEMENTIZER_REACH = 3;

/** The relative "who" or "which" (or the part before "of whom") right before the cue, across its auxiliaries and adverbs ("who had long said"), or -1. */
function relativeOpening(ctx: LineCtx, cueFirst: number, sentenceStart: number): number {
  let k = cueFirst - 1;
  const skip = (): void => {
    // "who strongly support …": a manner adverb stands there as the auxiliaries do.
    while (k > sentenceStart && (BETWEEN.has(lw(ctx, k)) || isContractedAuxiliary(ctx.tokens, k, sentenceStart) || (isMannerAdverb(ctx.tokens[k]) && !ctx.quoted[k]))) k--;
  };
  skip();
  // "Roe, who on Tuesday endorsed Lee, said …": a time adverbial may stand there as well.
  const time = ctx.quoted[k] ? k + 1 : timeAdverbialStart(ctx.tokens, k, sentenceStart + 1);
  if (time <= k && !ctx.quoted.slice(time, k + 1).some(Boolean)) {
    k = time - 1;
    skip();
  }
  if (k < sentenceStart || ctx.quoted[k]) return -1;
  // "…, many of whom say": the part before "of whom" opens the relative clause.
  const part = ofWhomStart(ctx.tokens, k, sentenceStart);
  if (part >= 0) return part;
  return /^(who|which)$/.test(lw(ctx, k)) || isRelativeThat(ctx.tokens, k, sentenceStart) ? k : -1;
}

/** "Roe, who had long said …, …": a relative "who" or "which" set off by a comma before the cue. */
function relativeSubject(ctx: LineCtx, cueFirst: number, sentenceStart: number): boolean {
  const k = relativeOpening(ctx, cueFirst, sentenceStart);
  return k > sentenceStart && lw(ctx, k - 1) === ',';
}

/** Token k holds a finite cue verb of the sentence (not a participle): "…, said Thursday that …". */
function finiteCueAt(reading: SentenceReading, k: number): boolean {
  return reading.cues.some((c) => c.first === k && !!c.verb && !isParticiple(reading.ctx.tokens[k].text));
}

/** The relative pronoun right before the speaker phrase starting at token `first` ("which officials said"), or -1. */
function relativeBefore(ctx: LineCtx, first: number, sentenceStart: number): number {
  const k = first - 1;
  if (k < sentenceStart || ctx.quoted[k] || !RELATIVE_PRONOUNS.test(lw(ctx, k))) return -1;
  if (lw(ctx, k) === 'that') for (let j = k - 1; j >= sentenceStart && k - j <= COMPLEMENTIZER_REACH; j--) if (cueVerb(lw(ctx, j))) return -1;
  // "What is clear is that he …", "after determining that a video showed …": a "that" after a copula or a verb
  // in -ing opens a clause of its own; a relative "that" follows the noun it stands for.
  if (lw(ctx, k) === 'that' && (k === sentenceStart || BE_FORMS.has(lw(ctx, k - 1)) || /\p{Ll}ing$/u.test(lw(ctx, k - 1)))) return -1;
  return k;
}

// Adverbs that may stand before the main clause's auxiliary: "… still are", "… also have".
const AUXILIARY_ADVERBS = words('also still now just already only never not even really all both');
// Verbs of belief and feeling that, besides the speech verbs, take a clause ("who believe the economy is weak").
const CLAUSE_TAKING = words('believe think hope fear know feel worry expect find show doubt suggest');

/**
 * Where the content of a restrictive relative's cue [start, end) ends: at the auxiliary that resumes the main
 * clause, past the one a reported clause holds ("who say the economy is weak were divided").
 */
function mainAuxiliaryAt(reading: SentenceReading, verb: CueVerb, start: number, end: number): number {
  const { ctx } = reading;
  let own = (verb.strong || CLAUSE_TAKING.has(verb.base)) && clauseAfter(ctx, start, end) ? 1 : 0;
  for (let k = start + 1; k < end; k++) {
    if (ctx.quoted[k] || AUXILIARY_ADVERBS.has(lw(ctx, k - 1)) || /^(that|which|who|it|he|she|they|we|i|you)$/.test(lw(ctx, k - 1))) continue;
    // "Republicans who have praised him warned on Tuesday that …": the main clause's own cue resumes it as well.
    if (!(FINITE_AUXILIARIES.has(lw(ctx, k)) || BE_FORMS.has(lw(ctx, k)) || finiteCueAt(reading, k))) continue;
    if (own-- > 0) continue;
    let e = k;
    while (e - 1 > start && AUXILIARY_ADVERBS.has(lw(ctx, e - 1))) e--;
    return e;
  }
  return end;
}

/**
 * "have not said when …", "wouldn't say when …": a negation among the auxiliaries and adverbs drawn with the cue.
 * What a speaker did not say "when" or "how" is an indirect question, the content, not the occasion.
 */
function negatedCue(ctx: LineCtx, cue: CueHit, sentenceStart: number): boolean {
  for (let j = cueLeadStart(ctx, cue, sentenceStart); j < cue.first; j++) if (NEGATION.test(lw(ctx, j))) return true;
  return false;
}

// Words that open a reported clause or question rather than an object: "said that …", "asked whether …".
const CLAUSE_OPENERS = words('that whether if how what why when where who which to');

/** The content from token `start` is a noun phrase object ("endorsed Lee", "criticized the plan"), not a clause. */
function isObjectContent(ctx: LineCtx, start: number, sentenceEnd: number): boolean {
  return start < sentenceEnd && !ctx.quoted[start] && !CLAUSE_OPENERS.has(lw(ctx, start)) && !clauseAfter(ctx, start, sentenceEnd);
}

/**
 * The phrase is headed by a poll, a document or data: its last word, or the noun before a participle and its time
 * ("The poll released Friday shows …", "the report published on Tuesday found …").
 */
function evidenceHead(ctx: LineCtx, phrase: SpeakerPhrase): boolean {
  if (isEvidenceNoun(lw(ctx, headOf(phrase)))) return true;
  for (let k = phrase.last - 1; k >= phrase.first; k--) if (PAST_FORM.test(ctx.tokens[k + 1].text) && isEvidenceNoun(lw(ctx, k))) return true;
  return false;
}

/** The phrase stands before a relative "that" right before the cue (its auxiliaries and adverbs aside). */
function viaRelativeThat(ctx: LineCtx, phrase: SpeakerPhrase, cueFirst: number): boolean {
  const k = phrase.last + 1;
  if (lw(ctx, k) !== 'that' || !isRelativeThat(ctx.tokens, k, 0)) return false;
  for (let j = k + 1; j < cueFirst; j++) if (!BETWEEN.has(lw(ctx, j)) && !isMannerAdverb(ctx.tokens[j])) return false;
  return true;
}

/** A head that can hold a view: a name, people, an organization's kind, or a document. */
function speakingHead(ctx: LineCtx, phrase: SpeakerPhrase): boolean {
  const head = lw(ctx, headOf(phrase));
  const singular = /[^s]s$/.test(head) ? head.slice(0, -1) : head;
  return phrase.form === 'name' || isPersonNoun(head) || isEvidenceNoun(head) || !!organizationNameWords(singular) || isNamelessKind(singular) || isDocumentNoun(singular) || /^(groups?|pacs?|organi[sz]ations?|city|cities|states?|nations?|countr(y|ies)|governments?)$/.test(head);
}

// Prepositions that open a sentence with a phrase ahead of its subject: "After the Times report, …".
const OPENING_PREPOSITIONS = words('after before in following despite since amid with without given until');

/**
 * A noun-like base form ("report", "claim", "plan") heads a noun phrase, whatever stands before it (a name in
 * -s such as "Times" passes for a plural subject), when a finite cue follows it ("The Harbour Times report said …")
 * or when its comma closes the phrase the sentence opens with a preposition ("After the Times report, Roe said …").
 */
function nounBeforeClause(reading: SentenceReading, cue: CueHit, verb: CueVerb): boolean {
  const { ctx, sentenceStart } = reading;
  if (cue.last !== cue.first || lw(ctx, cue.first) !== verb.base || !isNounish(ctx.tokens[cue.first].text) || ctx.quoted[cue.first + 1]) return false;
  if (finiteCueAt(reading, cue.first + 1)) return true;
  const body = sentenceBody(ctx, sentenceStart, cue.first);
  if (lw(ctx, cue.first + 1) !== ',' || !OPENING_PREPOSITIONS.has(lw(ctx, body))) return false;
  // The opening phrase runs on to the cue: no comma has closed it before ("After the vote, officials claim, …").
  for (let k = body + 1; k < cue.first; k++) if (ctx.tokens[k].text === ',') return false;
  return true;
}

// Cue verbs whose past is their base form: "Roe forecast that …" agrees with any subject.
const SAME_PAST = words('forecast read');
// Nouns that agree with a plural verb without an -s: "police plan to …", "people fear …".
const PLURAL_WITHOUT_S = words('police people staff public media children men women clergy data');

/** The phrase is a singular subject: one opened by "a" or "this", or a name, whose head is no plural, with no "and" in it or before it. */
function singularSubject(ctx: LineCtx, phrase: SpeakerPhrase): boolean {
  const head = lw(ctx, headOf(phrase));
  if (/s$/.test(head) || PLURAL_WITHOUT_S.has(head)) return false;
  // "data from the Census Survey show": a phrase after a preposition is not the subject itself.
  if (SPEAKER_PREPOSITIONS.has(lw(ctx, phrase.first - 1))) return false;
  for (let k = phrase.first - 1; k <= phrase.last; k++) if (lw(ctx, k) === 'and' || ctx.tokens[k]?.text === '&') return false;
  return phrase.form === 'name' || SINGULAR_DETERMINER.test(lw(ctx, phrase.first));
}

// Cue verbs that also tell a change in an amount: "exports declined 40 percent", "fees declined to $2 million".
const AMOUNT_SENSE = words('decline');
// Currency signs that open an amount ("$281 million"), and the prepositions that lead to one ("to $2 million").
const CURRENCY = /^[$€£¥]/u;
const AMOUNT_LINKS = words('to by from');

/** A change in an amount opens at token k: a figure, or "to", "by" or "from" before one, or a degree adverb before those ("slightly from"). */
function amountFollows(ctx: LineCtx, k: number): boolean {
  const figure = (i: number): boolean => i < ctx.tokens.length && (ctx.tokens[i].kind === 'number' || CURRENCY.test(ctx.tokens[i].text) || NUMBER_WORDS.has(lw(ctx, i)));
  const at = k < ctx.tokens.length && isLyAdverb(ctx.tokens[k].text) ? k + 1 : k;
  return figure(at) || (AMOUNT_LINKS.has(lw(ctx, at)) && figure(at + 1)) || (at > k && lw(ctx, at) === 'from');
}

// Auxiliaries that open a question before its subject: "Do you know …?", "Would you think …?".
const QUESTION_OPENERS = words('do does did would could can will should');

/** "Do you know where …?", "Would you think …?": a question put to the reader is no one's claim. */
function askedOfReader(reading: SentenceReading, phrase: SpeakerPhrase): boolean {
  const { ctx, sentenceEnd } = reading;
  return phrase.form === 'pronoun' && lw(ctx, phrase.first) === 'you' && QUESTION_OPENERS.has(lw(ctx, phrase.first - 1)) && !ctx.quoted[phrase.first]
    && ctx.tokens[sentenceEnd - 1]?.text === '?';
}

/** Reads a finite cue: its speaker (or, with none before it, an inverted attribution), then its content. */
export function readFiniteCue(reading: SentenceReading, cue: CueHit, verb: CueVerb, progressive: number): void {
  const { ctx, sentenceStart, sentenceEnd, cues } = reading;
  const { tokens, quoted } = ctx;
  const found = speakerOfCue(reading, cue, progressive);
  const { phrase } = found;
  let { speaker } = found;
  if (!speaker && mayBeInverted(reading, cue)) {
    readInverted(reading, cue);
    return;
  }
  if (!speaker) return;
  // "a hat that says …", "levels that will not support …": a relative "that" reports for a thing only with a
  // speech verb; other cues need people, an organization, a name or a document before it.
  if (phrase && viaRelativeThat(ctx, phrase, cue.first) && !verb.strong && !speakingHead(ctx, phrase)) return;
  // "six states", "his remarks": a noun-like cue needs a person-like subject; a capitalised camp heading a
  // phrase is one ("Democrats on the panel plan …").
  const camp = !!phrase && isPoliticalCamp(lw(ctx, headOf(phrase))) && /^\p{Lu}/u.test(tokens[headOf(phrase)].text);
  const singular = phrase && SINGULAR_DETERMINER.test(lw(ctx, phrase.first)) && /s$/.test(lw(ctx, cue.first));
  const evidence = !!phrase && evidenceHead(ctx, phrase);
  // "Party leaders hope …", "supporters claim that …": a base form agreeing with a plural noun is its verb.
  const plural = !!phrase && lw(ctx, cue.first) === verb.base && PLURAL_AGREEING.has(verb.base) && PLURAL_NOUN.test(lw(ctx, headOf(phrase)));
  if (phrase && isNounish(tokens[cue.first].text) && phrase.form === 'descriptor' && !isRoleNoun(lw(ctx, headOf(phrase))) && !camp && !singular && !evidence && !plural) return;
  // "Trump support is strong", "the government plan is better": a noun-like base form right before an
  // auxiliary heads the subject of that verb; it is no cue. A verb there agrees with its subject ("which he
  // estimates will …", "a tactic Democrats hope will …").
  const base = lw(ctx, cue.first) === verb.base && phrase?.form !== 'pronoun' && !(phrase && /[^s]s$/.test(lw(ctx, headOf(phrase))));
  // "Olympic champion Kenny Roe": one between a singular name and another name, with no auxiliary before it, is a
  // title the first name modifies; a verb there would agree ("Roe champions Lee").
  if (base && isNounish(tokens[cue.first].text)) {
    if (cue.last + 1 < sentenceEnd && !quoted[cue.last + 1] && (FINITE_AUXILIARIES.has(lw(ctx, cue.last + 1)) || BE_FORMS.has(lw(ctx, cue.last + 1)))) return;
    if (phrase?.form === 'name' && phrase.last === cue.first - 1 && /^\p{Lu}/u.test(tokens[cue.last + 1]?.text ?? '')) return;
    // "a government plan similar to …", "the Lund plan, …": a singular subject would take "plans"; the base
    // form right after it is the head of a noun phrase.
    if (phrase && phrase.last === cue.first - 1 && !SAME_PAST.has(verb.base) && singularSubject(ctx, phrase)) return;
  }
  if (nounBeforeClause(reading, cue, verb)) return;
  if (phrase && askedOfReader(reading, phrase)) return;
  const start = contentStartAfter(ctx, cue, sentenceEnd);
  if (AMOUNT_SENSE.has(verb.base) && amountFollows(ctx, start)) return;
  let end = contentEnd(ctx, start, sentenceEnd, cues);
  if (verb.needsQuote) end = namingEnd(ctx, start, end);
  else if (!verb.strong && isObjectContent(ctx, start, sentenceEnd)) end = objectEnd(ctx, start, end);
  else end = occasionEnd(ctx, start, end);
  const relative = phrase ? relativeBefore(ctx, phrase.first, sentenceStart) : -1;
  // "While Ramos said that …, he appears …" / "Barkley, who said …, said …" / "The union, which endorsed Roe in
  // May, said …" / "The rules, which officials said
  // will apply in May, …": a subordinate clause or one set off by commas ends at its comma.
  const subordinate = SUBORDINATE_OPENERS.has(lw(ctx, phrase ? phrase.first - 1 : -1)) || SUBORDINATE_OPENERS.has(lw(ctx, sentenceStart)) || lw(ctx, cue.first - 1) === 'who' || (lw(ctx, cue.first - 1) === 'which' && lw(ctx, cue.first - 2) === ',') || (relative > sentenceStart && lw(ctx, relative - 1) === ',');
  // "Roe, who had said …, criticized …": the relative clause ends where the main clause's predicate resumes.
  // "Roe, who has endorsed Lee …, said Thursday that …": the main clause's cue resumes it too.
  if (!subordinate && relativeSubject(ctx, cue.first, sentenceStart)) {
    for (let k = start + 1; k < end; k++) {
      if (!quoted[k] && tokens[k].text === ',' && (opensPredicate(ctx, k + 1, end) || finiteCueAt(reading, k + 1))) {
        end = k;
        break;
      }
    }
  }
  if (subordinate) {
    for (let k = start + 1; k < end; k++) {
      if (!quoted[k] && clauseComma(ctx, k)) {
        end = k;
        break;
      }
    }
  }
  // "Voters who support Sanders are younger", "Those who say the economy is weak were divided": a restrictive
  // relative clause ends where the main clause's auxiliary follows.
  const who = relativeOpening(ctx, cue.first, sentenceStart);
  const restrictive = who >= 0 && (lw(ctx, who) === 'who' || lw(ctx, who) === 'that') && lw(ctx, who - 1) !== ',';
  if (restrictive) end = mainAuxiliaryAt(reading, verb, start, end);
  let first = phrase ? phrase.first : cue.first;
  // "…, the construction company Alpentrans AG said": a description ahead of the name belongs to the speaker.
  if (phrase && phrase.form === 'name') {
    const lead = descriptionBefore(ctx, phrase.first, sentenceStart);
    if (lead < first) {
      first = lead;
      speaker = mention(ctx, first, phrase.last, 'name');
    }
  }
  // "Republicans who have praised him warned …": the phrase the relative clause restricts is the main cue's speaker.
  const antecedent = speaker;
  if (phrase) speaker = withAppositive(ctx, speaker, cueMention(ctx, cue, sentenceStart).start);
  // "Poland's agriculture minister, Agnieszka Małecka, said": the description ahead is part of the source.
  // A relative pronoun drawn as the source ("The Post, which argued") stands alone.
  const relativeSource = !!speaker.phrase && speaker.phrase.start >= speaker.end;
  if (phrase?.sourceFirst !== undefined && phrase.sourceFirst < phrase.first && !relativeSource) {
    speaker = { ...speaker, phrase: { start: tokens[phrase.sourceFirst].start, end: speaker.phrase?.end ?? speaker.end } };
    // The attribution starts with the description, so the text before the name is no preposed content.
    first = Math.min(first, phrase.sourceFirst);
  }
  // "Jo Roe at the Review said": the phrase after the name that speaks is part of the source.
  if (phrase?.sourceLast !== undefined && phrase.sourceLast > phrase.last && !relativeSource) {
    speaker = { ...speaker, phrase: { start: speaker.phrase?.start ?? speaker.start, end: tokens[phrase.sourceLast].end } };
  }
  // "Both Roe and Lee said", "supporters of the plan said": the source reaches back over coordinated names and
  // the head its prepositional phrase hangs on; the mention stays the nearest phrase, for resolution.
  const lead = phrase && !relativeSource ? sourceLead(ctx, first, sentenceStart) : first;
  if (lead < first) {
    speaker = { ...speaker, phrase: { start: tokens[lead].start, end: speaker.phrase?.end ?? speaker.end } };
    first = lead;
  }
  if (readPreposed(reading, { cue, speaker, first, start, end, reports: verb.strong || evidence })) return;
  const afterWords = wordCount(ctx, start, end);
  // "said, “Probably.”": a comma or colon before the quotation leaves it following.
  const quoteFollows = start < sentenceEnd && (quoted[start] || (/^[,:]$/.test(tokens[start].text) && !!quoted[start + 1]));
  // "endorsed Trump", "criticized him": an attitude verb's one-word object is its content.
  const objectWord = afterWords === 1 && !verb.strong && start < end && (CAPITALISED.test(tokens[start].text) || OBJECT_PRONOUNS.has(lw(ctx, start)));
  // "46 percent said yes", "Everyone but Lund said no, …": an answer of one word is what was said ("said no to …" is not).
  // "he said that.", "a novel says so.": a pro-form for what was said, at the sentence end, stands for it.
  const proForm = afterWords === 1 && verb.strong && start < end && PRO_FORMS.has(lw(ctx, start)) && (start + 1 >= sentenceEnd || /^[.!?]$/.test(lw(ctx, start + 1)));
  const answer = proForm || (afterWords === 1 && verb.strong && start < end && ANSWERS.has(lw(ctx, start)) && !/^(to|on)$/.test(lw(ctx, start + 1)));
  // A learned verb reports a statement, not a short object ("thanked the crowd", "talked to her").
  if (verb.learned && afterWords < LEARNED_MIN_WORDS) return;
  if (start >= end || (afterWords < 2 && !quoteFollows && !objectWord && !answer)) {
    // "Smith said." after a quotation, "Smith said:" before one.
    if (!reading.claims.length && (start >= sentenceEnd || tokens[start].text === ':')) reading.attribution = { cue: cueMention(ctx, cue, sentenceStart), speaker };
    return;
  }
  // "…, Lund said Friday as he left the hall", "said before he resigned": a clause of time or cause with its own
  // subject right after a speech verb tells when or why it was said, not what.
  // The attribution stands for a quotation that follows, as "Smith said." does.
  if (verb.strong && verb.base !== 'ask' && opensAdjunctClause(ctx, start) && !negatedCue(ctx, cue, sentenceStart)) {
    if (!reading.claims.length) reading.attribution = { cue: cueMention(ctx, cue, sentenceStart), speaker };
    return;
  }
  const span = contentSpan(ctx, start, end);
  if (!span) return;
  // A short quotation after a belief or naming verb is a title or nickname more often than a claim.
  if (!verb.strong && quoteFollows && wordCount(ctx, start, end) < 3) return;
  // "a charity that prosecutors said was a front": the relative pronoun stands for the subject of the content.
  const spans = relative >= 0 ? [{ start: tokens[relative].start, end: tokens[relative].end }, span] : [span];
  // A naming verb without a quotation ("called the hearing because they felt …") leaves the clause to later cues.
  if (!reading.emit(spans, cue, speaker, start)) return;
  reading.coveredUntil = end;
  if (restrictive && end < sentenceEnd) reading.modified = { speaker: antecedent, from: start, until: end };
}
