// The claims of one sentence as they are read, cue by cue.
import type { Span } from '../../types';
import { cueMentionUpTo, type CueHit } from './cues';
import { OBJECT_PRONOUNS, REFLEXIVE_PRONOUNS } from '../../lexicon/closedClass';
import { words } from '../../lexicon/words';
import { isTitleCase, lw, type Attribution, type LineCtx, type LocalMention, type SentenceClaim } from './context';

// What may follow the object of a naming verb without naming it: "called him back", "called it off", "called
// them to ask", "call her names when …".
const NOT_A_NAME = words('to on up back out in for and or but at from off about after over with into by when if because as again names yesterday today tonight tomorrow last this every');

// What a reported matter never opens with right after its cue: a passive's agent ("a plan backed by the
// mayor", "a video posted by the network") but not a means ("concluded by saying …"), a place or source
// ("reported from Washington", "a request from the group"), or a particle ("add up to", "showed up in").
const NOT_REPORTED_MATTER = /^(?:by\s+(?!\p{Ll}+ing\b)|from\s|up\s)/iu;

/**
 * "called him divisive", "calls himself a democratic socialist": a pronoun object and a complement after a naming
 * verb name what the speaker called it, quotation marks or not.
 */
function namesAPronoun(ctx: LineCtx, start: number): boolean {
  // The first token at or after `start`, by binary search.
  let k = 0;
  for (let hi = ctx.tokens.length; k < hi;) {
    const mid = (k + hi) >> 1;
    if (ctx.tokens[mid].start < start) k = mid + 1;
    else hi = mid;
  }
  const pronoun = lw(ctx, k);
  if (!(OBJECT_PRONOUNS.has(pronoun) || REFLEXIVE_PRONOUNS.has(pronoun)) || pronoun === 'you' || pronoun === 'me' || pronoun === 'us') return false;
  const next = ctx.tokens[k + 1];
  return !!next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !ctx.quoted[k + 1] && !NOT_A_NAME.has(lw(ctx, k + 1));
}

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
    if (after.length && NOT_REPORTED_MATTER.test(ctx.s.slice(Math.min(...after)))) return;
    if (cue.verb?.needsQuote && !quotesIn.some((qi) => quoteInside(qi) && !isTitleCase(ctx.s.slice(quotes[qi].start, quotes[qi].end))) && !namesAPronoun(ctx, spans[0].start)) return;
    this.claims.push({ spans, cue: cueSpan, speaker, bare: false });
    this.lastSpeaker = speaker;
    this.coveredUntil = Math.max(this.coveredUntil, end);
  }
}
