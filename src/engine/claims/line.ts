import { isTitleCaseHeadline } from '../entities/titleCaseHeadline';
import { cueVerb } from '../lexicon/speech';
import { tokenize, type Token } from '../text/tokens';
import type { Span } from '../types';
import { headlineClaim, transcriptTurn } from './headline';
import { findQuotes, opensWithQuote, type QuoteSegment } from './quotes';
import { NAME_JOINERS } from './speakers';
import { analyzeSentence, type Attribution, type LineCtx, type LocalMention, type SentenceClaim, type SentenceResult } from './sentence';
import { words } from '../lexicon/words';
import { compiledNow } from '../text/compiledNow';

export type { LocalMention } from './sentence';

/** A claim found within one line; offsets relative to the line. */
export interface LocalClaim {
  spans: Span[];
  cue: LocalMention | null;
  speaker: LocalMention | null;
  /** A sentence that is nothing but quotation, with no attribution of its own. */
  bare: boolean;
  /** A quotation with no cue of its own, which takes the speaker of the claim before it. */
  orphan?: boolean;
  /** Its last quotation is still open at the end of the line. */
  openEnd: boolean;
  /** Starts with the quotation that opens the line. */
  atLineStart: boolean;
  /** A turn of a quoted transcript ("“NAME: …"): direct, though its content starts after the label. */
  transcript?: boolean;
}

export interface LineAnalysis {
  claims: LocalClaim[];
  /** The line ends with an attribution and no content ("Smith said:"), introducing the next line's quote. */
  intro: Attribution | null;
  quotes: QuoteSegment[];
  opensWithQuote: boolean;
}

