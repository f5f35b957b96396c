// Inverted attribution: "“…,” said Smith." / "…, said the spokesman." — and the quotations around a cue.
import type { Span } from '../../types';
import { cueVerb } from '../../lexicon/speech';
import { speakerAfter } from '../speakers';
import { opensPredicate } from './content';
import { postmodifierEnd } from './postmodifier';
import type { CueHit } from './cues';
import { contentSpan, fromPhrase, isTitleCase, lw, wordCount, type LineCtx } from './context';
import type { SentenceReading } from './state';

/** The quotations between `from` and `to` when nothing but punctuation stands outside them; null otherwise. */
export function leadingQuotes(ctx: LineCtx, from: number, to: number, quotesIn: number[]): Span[] | null {
  const { tokens, quoted, quotes } = ctx;
  for (let i = from; i < to; i++) if (!quoted[i] && tokens[i].kind !== 'punct') return null;
  const spans = quotesIn
    .map((qi) => quotes[qi])
    .filter((q) => q.start >= tokens[from].start && q.end <= tokens[to - 1].end)
    .map((q) => ({ start: q.start, end: q.end }));
  return spans.length ? spans : null;
}

// How many words after an attribution a quotation that continues it may start.
const TRAILING_QUOTE_REACH = 10;

/** Quotations that continue after the attribution: "“…,” she said, “…”". */
export function trailingQuotes(ctx: LineCtx, from: number, sentenceEnd: number, quotesIn: number[]): Span[] {
  const { tokens, quoted, quotes, quoteOf } = ctx;
  if (from >= sentenceEnd) return [];
  let k = from;
  while (k < sentenceEnd && !quoted[k] && k - from < TRAILING_QUOTE_REACH) {
    const w = lw(ctx, k);
    if (w === 'that' || cueVerb(w)) return [];
    k++;
  }
  if (k >= sentenceEnd || !quoted[k]) return [];
  // "…,” he said on “Meet the Press.”", "told NBC’s “Today”": a title-case quotation that a word leads into is a
  // programme's or a book's title, not more of what was said (which follows a comma or a colon).
  const first = quotes[quoteOf[k]];
  if (k > from && tokens[k - 1].kind === 'word' && isTitleCase(ctx.s.slice(first.start, first.end))) return [];
  return quotesIn.map((qi) => quotes[qi]).filter((q) => q.start >= tokens[k].start).map((q) => ({ start: q.start, end: q.end }));
}

/**
 * Whether a strong cue with no speaker before it is inverted: it follows a comma or a quotation that closes
 * the content before it.
 */
export function mayBeInverted(reading: SentenceReading, cue: CueHit): boolean {
  const { ctx, sentenceStart } = reading;
  const prevQuoted = cue.first > sentenceStart && ctx.quoted[cue.first - 1];
  return !!cue.verb?.strong && (lw(ctx, cue.first - 1) === ',' || prevQuoted) && cue.first > sentenceStart;
}

/**
 * "…, say the bulk of the troops should be …", "…, told the group that …": the phrase after the cue is the subject
 * of a clause (a predicate follows it) or a hearer before "that" or "to": the cue's content, not an inverted speaker.
 */
function opensClauseOf(ctx: LineCtx, k: number, sentenceEnd: number): boolean {
  if (k >= sentenceEnd || ctx.quoted[k]) return false;
  const w = lw(ctx, k);
  return w === 'that' || w === 'to' || opensPredicate(ctx, k, sentenceEnd);
}

