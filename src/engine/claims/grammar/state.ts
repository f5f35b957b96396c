// The claims of one sentence as they are read, cue by cue.
import type { Span } from '../../types';
import { cueMentionUpTo, type CueHit } from './cues';
import { isTitleCase, type Attribution, type LineCtx, type LocalMention, type SentenceClaim } from './context';

/** One sentence [sentenceStart, sentenceEnd) of a line, its cues and the claims read from it so far. */
export class SentenceReading {
  readonly claims: SentenceClaim[] = [];
  attribution: Attribution | null = null;
  /** Claims don't overlap within a sentence except when a cue with its own speaker sits inside another's content. */
  coveredUntil: number;
  /** The speaker of the latest claim: a coordinated or participle cue shares it. */
  lastSpeaker: LocalMention | null = null;
  /**
   * The noun phrase a participle modified ("groups backing the mayor") and the tokens [from, until) of its object:
   * a cue right after that object has the phrase as its subject ("… the mayor have asked …").
   */
  modified: { speaker: LocalMention; from: number; until: number } | null = null;
  /** The quotations of the sentence (indices into ctx.quotes), in order. */
  readonly quotesIn: number[] = [];

  constructor(readonly ctx: LineCtx, readonly sentenceStart: number, readonly sentenceEnd: number, readonly cues: CueHit[]) {
    this.coveredUntil = sentenceStart;
    const { quoted, quoteOf } = ctx;
    for (let i = sentenceStart; i < sentenceEnd; i++) if (quoted[i] && this.quotesIn[this.quotesIn.length - 1] !== quoteOf[i]) this.quotesIn.push(quoteOf[i]);
  }

  /** Records a claim whose reading reached token `end`. */
  emit(spans: Span[], cue: CueHit, speaker: LocalMention, end: number): void {
    const { ctx, quotesIn } = this;
    const { quotes } = ctx;
    // The cue reaches on over "in a statement", "Sunday" … up to the content after it, or the sentence end.
    const cueEnd = ctx.tokens[cue.last].end;
    const after = spans.filter((sp) => sp.start >= cueEnd).map((sp) => sp.start);
    const sentenceEndChar = ctx.tokens[this.sentenceEnd - 1].end;
    const cueSpan = cueMentionUpTo(ctx, cue, this.sentenceStart, this.sentenceEnd, after.length ? Math.min(...after) : sentenceEndChar);
    // A naming verb reports words only around a real quotation, not a name in title case ("call it „the Mole“").
    const quoteInside = (qi: number): boolean => spans.some((sp) => quotes[qi].start < sp.end && quotes[qi].end > sp.start);
    if (cue.verb?.needsQuote && !quotesIn.some((qi) => quoteInside(qi) && !isTitleCase(ctx.s.slice(quotes[qi].start, quotes[qi].end)))) return;
    this.claims.push({ spans, cue: cueSpan, speaker, bare: false });
    this.lastSpeaker = speaker;
    this.coveredUntil = Math.max(this.coveredUntil, end);
  }
}
