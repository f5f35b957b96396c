// What every construction of the claims grammar reads: one line's tokens with their quotations, and the
// claims, cues and speakers it finds there (offsets relative to the line).
import { CONNECTIVES, CONNECTIVES_AFTER_IN, SUBJECT_PRONOUNS, TITLE_SMALL_WORDS } from '../../lexicon/closedClass';
import { CAPITALISED } from '../../entities/nameShapes';
import { words } from '../../lexicon/words';
import type { Token } from '../../text/tokens';
import type { MentionForm, Span } from '../../types';
import type { QuoteSegment } from '../quotes';
import type { SpeakerPhrase } from '../speakers';
import { compiledNow } from '../../text/compiledNow';

/** A cue or speaker found in a line, offsets relative to the line. */
export interface LocalMention extends Span {
  text: string;
  form: MentionForm;
  /** A speaker's whole source phrase, when it is more than the mention (see Speaker.phrase). */
  phrase?: Span;
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
  /** Each token's text in lower case: the grammar reads most tokens so many times that lower-casing on each read was a few per cent of an analysis. */
  lower: string[];
  quoted: boolean[];
  quoteOf: number[];
  quotes: QuoteSegment[];
  /** The line is a title-case headline. */
  headline: boolean;
}

/** The lower-case text of token k ('' outside the line). */
export const lw = (ctx: LineCtx, k: number): string => ctx.lower[k] ?? '';

// A lower-case word in -ed: a past form or a participle, a verb rather than part of a name; "need", "speed",
// "bed" … are too short to be mistaken for one.
export const PAST_FORM = /^\p{Ll}{3,}ed$/u;

// A pronoun with a contracted auxiliary: "He's", "they’ve", "we'd", "I'm". The auxiliary's cases are spelled out
// (ſ is how the `i` flag folds s) so that V8 need not case-fold \p{L} when it compiles the pattern on a fresh worker.
const CONTRACTED_PRONOUN = compiledNow(/^(\p{L}+)\s*['’](?:[sSſ]|[vV][eE]|[dD]|[lL][lL]|[rR][eE]|[mM])$/u);

/** The mention covering tokens first..last (inclusive). */
export const mention = (ctx: LineCtx, first: number, last: number, form: MentionForm): LocalMention => {
  const start = ctx.tokens[first].start;
  const end = ctx.tokens[last].end;
  // "He's said", "They’ve said": the pronoun speaks; its contracted auxiliary is no part of the speaker.
  const contracted = CONTRACTED_PRONOUN.exec(ctx.s.slice(start, end));
  if (contracted && SUBJECT_PRONOUNS.has(contracted[1].toLowerCase())) return { start, end: start + contracted[1].length, text: contracted[1], form: 'pronoun' };
  return { start, end, text: ctx.s.slice(start, end), form };
};

export const fromPhrase = (ctx: LineCtx, p: SpeakerPhrase): LocalMention => mention(ctx, p.first, p.last, p.form);

// Punctuation that a content span does not start with, and punctuation it does not end with (outside quotes).
const LEADING_PUNCTUATION = /^[,:;—–-]$/;
const TRAILING_PUNCTUATION = /^[.!?…,:;—–-]$/;

// Closing brackets and their openers.
const CLOSING_BRACKET = /^[)\]]$/;
const OPENING_BRACKET = /^[([]$/;

/** Whether a bracket closing at token `k` opens within tokens [from, k): otherwise it closes an aside the content sits in. */
function bracketOpensWithin(ctx: LineCtx, from: number, k: number): boolean {
  for (let j = k - 1; j >= from; j--) if (!ctx.quoted[j] && OPENING_BRACKET.test(ctx.tokens[j].text)) return true;
  return false;
}

/**
 * Content from token `from` to `to` (exclusive), without leading and trailing punctuation outside quotes, nor
 * the closing bracket of an aside the claim stands in ("(Roe has pleaded not guilty.)").
 */
export function contentSpan(ctx: LineCtx, from: number, to: number): Span | null {
  const { tokens, quoted } = ctx;
  while (from < to && !quoted[from] && tokens[from].kind === 'punct' && LEADING_PUNCTUATION.test(tokens[from].text)) from++;
  while (to > from && !quoted[to - 1] && tokens[to - 1].kind === 'punct' && (TRAILING_PUNCTUATION.test(tokens[to - 1].text) || (CLOSING_BRACKET.test(tokens[to - 1].text) && !bracketOpensWithin(ctx, from, to - 1)))) to--;
  if (to <= from) return null;
  return { start: tokens[from].start, end: tokens[to - 1].end };
}

// Subordinators that open an adjunct clause, never the content, right after a cue ("said as he left"); not "if",
// whose clause may be what was said ("said if elected she would …").
const ADJUNCT_CLAUSE_OPENERS = words('as when while after before because since until once');

/** A clause of time or cause with a pronoun subject opens at token k, after a comma or not: "(,) as he left the hall". */
export function opensAdjunctClause(ctx: LineCtx, k: number): boolean {
  if (ctx.tokens[k]?.text === ',' && !ctx.quoted[k]) k++;
  return k + 1 < ctx.tokens.length && !ctx.quoted[k] && ADJUNCT_CLAUSE_OPENERS.has(lw(ctx, k)) && SUBJECT_PRONOUNS.has(lw(ctx, k + 1));
}

/** Words (not punctuation) among tokens [from, to). */
export const wordCount = (ctx: LineCtx, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) if (ctx.tokens[i].kind !== 'punct') n++;
  return n;
};

/** Words outside quotations among tokens [from, to). */
export const outsideWords = (ctx: LineCtx, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) if (!ctx.quoted[i] && ctx.tokens[i].kind !== 'punct') n++;
  return n;
};

