// The claims of one sentence as they are read, cue by cue.
import type { Span } from '../../types';
import { cueMentionUpTo, type CueHit } from './cues';
import { APOSTROPHE_S, BE_FORMS, FINITE_AUXILIARIES, OBJECT_PRONOUNS, REFLEXIVE_PRONOUNS } from '../../lexicon/closedClass';
import { words } from '../../lexicon/words';
import { ADJECTIVE_SHAPE } from '../speakers';
import { isTitleCase, lw, type Attribution, type LineCtx, type LocalMention, type SentenceClaim } from './context';

// What may follow the object of a naming verb without naming it: "called him back", "called it off", "called
// them to ask", "call her names when …".
const NOT_A_NAME = words('to on up back out in for and or but at from off about after over with into by when if because as again names yesterday today tonight tomorrow last this every');

// What a reported matter never opens with right after its cue: a passive's agent ("a plan backed by the
// mayor", "a video posted by the network") but not a means ("concluded by saying …"), a place or source
// ("reported from Washington", "a request from the group"), or a particle ("add up to", "showed up in").
const NOT_REPORTED_MATTER = /^(?:by\s+(?!\p{Ll}+ing\b)|from\s|up\s)/iu;

// The most tokens an object may have before the indefinite description it is called ("called the contempt
// citation and the demand for a hearing a ploy").
const NAMED_OBJECT_TOKENS = 12;
// After "a" or "an" these make a time or an amount, not what the object is called: "called him a week later".
const NOT_A_DESCRIPTION = words('week day month year few lot second third number couple while time bit hour minute half-hour dozen');
// A place, a time or a comparison inside the object makes the "a" part of it, not a description: "a party called
// the Fund at a former factory", "calling the race less than a half-hour after …".
const OBJECT_BREAK = words('at in during after before since than half');

/** The first token at or after character `start`, by binary search. */
function tokenAt(ctx: LineCtx, start: number): number {
  let k = 0;
  for (let hi = ctx.tokens.length; k < hi;) {
    const mid = (k + hi) >> 1;
    if (ctx.tokens[mid].start < start) k = mid + 1;
    else hi = mid;
  }
  return k;
}

/**
 * "called the new toll a tax on tourists", "has called the plan a hoax": an object and then an indefinite
 * description after a naming verb name what the speaker called it, quotation marks or not; "called a meeting",
 * "called the mayor to ask" and "called him a week later" name nothing.
 */
function namesAnObject(ctx: LineCtx, k: number): boolean {
  const first = lw(ctx, k);
  if (ctx.quoted[k] || ctx.tokens[k]?.kind !== 'word' || first === 'a' || first === 'an' || NOT_A_NAME.has(first) || OBJECT_BREAK.has(first)) return false;
  for (let j = k + 1; j < ctx.tokens.length && j - k <= NAMED_OBJECT_TOKENS; j++) {
    const w = lw(ctx, j);
    if (ctx.quoted[j] || (ctx.tokens[j].kind !== 'word' && !/^['’]s?$/.test(w)) || FINITE_AUXILIARIES.has(w) || BE_FORMS.has(w) || OBJECT_BREAK.has(w)) return false;
    if (w === 'a' || w === 'an') {
      const next = ctx.tokens[j + 1];
      return !!next && next.kind === 'word' && !ctx.quoted[j + 1] && !NOT_A_DESCRIPTION.has(lw(ctx, j + 1));
    }
  }
  return false;
}

/**
 * "called him divisive", "calls himself a democratic socialist": a pronoun object and a complement after a naming
 * verb name what the speaker called it, quotation marks or not.
 */
function namesAPronoun(ctx: LineCtx, k: number): boolean {
  const pronoun = lw(ctx, k);
  if (!(OBJECT_PRONOUNS.has(pronoun) || REFLEXIVE_PRONOUNS.has(pronoun)) || pronoun === 'you' || pronoun === 'me' || pronoun === 'us') return false;
  const next = ctx.tokens[k + 1];
  return !!next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !ctx.quoted[k + 1] && !NOT_A_NAME.has(lw(ctx, k + 1));
}

// What opens an object whose complement is an adjective: "called the plan unworkable", "called their claims false".
const OBJECT_DETERMINERS = words('the his her their its these those');
// Shapes of an adjective complement beside ADJECTIVE_SHAPE: a participle or "-ist" ("flawed", "sexist"), "un-" ("unfair").
const COMPLEMENT_SHAPE = /(?:ed|ist)$|^un\p{Ll}{3,}/u;
// What may follow the complement: the clause ends or another complement is coordinated ("unfair and absurd").
const AFTER_COMPLEMENT = words(', ; . and but or');

/**
 * "called the plan unworkable", "calling Roe's fare plan plainly cynical": an object opened by a determiner or a
 * possessive name, then an adjective ending the clause, after a naming verb name what the speaker called it.
 */
function namesAnObjectAsAdjective(ctx: LineCtx, k: number): boolean {
  const possessive = ctx.tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(ctx.tokens[k].text) && APOSTROPHE_S.test(lw(ctx, k + 1));
  if (ctx.quoted[k] || !(OBJECT_DETERMINERS.has(lw(ctx, k)) || possessive)) return false;
  for (let j = k + 2; j < ctx.tokens.length && j - k <= NAMED_OBJECT_TOKENS; j++) {
    const w = lw(ctx, j);
    if (ctx.quoted[j] || ctx.tokens[j].kind !== 'word' || FINITE_AUXILIARIES.has(w) || BE_FORMS.has(w) || OBJECT_BREAK.has(w)) return false;
    if ((ADJECTIVE_SHAPE.test(w) || COMPLEMENT_SHAPE.test(w)) && (j + 1 === ctx.tokens.length || AFTER_COMPLEMENT.has(lw(ctx, j + 1)))) return true;
  }
  return false;
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

  /** Records a claim whose reading reached token `end`; false when what follows the cue is no reported matter. */
  emit(spans: Span[], cue: CueHit, speaker: LocalMention, end: number): boolean {
    const { ctx, quotesIn } = this;
    const { quotes } = ctx;
    // The cue reaches on over "in a statement", "Sunday" … up to the content after it, or the sentence end.
    const cueEnd = ctx.tokens[cue.last].end;
    const after = spans.filter((sp) => sp.start >= cueEnd).map((sp) => sp.start);
    const sentenceEndChar = ctx.tokens[this.sentenceEnd - 1].end;
    const cueSpan = cueMentionUpTo(ctx, cue, this.sentenceStart, this.sentenceEnd, after.length ? Math.min(...after) : sentenceEndChar);
    // A naming verb reports words only around a real quotation, not a name in title case ("call it „the Mole“").
    const quoteInside = (qi: number): boolean => spans.some((sp) => quotes[qi].start < sp.end && quotes[qi].end > sp.start);
    if (after.length && NOT_REPORTED_MATTER.test(ctx.s.slice(Math.min(...after)))) return false;
    if (cue.verb?.needsQuote && !quotesIn.some((qi) => quoteInside(qi) && !isTitleCase(ctx.s.slice(quotes[qi].start, quotes[qi].end))) && !namesAPronoun(ctx, tokenAt(ctx, spans[0].start)) && !namesAnObject(ctx, tokenAt(ctx, spans[0].start)) && !namesAnObjectAsAdjective(ctx, tokenAt(ctx, spans[0].start))) return false;
    this.claims.push({ spans, cue: cueSpan, speaker, bare: false });
    this.lastSpeaker = speaker;
    this.coveredUntil = Math.max(this.coveredUntil, end);
    return true;
  }
}
