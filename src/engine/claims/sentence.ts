import { isEvidenceNoun } from '../lexicon/evidence';
import { isRoleNoun } from '../lexicon/roles';
import { cueVerb, isNounish, isParticiple, phrasalCue, type CueVerb } from '../lexicon/speech';
import { lowerAt, type Token } from '../text/tokens';
import type { MentionForm, Span } from '../types';
import type { QuoteSegment } from './quotes';
import { askedAt, leadingAsked } from './asked';
import { raisingAt } from './raising';
import { BETWEEN, OBJECT_PRONOUNS, clauseSubject, phraseWithOf, speakerAfter, speakerBefore, subjectAt, type SpeakerPhrase } from './speakers';

/** A cue or speaker found in a line, offsets relative to the line. */
export interface LocalMention extends Span {
  text: string;
  form: MentionForm;
}

/** A claim found within one sentence; offsets relative to the line. */
export interface SentenceClaim {
  spans: Span[];
  cue: LocalMention | null;
  speaker: LocalMention | null;
  /** A sentence that is nothing but quotation, with no attribution of its own. */
  bare: boolean;
  /** A quotation inside other text with no cue of its own: it takes the speaker of the claim before it. */
  orphan?: boolean;
}

export interface Attribution {
  cue: LocalMention;
  speaker: LocalMention;
}

export interface SentenceResult {
  claims: SentenceClaim[];
  /** An attribution with no content of its own ("Smith said." after a quotation, "Smith said:" before one). */
  attribution: Attribution | null;
}

/** One line's tokens, which of them lie inside quotations, and the quotations. */
export interface LineCtx {
  s: string;
  tokens: Token[];
  quoted: boolean[];
  quoteOf: number[];
  quotes: QuoteSegment[];
  /** The line is a title-case headline. */
  headline: boolean;
}

const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'recently', 'earlier', 'later', 'again', 'also', 'repeatedly', 'publicly', 'privately', 'previously', 'then',
  'afterward', 'afterwards', 'separately', 'once', 'now', 'simply', 'flatly', 'bluntly', 'this', 'last',
  'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', '\'s', '’s',
]);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'via', 'through', 'while', 'when', 'from', 'to', 'of', 'about', 'with', 'for', 'outside', 'inside']);
const HEARERS = new Set(['reporters', 'journalists', 'supporters', 'lawmakers', 'voters', 'viewers', 'listeners', 'members', 'students', 'delegates', 'officials', 'senators', 'congress', 'parliament', 'the']);
const NEGATIONS = /^(not|never|n['’]t|\w+n['’]t)$/i;

interface CueHit {
  first: number;
  last: number;
  verb: CueVerb | null;
}

const lw = (ctx: LineCtx, k: number): string => lowerAt(ctx.tokens, k);

/** Cue candidates of a sentence outside quotations: speech verbs and "according to". */
function cuesOf(ctx: LineCtx, a: number, b: number): CueHit[] {
  const { tokens, quoted } = ctx;
  const out: CueHit[] = [];
  for (let i = a; i < b; i++) {
    if (quoted[i] || tokens[i].kind !== 'word') continue;
    const w = lw(ctx, i);
    if (w === 'according' && lw(ctx, i + 1) === 'to' && i + 1 < b) {
      out.push({ first: i, last: i + 1, verb: null });
      continue;
    }
    const v = phrasalCue(w, lw(ctx, i + 1)) ?? cueVerb(w);
    // A capitalised form is a name ("the Washington Post"), except in a title-case headline ("Trump Says …").
    if (!v || (/^\p{Lu}/u.test(tokens[i].text) && !(ctx.headline && v.strong))) continue;
    if (v.particle) {
      if (lw(ctx, i + 1) === v.particle && i + 1 < b) out.push({ first: i, last: i + 1, verb: v });
      continue;
    }
    if (v.base === 'continue' && lw(ctx, i + 1) === 'to') continue;
    // "didn't say", "never said": a denial of speech is not a claim.
    let k = i - 1;
    while (k >= a && BETWEEN.has(lw(ctx, k)) && !NEGATIONS.test(lw(ctx, k))) k--;
    if (k >= a && NEGATIONS.test(lw(ctx, k))) continue;
    out.push({ first: i, last: i, verb: v });
  }
  return out;
}

const mention = (ctx: LineCtx, first: number, last: number, form: MentionForm): LocalMention => {
  const start = ctx.tokens[first].start;
  const end = ctx.tokens[last].end;
  return { start, end, text: ctx.s.slice(start, end), form };
};

const fromPhrase = (ctx: LineCtx, p: SpeakerPhrase): LocalMention => mention(ctx, p.first, p.last, p.form);

/** Content from token a to b (exclusive), without leading and trailing punctuation outside quotes. */
function contentSpan(ctx: LineCtx, a: number, b: number): Span | null {
  const { tokens, quoted } = ctx;
  while (a < b && !quoted[a] && tokens[a].kind === 'punct' && /^[,:;—–-]$/.test(tokens[a].text)) a++;
  while (b > a && !quoted[b - 1] && tokens[b - 1].kind === 'punct' && /^[.!?…,:;—–-]$/.test(tokens[b - 1].text)) b--;
  if (b <= a) return null;
  return { start: tokens[a].start, end: tokens[b - 1].end };
}