/** Reads an inverted attribution: the speaker after the cue, the content (or the quotations) before it. */
export function readInverted(reading: SentenceReading, cue: CueHit): void {
  const { ctx, sentenceStart, sentenceEnd, quotesIn } = reading;
  const after = speakerAfter(ctx.tokens, cue.last + 1, sentenceEnd, ctx.quoted);
  if (!after || after.form === 'pronoun' || opensClauseOf(ctx, after.last + 1, sentenceEnd)) return;
  // A quotation of one word is a claim ("“Hello,” said Bob."); unquoted content needs two words or more.
  const quotations = leadingQuotes(ctx, sentenceStart, cue.first, quotesIn);
  if (!quotations && wordCount(ctx, sentenceStart, cue.first) < 2) return;
  const spans = quotations ?? [contentSpan(ctx, sentenceStart, cue.first)].filter((x): x is Span => !!x);
  const tail = trailingQuotes(ctx, after.last + 1, sentenceEnd, quotesIn);
  const speaker = fromPhrase(ctx, after);
  // "…, said Jo Roe, a veteran strategist.": the appositive that ends the sentence is part of the source.
  // "…, said Sen. Jo Roe (D-Ore.)": a short parenthesis after the name is part of it too.
  // "…, said Jo Roe of the harbour board." / "…, said an aide who asked not to be named.": its post-modifier too.
  const close = tail.length ? -1 : parenthesisAfter(ctx, after.last + 1, sentenceEnd);
  let named = close >= 0 ? close : tail.length ? after.last : postmodifierEnd(ctx, after.last, sentenceEnd);
  // "…, said Jo Roe and Kari Lund.": a second name joined to the first speaks with it.
  const partner = !tail.length && lw(ctx, named + 1) === 'and' ? speakerAfter(ctx.tokens, named + 2, sentenceEnd, ctx.quoted) : null;
  if (partner && partner.form === after.form && partner.form === 'name' && (partner.last + 1 >= sentenceEnd || /^[,.]$/.test(lw(ctx, partner.last + 1)))) named = partner.last;
  const appositive = tail.length ? null : appositiveAfter(ctx, named + 1, sentenceEnd);
  // "…, said the company's chief executive, Jo Roe.": the name the description is set beside speaks.
  const name = appositive && after.form === 'descriptor' ? speakerAfter(ctx.tokens, named + 2, sentenceEnd, ctx.quoted) : null;
  const speaks = name?.form === 'name' && name.first === named + 2 && (ctx.tokens[name.last].end === appositive?.end || lw(ctx, name.last + 1) === ',') ? fromPhrase(ctx, name) : speaker;
  if (appositive) speaks.phrase = { start: speaker.start, end: appositive.end };
  else if (named > after.last) speaks.phrase = { start: speaker.start, end: ctx.tokens[named].end };
  if (spans.length) reading.emit([...spans, ...tail], cue, speaks, tail.length ? sentenceEnd : after.last + 1);
}

// What does not open an appositive after a comma: a participle or a clause ("…, said Roe, adding …", "…,
// said Roe, though he …"), a preposition ("…, said Roe, in an interview"), a pronoun subject. Both patterns
// test lower-cased words: without the `i` flag V8 need not case-fold \p{L} when it compiles them (a fresh
// worker's first analysis pays that, ~10 M instructions a pattern).
const NOT_APPOSITIVE = /^(\p{L}+ing|though|although|but|and|while|as|because|since|when|after|before|if|in|on|at|during|according|he|she|they|it|we|i)$/u;
// A participle or clause opening after a comma inside the appositive ends it ("…, a veteran adviser, noting …").
const APPOSITIVE_BREAK = /^(\p{L}+ing|though|although|but|while|as|because|since|when|after|before|if)$/u;

// The most tokens a parenthesis after a name may hold: a party and a state ("(D-Ore.)"), an age, a handle.
const PARENTHESIS_TOKENS = 8;

/** The closing bracket of a short parenthesis of names and figures opening at token `open` ("(D-Ore.)"); -1 if none. */
function parenthesisAfter(ctx: LineCtx, open: number, sentenceEnd: number): number {
  const { tokens, quoted } = ctx;
  if (tokens[open]?.text !== '(' || quoted[open]) return -1;
  for (let k = open + 1; k < sentenceEnd && k - open <= PARENTHESIS_TOKENS; k++) {
    // A remark in brackets is no tag: "(a view echoed by everyone)".
    if (quoted[k] || tokens[k].text === '(' || (tokens[k].kind === 'word' && /^\p{Ll}/u.test(tokens[k].text))) return -1;
    if (tokens[k].text === ')') return k;
  }
  return -1;
}

/** An appositive from the comma at `comma` to the sentence end (or a participle or clause after it), outside quotations; null if none. */
function appositiveAfter(ctx: LineCtx, comma: number, sentenceEnd: number): Span | null {
  const { tokens, quoted } = ctx;
  // An age opens one as a word does: "…, said Jo Roe, 34, a nurse".
  if (tokens[comma]?.text !== ',' || comma + 1 >= sentenceEnd || (tokens[comma + 1].kind !== 'word' && tokens[comma + 1].kind !== 'number')) return null;
  if (NOT_APPOSITIVE.test(lw(ctx, comma + 1))) return null;
  const relative = lw(ctx, comma + 1) === 'who';
  let end = sentenceEnd;
  for (let k = comma + 1; k < sentenceEnd; k++) {
    if (quoted[k]) return null;
    // "…, said Roe, who said he votes for Lee": a relative clause that reports is a claim of its own.
    if (relative && cueVerb(lw(ctx, k))?.strong) return null;
    if (/^[—–;(]$/.test(tokens[k].text) || (tokens[k].text === ',' && APPOSITIVE_BREAK.test(lw(ctx, k + 1)))) {
      end = k;
      break;
    }
  }
  return contentSpan(ctx, comma + 1, end);
}