const TERMINAL = /^[.!?…]$/;
/** Tokens after which a sentence without a stop is cut at its next clause mark; news sentences are far shorter. */
const MAX_SENTENCE = 200;
const STARTERS = words('He She They It We I The This That These Those But And In On At As If When While After Before Then So Yet Still However Meanwhile There His Her Their Its Our My');
// A whole quotation, a dash, and one to five words of a name: "“…” ― Sonya Herridge", "“…”— J. Roe."; the
// quotation may quote inside it ("“… what the mayor calls “a vision” …”") and open with a closing mark, as some sites print it.
const SIGNED_QUOTE = compiledNow(/^(\s*["“”„«][^\n]*["”»])\s*[―—–]\s*(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+[\p{L}\p{M}.'’-]+){0,4}?)\.?\s*$/u);
const EMBEDDED_POST = /^(.*\S)\s+[—–]\s*([^\s(—–][^(—–]{0,80}?)\s*\((@[\p{L}\p{N}_]{1,40})\)\s*(?:[\p{L}]{3,9}\.? \d{1,2}, \d{4})?\s*$/u;
let embeddedPost: RegExp | undefined;
// A word that ends in a letter and a period: an abbreviation, or a word before a full stop.
const LETTER_AND_PERIOD = compiledNow(/\p{L}\.$/u);

/**
 * Per-line analysis; depends on the line's text alone, so results are cached by text. Its steps are small
 * functions: V8 optimised one large function again, whole, each time a rare line took a path it had not run.
 */
export function analyzeLine(s: string): LineAnalysis {
  const quotes = findQuotes(s);
  const result: LineAnalysis = { claims: [], intro: null, quotes, opensWithQuote: opensWithQuote(s) };
  const whole = wholeLineClaim(s, quotes);
  if (whole) result.claims.push(whole);
  else addSentenceClaims(s, quotes, result);
  return result;
}

/** The claim of a line written in one of the forms that make the whole line one claim, if it is. */
function wholeLineClaim(s: string, quotes: QuoteSegment[]): LocalClaim | undefined {
  return embeddedPostClaim(s) ?? headlineSpeakerClaim(s) ?? transcriptClaim(s, quotes) ?? signedQuoteClaim(s);
}

/** "… — Jo Roe (@jroe) May 1, 2020": an embedded post, its content signed by its author's name and handle. */
function embeddedPostClaim(s: string): LocalClaim | undefined {
  // The pattern needs "(@": most lines lack it, and are spared the scan (and a fresh worker its compilation,
  // which is machine code from the first line that has it: compiledNow).
  const post = s.includes('(@') ? (embeddedPost ??= compiledNow(EMBEDDED_POST)).exec(s) : null;
  if (!post) return undefined;
  const contentEnd = post[1].length;
  const dash = s.indexOf(post[0].slice(contentEnd).trim()[0], contentEnd);
  const nameStart = s.indexOf(post[2], dash + 1);
  const lead = /\S/.exec(s)?.index ?? 0;
  return {
    spans: [{ start: lead, end: contentEnd }],
    cue: { start: dash, end: dash + 1, text: s[dash], form: 'other' },
    speaker: { start: nameStart, end: nameStart + post[2].length, text: post[2], form: 'name' },
    bare: false,
    openEnd: false,
    atLineStart: false,
  };
}

/** "Graham: Trump’s rhetoric is destroying the party": a headline names its speaker before a colon. */
function headlineSpeakerClaim(s: string): LocalClaim | undefined {
  const head = headlineClaim(s);
  if (!head) return undefined;
  return {
    spans: [head.content],
    cue: { start: head.colon, end: head.colon + 1, text: ':', form: 'other' },
    // "Harbour chief:" describes its speaker; "Lindsey Graham:" names them.
    speaker: { ...head.speaker, text: s.slice(head.speaker.start, head.speaker.end), form: /\s\p{Ll}/u.test(s.slice(head.speaker.start, head.speaker.end)) ? 'descriptor' : 'name' },
    bare: false,
    openEnd: false,
    atLineStart: false,
  };
}

/**
 * "“WALLACE: Let’s start …": a turn of a quoted transcript names its speaker in its label; a turn left open at the
 * line's end goes on in the next paragraph that opens with a quotation mark.
 */
function transcriptClaim(s: string, quotes: QuoteSegment[]): LocalClaim | undefined {
  const turn = transcriptTurn(s);
  if (!turn) return undefined;
  const last = quotes[quotes.length - 1];
  return {
    spans: [turn.content],
    cue: { start: turn.colon, end: turn.colon + 1, text: ':', form: 'other' },
    speaker: { ...turn.speaker, text: s.slice(turn.speaker.start, turn.speaker.end), form: 'name' },
    bare: false,
    openEnd: !!last && !last.closed,
    atLineStart: false,
    transcript: true,
  };
}

/** "“…” ― Sonya Herridge": a quotation signed with a dash and a name. */
function signedQuoteClaim(s: string): LocalClaim | undefined {
  const signed = SIGNED_QUOTE.exec(s);
  if (!signed || !signed[2].split(/\s+/).every((w) => /^[\p{Lu}]/u.test(w) || NAME_JOINERS.has(w))) return undefined;
  // The line's full stop is not part of the name, unless it ends an initial or "Jr.".
  const name = /\s(?:\p{Lu}|Jr|Sr)\.$/u.test(signed[2]) ? signed[2] : signed[2].replace(/\.$/, '');
  const contentEnd = signed[1].length;
  const lead = /\S/.exec(s)?.index ?? 0;
  const dash = s.slice(contentEnd).search(/[―—–]/) + contentEnd;
  const nameStart = s.indexOf(name, dash + 1);
  return {
    spans: [{ start: lead, end: contentEnd }],
    cue: { start: dash, end: dash + 1, text: s[dash], form: 'other' },
    speaker: { start: nameStart, end: nameStart + name.length, text: name, form: 'name' },
    bare: false,
    openEnd: false,
    atLineStart: false,
  };
}

/** Adds to `result` the claims of the line's sentences, and the attribution it ends on, if it introduces the next line. */
function addSentenceClaims(s: string, quotes: QuoteSegment[], result: LineAnalysis): void {
  const tokens = tokenize(s);
  if (tokens.length === 0) return;
  const ctx = lineCtx(s, tokens, quotes);
  const local: SentenceResult[] = sentencesOf(ctx).map(([a, b]) => analyzeSentence(ctx, a, b));
  attachBareQuotations(s, local);
  const lastQuote = quotes[quotes.length - 1];
  for (const l of local) {
    for (const c of l.claims) {
      const end = c.spans[c.spans.length - 1].end;
      result.claims.push({ ...c, openEnd: !!lastQuote && !lastQuote.closed && end >= lastQuote.end, atLineStart: false });
    }
  }
  result.intro = lineIntro(s, local[local.length - 1]);
  const first = result.claims[0];
  if (first && result.opensWithQuote && quotes[0] && first.spans[0].start === quotes[0].start) first.atLineStart = true;
}

/** What the sentences of a line are read with: its tokens, which of them are quoted, and whether it is a headline. */
function lineCtx(s: string, tokens: Token[], quotes: QuoteSegment[]): LineCtx {
  const quoted = tokens.map(() => false);
  const quoteOf = tokens.map(() => -1);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (q < quotes.length && quotes[q].end <= tokens[i].start) q++;
    if (q < quotes.length && tokens[i].start >= quotes[q].start && tokens[i].end <= quotes[q].end) {
      quoted[i] = true;
      quoteOf[i] = q;
    }
  }
  return { s, tokens, lower: tokens.map((t) => t.text.toLowerCase()), quoted, quoteOf, quotes, headline: isTitleCaseHeadline(tokens) };
}

/**
 * A bare quotation followed by an attribution-only sentence ("“…” Smith said.") gets that attribution; a bare
 * quotation right after an attributed quotation continues it (the second half of a split quote).
 */
function attachBareQuotations(s: string, local: SentenceResult[]): void {
  for (let k = 0; k < local.length; k++) {
    const cur = local[k].claims[0];
    if (!cur || !cur.bare) continue;
    const next = local[k + 1];
    if (next && !next.claims.length && next.attribution) {
      cur.cue = next.attribution.cue;
      cur.speaker = next.attribution.speaker;
      cur.bare = false;
      next.attribution = null;
      continue;
    }
    // The quotation continues the latest quote-led claim of the line, if any.
    let prev: SentenceClaim | undefined;
    // So does a claim just before whose quotation closes on a comma ahead of its attribution ("… “…,” Roe said. “…”").
    for (let j = k - 1; j >= 0 && !prev; j--) prev = [...local[j].claims].reverse().find((c) => !c.bare && (isQuoteLed(s, c.spans[0]) || (j === k - 1 && endsBeforeAttribution(s, c))));
    if (prev) {
      prev.spans.push(...cur.spans);
      local[k].claims = [];
    }
  }
}

/**
 * The attribution a line ending on a colon introduces the next paragraph's quotation with: its last sentence's, when
 * that is nothing but an attribution ("Smith said:"), or the cue and speaker of a claim ending on the colon ("Roe
 * said that, given the field, there is one choice:").
 */
function lineIntro(s: string, last: SentenceResult | undefined): Attribution | null {
  if (!last || !/:\s*$/.test(s)) return null;
  if (!last.claims.length && last.attribution) return last.attribution;
  const closing = last.claims[last.claims.length - 1];
  return closing?.cue && closing.speaker && !/["“”„«»]/.test(s.slice(closing.spans[0].start)) ? { cue: closing.cue, speaker: closing.speaker } : null;
}

/** "… are “grounded in fact,” said Jo Roe.": content ending on a quotation closed by a comma, before its attribution. */
function endsBeforeAttribution(s: string, c: SentenceClaim): boolean {
  const last = c.spans[c.spans.length - 1];
  return !!c.cue && c.cue.start >= last.end && /,["”’'»]$/.test(s.slice(last.start, last.end));
}

/** Whether a claim's content opens with a quotation mark (a direct quote, possibly split). */
function isQuoteLed(s: string, span: Span): boolean {
  return /^["“„«”'‘]/.test(s[span.start] ?? '');
}

/** Sentences as token ranges; a quotation is never split, and a closed quotation ending in . ! ? ends one. */
function sentencesOf({ tokens, quoted, quoteOf, quotes, s }: LineCtx): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let begin = 0;
  const startsSentence = (t: Token | undefined): boolean => !!t && /^[\p{Lu}\p{N}"“‘«„'([]/u.test(t.text);
  // Whether the current sentence has words outside quotations so far.
  let wordsOutside = false;
  for (let i = 0; i < tokens.length; i++) {
    let boundary = -1;
    if (!quoted[i] && tokens[i].kind !== 'punct' && LETTER_AND_PERIOD.test(tokens[i].text) && STARTERS.has(tokens[i + 1]?.text ?? '')) {
      // "… in the U.S. He says …": an abbreviation's period ends the sentence before a typical sentence opener.
      boundary = i + 1;
    } else if (!quoted[i] && TERMINAL.test(tokens[i].text)) {
      let j = i + 1;
      while (j < tokens.length && !quoted[j] && (TERMINAL.test(tokens[j].text) || /^[)\]]$/.test(tokens[j].text))) j++;
      if (j >= tokens.length || startsSentence(tokens[j])) boundary = j;
    } else if (quoted[i] && (i + 1 >= tokens.length || quoteOf[i + 1] !== quoteOf[i])) {
      // Last token of a quotation: "“We won.” The council …" ends a sentence when the quote ends in . ! ?
      const qs = quotes[quoteOf[i]];
      const inner = s.slice(qs.start, qs.end).replace(/["”“»«'’]+$/u, '');
      // An attribution after it ("“Who are they?” Trump said") belongs to it only when the quotation opens the sentence.
      if (qs.closed && /[.!?…]$/.test(inner) && i + 1 < tokens.length && startsSentence(tokens[i + 1]) && (wordsOutside || !attributionFollows(tokens, i + 1))) boundary = i + 1;
    }
    // A run-on "sentence" (a list, a transcript without stops, junk) is cut at a clause mark, so that the
    // content of each cue in it stays short and the line stays linear in its length.
    if (boundary < 0 && !quoted[i] && i - begin >= MAX_SENTENCE && (/^[,;:—–]$/.test(tokens[i].text) || i - begin >= 2 * MAX_SENTENCE)) boundary = i + 1;
    if (boundary > 0) {
      out.push([begin, boundary]);
      begin = boundary;
      i = boundary - 1;
      wordsOutside = false;
    } else if (!quoted[i] && tokens[i].kind !== 'punct') wordsOutside = true;
  }
  if (begin < tokens.length) out.push([begin, tokens.length]);
  return out;
}

/** "“Who are they?” Trump said …": a name or pronoun and a speech verb right after a quotation attribute it. */
function attributionFollows(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j - k < 5; j++) {
    const t = tokens[j];
    if (j > k && t.kind === 'word' && /^\p{Ll}/u.test(t.text)) {
      const v = cueVerb(t.text);
      return !!v && v.strong;
    }
    if (t.kind === 'punct' && !/^['’.]/.test(t.text)) return false;
  }
  return false;
}