const wordCount = (ctx: LineCtx, a: number, b: number): number => {
  let n = 0;
  for (let i = a; i < b; i++) if (ctx.tokens[i].kind !== 'punct') n++;
  return n;
};

/** Where the content after a cue starts: after a hearer, "that", time words or a leading adverbial. */
function contentStartAfter(ctx: LineCtx, cue: CueHit, b: number): number {
  const { tokens, quoted } = ctx;
  let i = cue.last + 1;
  for (let k = i; k < b && k - i < 12 && !cue.verb?.objectOnly; k++) {
    if (quoted[k]) break;
    if (lw(ctx, k) === 'that') return k;
    // "said the plan would help but that …": a "that" after a coordinator opens a second clause of the content.
    if (tokens[k].kind === 'punct' ? tokens[k].text !== ',' && !/^['’]/.test(tokens[k].text) : /^(but|and|or)$/.test(lw(ctx, k))) break;
    // "who proposed the measure, told reporters that …": a "that" past another cue is that cue's.
    if (k > i && cueVerb(lw(ctx, k))?.strong) break;
  }
  if (cue.verb?.takesHearer && i < b && !quoted[i]) {
    if (OBJECT_PRONOUNS.has(lw(ctx, i)) || (HEARERS.has(lw(ctx, i)) && lw(ctx, i) !== 'the')) i++;
    else {
      const p = speakerAfter(tokens, i, b, quoted);
      if (p && (p.form === 'name' || lw(ctx, i) === 'the')) i = p.last + 1;
    }
  }
  while (i < b && !quoted[i] && TIME_WORDS.has(lw(ctx, i))) i++;
  if (i < b && !quoted[i] && PREPOSITIONS.has(lw(ctx, i)) && !(cue.verb?.infinitive && lw(ctx, i) === 'to')) {
    for (let k = i + 1; k < b && k - i < 9; k++) {
      if (quoted[k]) break;
      if (tokens[k].text === ',' || tokens[k].text === ':') return k + 1;
    }
  }
  return i;
}

// After a comma these open a clause, relative clause or appositive that the speaker did not say.
const CLAUSE_AFTER_COMMA = /^(but|however|although|though|whereas|compared|putting|prompting|which|who|whom|whose|where|a|an)$/;

/**
 * Where the content of a cue ends: at the sentence end, or before a coordinated cue of the same speaker
 * ("… and added that …", "…, saying …", "… — asserting …").
 */
function contentEnd(ctx: LineCtx, from: number, b: number, cues: CueHit[]): number {
  // A clause break: ", but …", ", however …", "… while …".
  for (let k = from + 1; k < b; k++) {
    if (ctx.quoted[k]) continue;
    const w = lw(ctx, k);
    const n = lw(ctx, k + 1);
    if ((w === ',' && CLAUSE_AFTER_COMMA.test(n)) || w === ';') {
      b = k;
      break;
    }
    // "…, according to a poll": a source of its own closes the content.
    if (w === 'according' && n === 'to') {
      b = lw(ctx, k - 1) === ',' ? k - 1 : k;
      break;
    }
    // "… when asked about the loan": the question put to the speaker is a claim of its own.
    if (/^(when|after|if|once)$/.test(w) && n === 'asked' && !ctx.quoted[k + 1]) {
      b = lw(ctx, k - 1) === ',' ? k - 1 : k;
      break;
    }
    // "said that while …, …": a "while" opening the reported clause is part of it.
    if (w === 'while' && !ctx.quoted[k - 1] && k !== from && lw(ctx, k - 1) !== 'that') {
      b = lw(ctx, k - 1) === ',' ? k - 1 : k;
      break;
    }
  }
  for (const c of cues) {
    if (c.first <= from || c.first >= b || !c.verb) continue;
    // Another attribution with its own speaker: "…, and three-quarters said …".
    const own = speakerBefore(ctx.tokens, c.first, from, ctx.quoted);
    if (own && own.first - 1 > from && /^(and|but|,)$/.test(lw(ctx, own.first - 1)) && !isParticiple(ctx.tokens[c.first].text)) {
      let e = own.first - 1;
      if (lw(ctx, e) !== ',' && lw(ctx, e - 1) === ',') e--;
      return quoteClauseEnd(ctx, from, e);
    }
    let k = c.first - 1;
    while (k > from && BETWEEN.has(lw(ctx, k))) k--;
    const w = lw(ctx, k);
    const commaQuote = ctx.quoted[k] && /,["”’']?$/.test(ctx.s.slice(ctx.tokens[k - 1]?.start ?? 0, ctx.tokens[k].end));
    if (w === 'and' || w === 'but' || ((w === ',' || w === '—' || w === '–' || commaQuote) && isParticiple(ctx.tokens[c.first].text))) {
      if (commaQuote) return k + 1;
      let e = k;
      if ((w === 'and' || w === 'but') && lw(ctx, k - 1) === ',') e = k - 1;
      return quoteClauseEnd(ctx, from, e);
    }
  }
  return quoteClauseEnd(ctx, from, b);
}

/** Where a lower-case description before a name starts ("the construction company" + "Alpentrans AG"), if a comma precedes it. */
function descriptionBefore(ctx: LineCtx, first: number, a: number): number {
  let k = first - 1;
  while (k >= a && first - k <= 5 && ctx.tokens[k].kind === 'word' && /^\p{Ll}/u.test(ctx.tokens[k].text) && !/^(and|or|but|that|which|who|said|says)$/.test(lw(ctx, k))) {
    if (/^(the|a|an)$/.test(lw(ctx, k))) return k - 1 >= a && lw(ctx, k - 1) === ',' ? k : first;
    k--;
  }
  return first;
}

/** "…, the poll found": a weak cue whose subject is a poll, a document or data reports like a speech verb. */
function evidential(ctx: LineCtx, c: CueHit, a: number): boolean {
  const sp = speakerBefore(ctx.tokens, c.first, a, ctx.quoted);
  return !!sp && isEvidenceNoun(lw(ctx, sp.last));
}

/** A cue whose clause ends the sentence after a few words, with no "that" and no quotation after it. */
function isTrailing(ctx: LineCtx, c: CueHit, b: number): boolean {
  let words = 0;
  for (let k = c.last + 1; k < b; k++) {
    if (ctx.quoted[k] || lw(ctx, k) === 'that') return false;
    if (ctx.tokens[k].kind !== 'punct') words++;
  }
  if (words > 6) return false;
  // A comma closes the content before the speaker: "…, Smith said", "…, said Smith"; but "…, and Jones said
  // the same" is a clause of its own.
  for (let k = c.first - 1; k >= 0 && c.first - k <= 8; k--) if (lw(ctx, k) === ',' || ctx.quoted[k]) return !/^(and|but|while)$/.test(lw(ctx, k + 1));
  return false;
}

const SUBORDINATORS = new Set(['while', 'although', 'though', 'because', 'if', 'when', 'since', 'after', 'before', 'as', 'whereas', 'unless', 'until', 'who']);

const AFTER_QUOTE_BREAKS = new Set(['but', 'though', 'although', 'while', 'as', 'whereas', '—', '–', 'referring', 'adding', 'saying', 'noting']);

/**
 * Where reported content that quotes ends: a quotation closing on a comma (“…,”) closes the clause, and so
 * does a contrast or a new clause after a quotation ("… “excited where we stand” as he faces …").
 */
function quoteClauseEnd(ctx: LineCtx, from: number, end: number): number {
  const { tokens, quoted, quotes, quoteOf, s } = ctx;
  // "that while the firm had been “careless,” no court …": a fronted subordinate clause ends at its comma and
  // the main clause follows, so its first “…,” does not close the content.
  let fronted = /^(while|although|though|if|because|when|since|unless)$/.test(lw(ctx, lw(ctx, from) === 'that' ? from + 1 : from));
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
    if (AFTER_QUOTE_BREAKS.has(next)) return k + 1;
    if (next === ',' && (AFTER_QUOTE_BREAKS.has(lw(ctx, k + 2)) || /^(a|an|the|which|who)$/.test(lw(ctx, k + 2)))) return k + 1;
    if (next === 'and' && /^(he|she|they|it|we|i)$/.test(lw(ctx, k + 2))) return k + 1;
    if (tokens[k + 1].kind === 'punct' && /^[.!?]$/.test(tokens[k + 1].text)) return end;
  }
  return end;
}

/**
 * After “…,” the reported clause goes on with a subordinate or comparative link ("“…,” because …", "“…,”
 * compared to …"), a coordinated clause ("“…,” and the deficit …") or the next item of a list of quotations
 * ("a “coward,” a “bully” and …").
 */
function commaContinues(ctx: LineCtx, k: number): boolean {
  const w = lw(ctx, k);
  if (/^(because|compared|such|where|with|since|unless|if|including|than|especially|and|or)$/.test(w)) return true;
  return ctx.quoted[k] || (/^(a|an|the|his|her|their|its)$/.test(w) && (ctx.quoted[k + 1] || ctx.quoted[k + 2]));
}

/** A clause starts at k: "that", or a subject phrase followed by a finite verb or a quotation ("the plan is", "pilots “may …”"). */
function clauseAfter(ctx: LineCtx, k: number, b: number): boolean {
  if (lw(ctx, k) === 'that') return true;
  const p = speakerAfter(ctx.tokens, k, b, ctx.quoted);
  return !!p && (ctx.quoted[p.last + 1] || /^(is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|does|did|do)$/.test(lw(ctx, p.last + 1)));
}

/** A tail after the cue that quotes (not a title) or opens with "that" is the content itself ("In a statement, she said it was “false”"). */
function tailReports(ctx: LineCtx, start: number, end: number, quotesIn: number[]): boolean {
  const { tokens, quoted, quotes } = ctx;
  if (start >= end || tokens[start].kind !== 'word' || quoted[start]) return false;
  if (lw(ctx, start) === 'that') return true;
  return quotesIn.some((qi) => quotes[qi].start >= tokens[start].start && quotes[qi].end <= tokens[end - 1].end && !isTitleCase(ctx.s.slice(quotes[qi].start, quotes[qi].end)));
}

const ADVERBIAL_LEADS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'among', 'from', 'of', 'with', 'by', 'under', 'over', 'since', 'despite', 'unlike', 'like', 'for', 'asked', 'overall', 'nationally', 'nationwide', 'meanwhile']);

