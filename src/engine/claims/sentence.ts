// The claims grammar of one sentence. Each construction it reads has its own module under grammar/: cue finding
// (cues), content boundaries (content), "according to" (according), participle cues (participle), finite cues
// with their speaker (finite), inverted "…, said Smith" (inverted), preposed content (preposed), and claims
// with no cue of their own (uncited).
import { isParticiple } from '../lexicon/speech';
import { leadingAsked } from './asked';
import { clauseSubject } from './speakers';
import { readAccordingTo } from './grammar/according';
import { contentSpan, fromPhrase, lw, mention, outsideWords, wordCount, type LineCtx, type SentenceClaim, type SentenceResult } from './grammar/context';
import { cuesInReadingOrder } from './grammar/cues';
import { progressiveAuxiliary, readFiniteCue } from './grammar/finite';
import { possessiveBeforeNoun, possessiveNounClaims } from './grammar/possessiveNoun';
import { readParticipleCue } from './grammar/participle';
import { readPassive } from './grammar/passive';
import { SentenceReading } from './grammar/state';
import { ORPHAN_REACH, fragmentClaim, isUncitedSpeech, orphanClaim, unattributedClaims } from './grammar/uncited';

export type { Attribution, LineCtx, LocalMention, SentenceClaim, SentenceResult } from './grammar/context';

/** Finds the claims of the sentence of tokens [sentenceStart, sentenceEnd) in a line. */
export function analyzeSentence(ctx: LineCtx, sentenceStart: number, sentenceEnd: number): SentenceResult {
  // "Asked whether …, Smith said …": the question is a claim of its own; the answer's attribution follows it.
  const lead = leadingAsked(ctx.tokens, ctx.quoted, sentenceStart, sentenceEnd);
  if (!lead) return sentenceClaims(ctx, sentenceStart, sentenceEnd);
  const { clause, end } = lead;
  const question = contentSpan(ctx, clause.contentStart, end);
  const rest = sentenceClaims(ctx, end, sentenceEnd);
  if (!question) return rest;
  const claim: SentenceClaim = { spans: [question], cue: mention(ctx, clause.cueFirst, clause.cueLast, 'other'), speaker: null, bare: false };
  return { ...rest, claims: [claim, ...rest.claims] };
}

/** The claims of the sentence [sentenceStart, sentenceEnd) once a leading asked clause is taken off. */
function sentenceClaims(ctx: LineCtx, sentenceStart: number, sentenceEnd: number): SentenceResult {
  const reading = new SentenceReading(ctx, sentenceStart, sentenceEnd, cuesInReadingOrder(ctx, sentenceStart, sentenceEnd));
  for (const cue of reading.cues) {
    if (cue.first < reading.coveredUntil) continue;
    if (!cue.verb) {
      readAccordingTo(reading, cue);
      continue;
    }
    // "The plan was rejected by most voters": the agent speaks of the subject.
    if (readPassive(reading, cue)) continue;
    const progressive = progressiveAuxiliary(ctx, cue.first, sentenceStart);
    // "the union's warning that …" is the noun's claim, read with the sentence's other possessive nouns.
    if (progressive >= 0 && possessiveBeforeNoun(ctx, progressive, cue, sentenceStart, sentenceEnd)) continue;
    if (isParticiple(ctx.tokens[cue.first].text) && progressive < 0) readParticipleCue(reading, cue);
    else readFiniteCue(reading, cue, cue.verb, progressive);
  }
  const { claims, quotesIn, cues } = reading;
  claims.push(...possessiveNounClaims(ctx, sentenceStart, sentenceEnd, cues));
  unattributedClaims(ctx, sentenceStart, sentenceEnd, cues, claims);
  const lastToken = sentenceEnd - 1;
  if (!claims.length && !reading.attribution && lw(ctx, lastToken) === ':') {
    // "In a 1963 speech, he declared:" with a verb we don't list still introduces the next quotation.
    const p = clauseSubject(ctx.tokens, sentenceStart, lastToken, ctx.quoted);
    if (p && p.last + 1 < lastToken) reading.attribution = { cue: mention(ctx, p.last + 1, lastToken, 'other'), speaker: fromPhrase(ctx, p) };
  }
  if (!claims.length && quotesIn.length && outsideWords(ctx, sentenceStart, sentenceEnd) > 0) {
    const fragment = fragmentClaim(ctx, sentenceStart, sentenceEnd, quotesIn, cues);
    if (fragment) claims.push(fragment);
  }
  const { quotes, tokens } = ctx;
  // No attribution: a sentence that is only quotation is a bare quote; quotes inside other text are scare quotes.
  if (!claims.length && quotesIn.length && outsideWords(ctx, sentenceStart, sentenceEnd) === 0 && !quotes[quotesIn[0]].single && wordCount(ctx, sentenceStart, sentenceEnd) >= 3) {
    claims.push({ spans: quotesIn.map((qi) => ({ start: quotes[qi].start, end: quotes[qi].end })), cue: null, speaker: null, bare: true });
  }
  const cited = claims.length;
  let quoteToken = sentenceStart;
  for (const qi of quotesIn) {
    while (quoteToken < sentenceEnd && tokens[quoteToken].start < quotes[qi].start) quoteToken++;
    if (!isUncitedSpeech(ctx, qi, claims.slice(0, cited))) continue;
    // A quotation later in the same sentence as reported content continues that content ("… says there’s a
    // “long road ahead” but he feels … “…”").
    const before = claims[claims.length - 1];
    const last = before?.spans[before.spans.length - 1];
    if (before && last && before.cue && last.end <= quotes[qi].start && before.cue.end <= last.start) last.end = quotes[qi].end;
    else claims.push(orphanClaim(ctx, Math.max(sentenceStart, quoteToken - ORPHAN_REACH), quoteToken, quotes[qi]));
  }
  claims.sort((x, y) => x.spans[0].start - y.spans[0].start);
  return { claims, attribution: reading.attribution };
}
