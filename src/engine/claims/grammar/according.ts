// "According to X, …" / "…, according to X." / "…, according to X, …".
import type { Span } from '../../types';
import { speakerAfter } from '../speakers';
import type { CueHit } from './cues';
import { words } from '../../lexicon/words';
import { contentSpan, fromPhrase, lw, sentenceBody, wordCount, type LineCtx } from './context';
import type { SentenceReading } from './state';

// "according to a survey by the city", "according to figures from the ministry": the source goes on to the
// next comma after these.
const SOURCE_CONTINUES = /^(by|of|from|for|at|in|released|published|conducted)$/;
// What ends a source that goes on.
const SOURCE_END = /^[,;:—–.!?]$/;

// After a medial "according to X," these open a clause of the writer's, not the rest of the content.
const WRITER_CLAUSE = words('but even while as which who whom so yet compared up down including');

/**
 * "The plan, according to Roe, is dead": after a medial source the content resumes past its comma or dash; a clause
 * opened by "but", "while" … ("…, according to a tally, but his path …") or words that run on from the source
 * without a comma ("according to an interview his brother gave") are not the content.
 */
function resumesContent(ctx: LineCtx, k: number): boolean {
  return /^[,—–-]$/.test(lw(ctx, k)) && !ctx.quoted[k + 1] && !WRITER_CLAUSE.has(lw(ctx, k + 1));
}

/** Reads the claim of an "according to" cue: the source after it, the content on either side. */
export function readAccordingTo(reading: SentenceReading, cue: CueHit): void {
  const { ctx, sentenceStart, sentenceEnd } = reading;
  const { tokens, quoted } = ctx;
  const found = speakerAfter(tokens, cue.last + 1, sentenceEnd, quoted);
  if (!found) return;
  let source = found;
  if (SOURCE_CONTINUES.test(lw(ctx, source.last + 1))) {
    let k = source.last + 1;
    while (k + 1 < sentenceEnd && !quoted[k + 1] && !SOURCE_END.test(tokens[k + 1].text)) k++;
    source = { ...source, last: k };
  }
  const bodyStart = sentenceBody(ctx, sentenceStart, cue.first);
  const spans: Span[] = [];
  const before = bodyStart < cue.first ? contentSpan(ctx, bodyStart, cue.first) : null;
  const after = contentSpan(ctx, source.last + 1, sentenceEnd);
  const hasBefore = !!before && wordCount(ctx, bodyStart, cue.first) >= 2;
  if (before && hasBefore) spans.push(before);
  if (after && wordCount(ctx, source.last + 1, sentenceEnd) >= 2 && (!hasBefore || resumesContent(ctx, source.last + 1))) spans.push(after);
  if (spans.length) reading.emit(spans, cue, fromPhrase(ctx, source), sentenceEnd);
}