/** "In the survey, 47% say …": a short phrase opening with a preposition, before a comma, sets the scene; it is not the content. */
function isAdverbial(ctx: LineCtx, a: number, end: number): boolean {
  return ADVERBIAL_LEADS.has(lw(ctx, a)) && wordCount(ctx, a, end) <= 6 && lw(ctx, end - 1) === ',' && !ctx.quoted[end - 1];
}

/**
 * A naming verb's content ends with its quoted name when a new predicate, a parenthesis or a dash follows
 * ("called her “third-rate” and boycotted …" → "her “third-rate”"); quotations listed together stay ("called
 * it “immoral,” a “lie” and …"), and so do modifiers of the name ("“a mistake” because …").
 */
function namingEnd(ctx: LineCtx, start: number, end: number): number {
  const { quoted, quoteOf } = ctx;
  let k = start;
  while (k < end && !quoted[k]) k++;
  if (k >= end || k - start > 8) return end;
  for (;;) {
    while (k + 1 < end && quoted[k + 1] && quoteOf[k + 1] === quoteOf[k]) k++;
    // Another quotation within a few joining words continues the list.
    let j = k + 1;
    while (j < end && j - k <= 3 && !quoted[j] && /^(,|and|or|a|an|the)$/.test(lw(ctx, j))) j++;
    if (j < end && quoted[j] && j - k <= 3) {
      k = j;
      continue;
    }
    const n = lw(ctx, k + 1);
    const n2 = lw(ctx, k + 2);
    const verbish = /^\p{Ll}+(ed|s|ing)$/u.test(n2) || !!cueVerb(n2);
    if (/^[(—–-]$/.test(n) || (/^(and|or|,)$/.test(n) && verbish && !/^(ways|years|others|his|its|this|has|was|is)$/.test(n2))) return k + 1;
    return end;
  }
}

const isSentenceLead = (t: Token): boolean => t.kind === 'punct' || /^(and|but|so|yet|or)$/i.test(t.text);

/** The quotations between a and end when nothing but punctuation stands outside them; null otherwise. */
function leadingQuotes(ctx: LineCtx, a: number, end: number, quotesIn: number[]): Span[] | null {
  const { tokens, quoted, quotes } = ctx;
  for (let i = a; i < end; i++) if (!quoted[i] && tokens[i].kind !== 'punct') return null;
  const spans = quotesIn
    .map((qi) => quotes[qi])
    .filter((q) => q.start >= tokens[a].start && q.end <= tokens[end - 1].end)
    .map((q) => ({ start: q.start, end: q.end }));
  return spans.length ? spans : null;
}

/** Quotations that continue after the attribution: "“…,” she said, “…”". */
function trailingQuotes(ctx: LineCtx, from: number, b: number, quotesIn: number[]): Span[] {
  const { tokens, quoted, quotes } = ctx;
  if (from >= b) return [];
  let k = from;
  while (k < b && !quoted[k] && k - from < 10) {
    const w = lw(ctx, k);
    if (w === 'that' || cueVerb(w)) return [];
    k++;
  }
  if (k >= b || !quoted[k]) return [];
  return quotesIn.map((qi) => quotes[qi]).filter((q) => q.start >= tokens[k].start).map((q) => ({ start: q.start, end: q.end }));
}

/** Finds the claims of the sentence of tokens [a, b) in a line. */
export function analyzeSentence(ctx: LineCtx, a: number, b: number): SentenceResult {
  // "Asked whether …, Smith said …": the question is a claim of its own; the answer's attribution follows it.
  const lead = leadingAsked(ctx.tokens, ctx.quoted, a, b);
  if (!lead) return sentenceClaims(ctx, a, b);
  const { clause, end } = lead;
  const question = contentSpan(ctx, clause.contentStart, end);
  const rest = sentenceClaims(ctx, end, b);
  if (!question) return rest;
  const claim: SentenceClaim = { spans: [question], cue: mention(ctx, clause.cueFirst, clause.cueLast, 'other'), speaker: null, bare: false };
  return { ...rest, claims: [claim, ...rest.claims] };
}

/** The claims of the sentence [a, b) once a leading asked clause is taken off. */
function sentenceClaims(ctx: LineCtx, a: number, b: number): SentenceResult {
  const { tokens, quoted, quotes, quoteOf } = ctx;
  const quotesIn: number[] = [];
  for (let i = a; i < b; i++) if (quoted[i] && quotesIn[quotesIn.length - 1] !== quoteOf[i]) quotesIn.push(quoteOf[i]);
  const outsideWords = (x: number, y: number): number => {
    let n = 0;
    for (let i = x; i < y; i++) if (!quoted[i] && tokens[i].kind !== 'punct') n++;
    return n;
  };
  const claims: SentenceClaim[] = [];
  let attribution: Attribution | null = null;
  const cues = cuesOf(ctx, a, b);
  // A trailing attribution ("…, the company said on Tuesday.") governs the whole sentence: try it first, so
  // that a speech verb inside its content ("engineers found …") stays part of that content.
  const trailing = cues.findIndex((c) => !!c.verb && (c.verb.strong || evidential(ctx, c, a)) && c.first > a + 3 && isTrailing(ctx, c, b));
  if (trailing > 0) cues.unshift(...cues.splice(trailing, 1));
  // Claims don't overlap within a sentence except when a cue with its own speaker sits inside another's content.
  let coveredUntil = a;
  let lastSpeaker: LocalMention | null = null;
  const emit = (spans: Span[], cue: CueHit, speaker: LocalMention, end: number): void => {
    const cueM = mention(ctx, cue.first, cue.last, 'other');
    // A naming verb reports words only around a real quotation, not a name in title case ("call it „the Mole“").
    const quoteInside = (qi: number): boolean => spans.some((sp) => quotes[qi].start < sp.end && quotes[qi].end > sp.start);
    if (cue.verb?.needsQuote && !quotesIn.some((qi) => quoteInside(qi) && !isTitleCase(ctx.s.slice(quotes[qi].start, quotes[qi].end)))) return;
    claims.push({ spans, cue: cueM, speaker, bare: false });
    lastSpeaker = speaker;
    coveredUntil = Math.max(coveredUntil, end);
  };
  for (const cue of cues) {
    if (cue.first < coveredUntil) continue;
    if (!cue.verb) {
      // "According to X, …" / "…, according to X." / "…, according to X, …"
      const found = speakerAfter(tokens, cue.last + 1, b, quoted);
      if (!found) continue;
      // "according to a survey by the city", "according to figures from the ministry": the source goes on
      // to the next comma.
      let sp = found;
      if (/^(by|of|from|for|at|in|released|published|conducted)$/.test(lw(ctx, sp.last + 1))) {
        let k = sp.last + 1;
        while (k + 1 < b && !quoted[k + 1] && !/^[,;:—–.!?]$/.test(tokens[k + 1].text)) k++;
        sp = { ...sp, last: k };
      }
      let lead = a;
      while (lead < cue.first && isSentenceLead(tokens[lead]) && !quoted[lead]) lead++;
      const spans: Span[] = [];
      const before = lead < cue.first ? contentSpan(ctx, lead, cue.first) : null;
      const after = contentSpan(ctx, sp.last + 1, b);
      if (before && wordCount(ctx, lead, cue.first) >= 2) spans.push(before);
      if (after && wordCount(ctx, sp.last + 1, b) >= 2) spans.push(after);
      if (spans.length) emit(spans, cue, fromPhrase(ctx, sp), b);
      continue;
    }
    const v = cue.verb;
    const prevQuoted = cue.first > a && quoted[cue.first - 1];
    const prevW = lw(ctx, cue.first - 1);
    // "is telling reporters that …": a participle after an auxiliary is the finite verb of its clause.
    const progressive = /^(is|are|was|were|been|be|am|['’]s|['’]re)$/.test(prevW);
    if (isParticiple(tokens[cue.first].text) && !progressive) {
      // "…, saying (that) …" reports for the subject of the clause it hangs on, or the speaker before it.
      const afterQuote = prevQuoted && /,["”’']?$/.test(ctx.s.slice(tokens[cue.first - 1].start - 1, tokens[cue.first - 1].end));
      // "… with 30 percent of voters saying …": the phrase after "with" is the speaker.
      const withPhrase = prevQuoted ? null : phraseWithOf(tokens, cue.first - 1, a);
      if (withPhrase && withPhrase.first - 1 >= a && lw(ctx, withPhrase.first - 1) === 'with') {
        const start = contentStartAfter(ctx, cue, b);
        const end = contentEnd(ctx, start, b, cues);
        const span = contentSpan(ctx, start, end);
        if (span && wordCount(ctx, start, end) >= 2) emit([span], cue, fromPhrase(ctx, withPhrase), end);
        continue;
      }
      if (!(prevW === ',' || prevW === '—' || prevW === '–' || prevW === 'and' || afterQuote) || (prevQuoted && !afterQuote)) continue;
      const subj = lastSpeaker ?? ((): LocalMention | null => {
        const p = clauseSubject(tokens, a, cue.first, quoted);
        // A description speaks only when it names a role ("The senator visited …, saying …").
        return p && (p.form !== 'descriptor' || isRoleNoun(lw(ctx, p.last))) ? fromPhrase(ctx, p) : null;
      })();
      if (!subj) continue;
      const start = contentStartAfter(ctx, cue, b);
      const end = contentEnd(ctx, start, b, cues);
      const span = contentSpan(ctx, start, end);
      if (!span || wordCount(ctx, start, end) < 3) continue;
      emit([span], cue, subj, end);
      continue;
    }
    // A coordinated verb shares the speaker before it: "She said … and added that …".
    let sp = speakerBefore(tokens, cue.first, a, quoted);
    // "Trump is telling supporters …": the speaker stands before the auxiliary.
    if (!sp && progressive && isParticiple(tokens[cue.first].text)) sp = speakerBefore(tokens, cue.first - 1, a, quoted);
    let speaker: LocalMention | null = sp ? fromPhrase(ctx, sp) : null;
    let k0 = cue.first - 1;
    while (k0 > a && BETWEEN.has(lw(ctx, k0))) k0--;
    if (lw(ctx, k0) === 'and' || lw(ctx, k0) === 'but') {
      const shared = lastSpeaker ?? ((): LocalMention | null => {
        const p = clauseSubject(tokens, a, k0, quoted);
        return p ? fromPhrase(ctx, p) : null;
      })();
      if (shared) {
        sp = null;
        speaker = shared;
      }
    }
    // "Jo Roe, 58, a nurse who …, said the plan is …": the cue is followed by a clause, not by its speaker, so the
    // speaker is the phrase opening the sentence ahead of its appositive or prepositional phrase ("Officials at
    // the agency, a division of …, said").
    if (!speaker && prevW === ',' && clauseAfter(ctx, cue.last + 1, b)) {
      let lead = a;
      while (lead < cue.first && isSentenceLead(tokens[lead]) && !quoted[lead]) lead++;
      const p = subjectAt(tokens, lead, cue.first, quoted);
      if (p && (tokens[p.last + 1]?.text === ',' || /^(at|of|for|from|in|with|on)$/.test(lw(ctx, p.last + 1)))) {
        sp = p;
        speaker = fromPhrase(ctx, p);
      }
    }
    // Inverted order: "…,” said Smith." / "…, said the spokesman."
    if (!speaker && v.strong && (prevW === ',' || prevQuoted) && cue.first > a) {
      const after = speakerAfter(tokens, cue.last + 1, b, quoted);
      if (after && after.form !== 'pronoun' && wordCount(ctx, a, cue.first) >= 2) {
        const spans = leadingQuotes(ctx, a, cue.first, quotesIn) ?? [contentSpan(ctx, a, cue.first)].filter((x): x is Span => !!x);
        const tail = trailingQuotes(ctx, after.last + 1, b, quotesIn);
        if (spans.length) emit([...spans, ...tail], cue, fromPhrase(ctx, after), tail.length ? b : after.last + 1);
      }
      continue;
    }
    if (!speaker) continue;
    // "six states", "his remarks": a noun-like cue needs a person-like subject.
    // "A new poll shows …": after a singular determiner an -s form can only be the verb.
    const singular = sp && /^(a|an|one|this|every)$/.test(lw(ctx, sp.first)) && /s$/.test(lw(ctx, cue.first));
    const evidence = !!sp && isEvidenceNoun(lw(ctx, sp.last));
    if (sp && isNounish(tokens[cue.first].text) && sp.form === 'descriptor' && !isRoleNoun(lw(ctx, sp.last)) && !singular && !evidence) continue;
    const start = contentStartAfter(ctx, cue, b);
    let end = contentEnd(ctx, start, b, cues);
    if (v.needsQuote) end = namingEnd(ctx, start, end);
    // "While Ramos said that …, he appears …" / "Barkley, who said …, said …": a subordinate clause ends at its comma.
    const subordinate = SUBORDINATORS.has(lw(ctx, sp ? sp.first - 1 : -1)) || SUBORDINATORS.has(lw(ctx, a)) || lw(ctx, cue.first - 1) === 'who';
    if (subordinate) {
      for (let k = start + 1; k < end; k++) {
        if (!quoted[k] && tokens[k].text === ',') {
          end = k;
          break;
        }
      }
    }
    const afterWords = wordCount(ctx, start, end);
    const quoteFollows = start < b && quoted[start];
    let first = sp ? sp.first : cue.first;
    // "…, the construction company Alpentrans AG said": a description ahead of the name belongs to the speaker.
    if (sp && sp.form === 'name') {
      const lead = descriptionBefore(ctx, sp.first, a);
      if (lead < first) {
        first = lead;
        speaker = mention(ctx, first, sp.last, 'name');
      }
    }
    // Content before the attribution: the quotation(s) that open the sentence, or the clause before ", X said".
    const beforeSp = first - 1 >= a ? tokens[first - 1] : null;
    const closesContent = !!beforeSp && (beforeSp.text === ',' || quoted[first - 1] || beforeSp.text === '—');
    if (closesContent && outsideWords(a, first) === 0 && quotesIn.length && quotes[quotesIn[0]].start < tokens[first].start) {
      const spans = leadingQuotes(ctx, a, first, quotesIn) ?? [];
      const tail = trailingQuotes(ctx, cue.last + 1, b, quotesIn);
      if (spans.length) {
        emit([...spans, ...tail], cue, speaker, tail.length ? b : cue.last + 1);
        continue;
      }
    }
    const shortTail = afterWords <= 6 && !quoteFollows && !tailReports(ctx, start, end, quotesIn);
    if (!quoteFollows && closesContent && wordCount(ctx, a, first) >= 3 && (v.strong || evidence)) {
      let lead = a;
      while (lead < first && isSentenceLead(tokens[lead]) && !quoted[lead]) lead++;
      const before = contentSpan(ctx, lead, first);
      // "At one point, she said, she was considering …": a clause with its own subject resumes the content.
      const resumes = tokens[cue.last + 1]?.text === ',' && clauseSubject(tokens, cue.last + 2, end, quoted)?.first === cue.last + 2;
      if (before && shortTail && !resumes && !isAdverbial(ctx, lead, first)) {
        emit([before], cue, speaker, b);
        continue;
      }
      // "The plan, he said, is …": content on both sides.
      if (before && !quoteFollows && tokens[cue.last + 1]?.text === ',') {
        const after = contentSpan(ctx, cue.last + 2, end);
        if (after) {
          emit([before, after], cue, speaker, end);
          continue;
        }
      }
    }
    // "endorsed Trump", "criticized him": an attitude verb's one-word object is its content.
    const objectWord = afterWords === 1 && !v.strong && start < end && (/^\p{Lu}/u.test(tokens[start].text) || OBJECT_PRONOUNS.has(lw(ctx, start)));
    if (start >= end || (afterWords < 2 && !quoteFollows && !objectWord)) {
      if (!claims.length && (start >= b || tokens[start].text === ':')) attribution = { cue: mention(ctx, cue.first, cue.last, 'other'), speaker };
      continue;
    }
    const span = contentSpan(ctx, start, end);
    if (!span) continue;
    // A short quotation after a belief or naming verb is a title or nickname more often than a claim.
    if (!v.strong && quoteFollows && wordCount(ctx, start, end) < 3) continue;
    emit([span], cue, speaker, start);
    coveredUntil = end;
  }
  unattributedClaims(ctx, a, b, cues, claims);
  if (!claims.length && !attribution && /^[:]$/.test(lw(ctx, b - 1))) {
    // "In a 1963 speech, he declared:" with a verb we don't list still introduces the next quotation.
    const p = clauseSubject(tokens, a, b - 1, quoted);
    if (p && p.last + 1 < b - 1) attribution = { cue: mention(ctx, p.last + 1, b - 1, 'other'), speaker: fromPhrase(ctx, p) };
  }
  if (!claims.length && quotesIn.length && outsideWords(a, b) > 0) {
    const m = fragmentClaim(ctx, a, b, quotesIn, cues);
    if (m) claims.push(m);
  }

  // No attribution: a sentence that is only quotation is a bare quote; quotes inside other text are scare quotes.
  if (!claims.length && quotesIn.length && outsideWords(a, b) === 0 && !quotes[quotesIn[0]].single && wordCount(ctx, a, b) >= 3) {
    claims.push({ spans: quotesIn.map((qi) => ({ start: quotes[qi].start, end: quotes[qi].end })), cue: null, speaker: null, bare: true });
  }
  const cited = claims.length;
  let firstTok = a;
  for (const qi of quotesIn) {
    while (firstTok < b && tokens[firstTok].start < quotes[qi].start) firstTok++;
    if (!isUncitedSpeech(ctx, qi, claims.slice(0, cited))) continue;
    // A quotation later in the same sentence as reported content continues that content ("… says there’s a
    // “long road ahead” but he feels … “…”").
    const before = claims[claims.length - 1];
    const last = before?.spans[before.spans.length - 1];
    if (before && last && before.cue && last.end <= quotes[qi].start && before.cue.end <= last.start) last.end = quotes[qi].end;
    else claims.push(orphanClaim(ctx, Math.max(a, firstTok - ORPHAN_REACH), firstTok, quotes[qi]));
  }
  claims.sort((x, y) => x.spans[0].start - y.spans[0].start);
  return { claims, attribution };
}

/**
 * Claims without a named source, outside the claims found so far: raising verbs ("The bank is expected to
 * act …") and questions put to someone ("… when asked about the loan").
 */
function unattributedClaims(ctx: LineCtx, a: number, b: number, cues: CueHit[], claims: SentenceClaim[]): void {
  const { tokens, quoted } = ctx;
  const taken = (at: number): boolean => claims.some((c) => c.spans.some((sp) => sp.start <= at && at < sp.end) || (!!c.cue && c.cue.start <= at && at < c.cue.end));
  for (let i = a; i < b; i++) {
    if (quoted[i] || tokens[i].kind !== 'word') continue;
    const raising = raisingAt(tokens, quoted, i, a, b);
    const r = raising ?? askedAt(tokens, quoted, i, a, b);
    if (!r || taken(tokens[i].start)) continue;
    const end = contentEnd(ctx, r.contentStart, b, cues);
    const content = contentSpan(ctx, r.contentStart, end);
    if (!content || wordCount(ctx, r.contentStart, end) < 2) continue;
    const subject = raising?.subject;
    const spans = subject ? [mention(ctx, subject[0], subject[1], 'other'), content] : [content];
    claims.push({ spans: spans.map((x) => ({ start: x.start, end: x.end })), cue: mention(ctx, r.cueFirst, r.cueLast, 'other'), speaker: null, bare: false });
    i = Math.max(i, end - 1);
  }
}

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'also', 'again', 'once', 'repeatedly', 'already', 'even', 'then', 'later', 'now', 'still', 'just', 'has', 'been']);

