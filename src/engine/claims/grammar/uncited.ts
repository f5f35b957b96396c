// Claims without a speech cue of their own: raising verbs and questions with no named source, quoted fragments
// after whatever verb ("decried the GOP for “turning its back”"), and quotations no claim covers.
import { BE_FORMS } from '../../lexicon/closedClass';
import { cueVerb } from '../../lexicon/speech';
import { words } from '../../lexicon/words';
import type { Span } from '../../types';
import { ASKED, askedAt } from '../asked';
import { isRaisingVerb, raisingAt } from '../raising';
import { clauseSubject, speakerBefore } from '../speakers';
import { contentEnd } from './content';
import type { CueHit } from './cues';
import { contentSpan, fromPhrase, isTitleCase, lw, mention, wordCount, type LineCtx, type SentenceClaim } from './context';

/**
 * Claims without a named source, outside the claims found so far: raising verbs ("The bank is expected to
 * act …") and questions put to someone ("… when asked about the loan").
 */
export function unattributedClaims(ctx: LineCtx, sentenceStart: number, sentenceEnd: number, cues: CueHit[], claims: SentenceClaim[]): void {
  const { tokens, quoted } = ctx;
  const taken = (at: number): boolean => claims.some((c) => c.spans.some((sp) => sp.start <= at && at < sp.end) || (!!c.cue && c.cue.start <= at && at < c.cue.end));
  for (let i = sentenceStart; i < sentenceEnd; i++) {
    // Only a raising verb or "asked" opens one: the line's lower-cased words spare the rest the look-ups.
    if (quoted[i] || tokens[i].kind !== 'word' || (!isRaisingVerb(ctx.lower[i]) && ctx.lower[i] !== ASKED)) continue;
    const raising = raisingAt(tokens, quoted, i, sentenceStart, sentenceEnd);
    const r = raising ?? askedAt(tokens, quoted, i, sentenceStart, sentenceEnd);
    if (!r || taken(tokens[i].start)) continue;
    const end = contentEnd(ctx, r.contentStart, sentenceEnd, cues);
    const content = contentSpan(ctx, r.contentStart, end);
    if (!content || wordCount(ctx, r.contentStart, end) < 2) continue;
    const subject = raising?.subject;
    const spans = subject ? [mention(ctx, subject[0], subject[1], 'other'), content] : [content];
    claims.push({ spans: spans.map((x) => ({ start: x.start, end: x.end })), cue: mention(ctx, r.cueFirst, r.cueLast, 'other'), speaker: null, bare: false });
    i = Math.max(i, end - 1);
  }
}

/** Auxiliaries and adverbs between a subject and the verb that carries a quoted fragment ("has also decried"). */
const FRAGMENT_VERB_LEAD = words('is are was were has have had will would been also again once repeatedly already even then later now still just');
// "was quoted", "has been called": a passive reports someone else's words.
const PASSIVE_AUXILIARY = BE_FORMS;
// A finite verb form: past, third person or -ing.
const VERB_ENDING = /(ed|s|ing)$/;

/**
 * A quoted fragment in a sentence with no speech cue: "Clinton decried the GOP for “turning its back”"
 * reports the subject's words through whatever verb follows it; the content is the rest of the clause.
 */