// Coordinators that may open a sentence ahead of its subject ("And Smith said …").
const SENTENCE_COORDINATOR = /^(and|but|so|yet|or)$/i;

/** Punctuation or a coordinator that opens a sentence before its first real word. */
export const isSentenceLead = (t: Token): boolean => t.kind === 'punct' || SENTENCE_COORDINATOR.test(t.text);

/** The first token of the sentence [from, to) after its leading punctuation. */
export function punctuationEnd(ctx: LineCtx, from: number, to: number): number {
  let lead = from;
  while (lead < to && ctx.tokens[lead].kind === 'punct' && !ctx.quoted[lead]) lead++;
  return lead;
}

/** The first token of the sentence [from, to) after its leading punctuation and coordinators. */
export function sentenceBody(ctx: LineCtx, from: number, to: number): number {
  let lead = from;
  while (lead < to && isSentenceLead(ctx.tokens[lead]) && !ctx.quoted[lead]) lead++;
  return lead;
}

/**
 * Where the content before a final attribution starts when the sentence opens with a connective and its comma
 * ("Still, the pier is safe, Roe said", "In fact, …, according to Roe"): after them, as annotators draw it;
 * `start` otherwise, or when nothing but the connective stands before the attribution.
 */
export function afterConnective(ctx: LineCtx, start: number, first: number): number {
  if (ctx.quoted[start]) return start;
  const w = lw(ctx, start);
  const comma = CONNECTIVES.has(w) ? start + 1 : w === 'in' && CONNECTIVES_AFTER_IN.has(lw(ctx, start + 1)) ? start + 2 : -1;
  return comma > 0 && ctx.tokens[comma]?.text === ',' && wordCount(ctx, comma + 1, first) > 0 ? comma + 1 : start;
}

/** Every word capitalised: a title, a name or a slogan. */
export function isTitleCase(quote: string): boolean {
  const found = quote.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return found.length > 0 && found.every((w) => CAPITALISED.test(w) || TITLE_SMALL_WORDS.has(w));
}