/**
 * A quoted fragment in a sentence with no speech cue: "Clinton decried the GOP for “turning its back”"
 * reports the subject's words through whatever verb follows it; the content is the rest of the clause.
 */
function fragmentClaim(ctx: LineCtx, a: number, b: number, quotesIn: number[], cues: CueHit[]): SentenceClaim | null {
  const { tokens, quoted, quotes } = ctx;
  const q0 = quotes[quotesIn[0]];
  let firstQuoted = a;
  while (firstQuoted < b && tokens[firstQuoted].start < q0.start) firstQuoted++;
  const p = clauseSubject(tokens, a, firstQuoted, quoted);
  if (!p || p.form === 'descriptor') return null;
  // Titles and slogans in title case ("the “Red Neck Country Club”") are names, not words reported.
  if (quotesIn.every((qi) => isTitleCase(ctx.s.slice(quotes[qi].start, quotes[qi].end)))) return null;
  let v = p.last + 1;
  const passive = /^(is|are|was|were|been|being|be)$/;
  while (v < firstQuoted && AUXILIARIES.has(lw(ctx, v))) v++;
  if (v > p.last + 1 && passive.test(lw(ctx, v - 1)) && /ed$/.test(lw(ctx, v))) return null;
  if (v >= firstQuoted || tokens[v].kind !== 'word' || !/^\p{Ll}/u.test(tokens[v].text) || !/(ed|s|ing)$/.test(lw(ctx, v))) return null;
  const start = v + 1;
  if (start >= firstQuoted && !quoted[start]) return null;
  const end = contentEnd(ctx, start, b, cues);
  const span = contentSpan(ctx, start, end);
  if (!span || span.end <= q0.start) return null;
  const verb = mention(ctx, p.last + 1, v, 'other');
  return { spans: [span], cue: verb, speaker: fromPhrase(ctx, p), bare: false };
}