export function fragmentClaim(ctx: LineCtx, sentenceStart: number, sentenceEnd: number, quotesIn: number[], cues: CueHit[]): SentenceClaim | null {
  const { tokens, quoted, quotes } = ctx;
  const q0 = quotes[quotesIn[0]];
  let firstQuoted = sentenceStart;
  while (firstQuoted < sentenceEnd && tokens[firstQuoted].start < q0.start) firstQuoted++;
  const p = clauseSubject(tokens, sentenceStart, firstQuoted, quoted);
  if (!p || p.form === 'descriptor') return null;
  // Titles and slogans in title case ("the “Red Neck Country Club”") are names, not words reported.
  if (quotesIn.every((qi) => isTitleCase(ctx.s.slice(quotes[qi].start, quotes[qi].end)))) return null;
  let v = p.last + 1;
  while (v < firstQuoted && FRAGMENT_VERB_LEAD.has(lw(ctx, v))) v++;
  if (v > p.last + 1 && PASSIVE_AUXILIARY.has(lw(ctx, v - 1)) && /ed$/.test(lw(ctx, v))) return null;
  if (v >= firstQuoted || tokens[v].kind !== 'word' || !/^\p{Ll}/u.test(tokens[v].text) || !VERB_ENDING.test(lw(ctx, v))) return null;
  const start = v + 1;
  if (start >= firstQuoted && !quoted[start]) return null;
  const end = contentEnd(ctx, start, sentenceEnd, cues);
  const span = contentSpan(ctx, start, end);
  if (!span || span.end <= q0.start) return null;
  const verb = mention(ctx, p.last + 1, v, 'other');
  return { spans: [span], cue: verb, speaker: fromPhrase(ctx, p), bare: false };
}

// A quotation this long (in words) reads as speech; a shorter one does when it ends like a sentence.
const SPEECH_WORDS = 6;
const SENTENCE_WORDS = 3;

/**
 * A quotation no claim covers that reads as speech rather than a title or scare quote: a long one, or a
 * sentence-like one ending in punctuation. News rarely quotes that much without a speaker nearby.
 */
export function isUncitedSpeech(ctx: LineCtx, qi: number, claims: SentenceClaim[]): boolean {
  const q = ctx.quotes[qi];
  if (q.single || claims.some((c) => c.spans.some((sp) => sp.start < q.end && sp.end > q.start))) return false;
  const inner = ctx.s.slice(q.start, q.end);
  const count = (inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
  if (isTitleCase(inner)) return false;
  return count >= SPEECH_WORDS || (count >= SENTENCE_WORDS && /[.!?,]["”’'»]?$/.test(inner));
}

/** How many tokens before an uncited quotation its speaker is looked for, which keeps long sentences linear. */
export const ORPHAN_REACH = 100;

/** An uncited quotation: the subject of the clause it sits in ("He called it a “…”") is its likely speaker. */
export function orphanClaim(ctx: LineCtx, from: number, k: number, q: Span): SentenceClaim {
  const p = k > from ? clauseSubject(ctx.tokens, from, k, ctx.quoted) : null;
  const spans = [{ start: q.start, end: q.end }];
  // "“…,” Smith barked": a subject right after the quotation, with a verb we don't list.
  let j = k;
  while (j < ctx.tokens.length && ctx.quoted[j] && ctx.tokens[j].start < q.end) j++;
  const after = /,["”’'»]$/.test(ctx.s.slice(q.start, q.end)) && j < ctx.tokens.length ? clauseSubject(ctx.tokens, j, ctx.tokens.length, ctx.quoted) : null;
  if (after && after.first === j && after.last + 1 < ctx.tokens.length) return { spans, cue: mention(ctx, after.last + 1, after.last + 1, 'other'), speaker: fromPhrase(ctx, after), bare: false, orphan: true };
  // "Jones: “…”": a name right before a colon introduces the quotation.
  const colon = k - 1 > from && ctx.tokens[k - 1].text === ':' ? speakerBefore(ctx.tokens, k - 1, from, ctx.quoted) : null;
  if (colon && colon.form === 'name' && colon.last === k - 2) {
    // "Said Jones: “…”": a speech verb opening the name is the inverted cue, not part of the name.
    if (colon.first < colon.last && cueVerb(lw(ctx, colon.first))?.strong) {
      return { spans, cue: mention(ctx, colon.first, colon.first, 'other'), speaker: mention(ctx, colon.first + 1, colon.last, 'name'), bare: false, orphan: true };
    }
    return { spans, cue: mention(ctx, k - 1, k - 1, 'other'), speaker: fromPhrase(ctx, colon), bare: false, orphan: true };
  }
  if (!p || p.last + 1 >= k) return { spans, cue: null, speaker: null, bare: false, orphan: true };
  return { spans, cue: mention(ctx, p.last + 1, p.last + 1, 'other'), speaker: fromPhrase(ctx, p), bare: false, orphan: true };
}