/** Every word capitalised: a title, a name or a slogan. */
function isTitleCase(quote: string): boolean {
  const words = quote.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || /^(of|the|a|an|and|in|on|for|to|at|by)$/.test(w));
}

/**
 * A quotation no claim covers that reads as speech rather than a title or scare quote: a long one, or a
 * sentence-like one ending in punctuation. News rarely quotes that much without a speaker nearby.
 */
function isUncitedSpeech(ctx: LineCtx, qi: number, claims: SentenceClaim[]): boolean {
  const q = ctx.quotes[qi];
  if (q.single || claims.some((c) => c.spans.some((sp) => sp.start < q.end && sp.end > q.start))) return false;
  const inner = ctx.s.slice(q.start, q.end);
  const words = (inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
  if (isTitleCase(inner)) return false;
  return words >= 6 || (words >= 3 && /[.!?,]["”’'»]?$/.test(inner));
}

/** How many tokens before an uncited quotation its speaker is looked for, which keeps long sentences linear. */
const ORPHAN_REACH = 100;

/** An uncited quotation: the subject of the clause it sits in ("He called it a “…”") is its likely speaker. */
function orphanClaim(ctx: LineCtx, a: number, k: number, q: Span): SentenceClaim {
  const p = k > a ? clauseSubject(ctx.tokens, a, k, ctx.quoted) : null;
  const spans = [{ start: q.start, end: q.end }];
  // "“…,” Smith barked": a subject right after the quotation, with a verb we don't list.
  let j = k;
  while (j < ctx.tokens.length && ctx.quoted[j] && ctx.tokens[j].start < q.end) j++;
  const after = /,["”’'»]$/.test(ctx.s.slice(q.start, q.end)) && j < ctx.tokens.length ? clauseSubject(ctx.tokens, j, ctx.tokens.length, ctx.quoted) : null;
  if (after && after.first === j && after.last + 1 < ctx.tokens.length) return { spans, cue: mention(ctx, after.last + 1, after.last + 1, 'other'), speaker: fromPhrase(ctx, after), bare: false, orphan: true };
  // "Jones: “…”": a name right before a colon introduces the quotation.
  const colon = k - 1 > a && ctx.tokens[k - 1].text === ':' ? speakerBefore(ctx.tokens, k - 1, a, ctx.quoted) : null;
  if (colon && colon.form === 'name' && colon.last === k - 2) return { spans, cue: mention(ctx, k - 1, k - 1, 'other'), speaker: fromPhrase(ctx, colon), bare: false, orphan: true };
  if (!p || p.last + 1 >= k) return { spans, cue: null, speaker: null, bare: false, orphan: true };
  return { spans, cue: mention(ctx, p.last + 1, p.last + 1, 'other'), speaker: fromPhrase(ctx, p), bare: false, orphan: true };
}
