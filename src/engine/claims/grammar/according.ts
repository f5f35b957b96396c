// "According to X, …" / "…, according to X." / "…, according to X, …"; "In a poll by X, …".
import type { Span } from '../../types';
import { speakerAfter } from '../speakers';
import type { CueHit } from './cues';
import { APOSTROPHE_S, BE_FORMS, FINITE_AUXILIARIES, SUBJECT_PRONOUNS } from '../../lexicon/closedClass';
import { isRoleNoun } from '../../lexicon/roles';
import { cueVerb } from '../../lexicon/speech';
import { words } from '../../lexicon/words';
import { afterConnective, contentSpan, PAST_FORM, fromPhrase, lw, sentenceBody, wordCount, type LineCtx } from './context';
import { postmodifierEnd } from './postmodifier';
import type { SentenceReading } from './state';

// "according to a survey by the city", "according to figures from the ministry": the source goes on to the
// next comma after these.
const SOURCE_CONTINUES = /^(by|of|from|for|at|in|released|published|conducted)$/;
// What ends a source that goes on.
const SOURCE_END = /^[,;:—–.!?]$/;

// After a medial "according to X," these open a clause of the writer's, not the rest of the content.
const WRITER_CLAUSE = words('but even while as which who whom so yet compared up down including');

// What opens an appositive after the source's comma: an indefinite article ("a Republican strategist"), or with a
// role in it a definite one, "one" or a possessive ("the group's president", "Clinton's vote director"), or a role
// ("director of the survey centre").
const INDEFINITE_OPENERS = words('a an another');
const DEFINITE_OPENERS = words('the one');
// The most tokens such an appositive may have.
const APPOSITIVE_TOKENS = 15;
// What ends it: a comma, a semicolon, a dash or the sentence end.
const APPOSITIVE_END = /^[,;—–]$/;

/**
 * "according to Jo Roe, a veteran strategist, the plan …" / "…, according to Jo Roe, a veteran strategist.": the
 * token ending the noun phrase set off by the comma at `comma` after the source (a comma or the sentence end),
 * or -1 when what follows is a clause of the content.
 */
function appositiveEnd(ctx: LineCtx, comma: number, sentenceEnd: number): number {
  const { tokens, quoted } = ctx;
  const first = comma + 1;
  if (tokens[comma]?.text !== ',' || first >= sentenceEnd || quoted[first] || tokens[first].kind !== 'word') return -1;
  const possessive = APOSTROPHE_S.test(tokens[first + 1]?.text ?? '');
  const opener = lw(ctx, first);
  if (!INDEFINITE_OPENERS.has(opener) && !DEFINITE_OPENERS.has(opener) && !possessive && !isRoleNoun(opener)) return -1;
  let k = first;
  let role = false;
  for (; k < sentenceEnd && !APPOSITIVE_END.test(tokens[k].text); k++) {
    const w = lw(ctx, k);
    if (quoted[k] || k - first >= APPOSITIVE_TOKENS) return -1;
    if (FINITE_AUXILIARIES.has(w) || BE_FORMS.has(w) || SUBJECT_PRONOUNS.has(w) || PAST_FORM.test(tokens[k].text) || cueVerb(w)?.strong) return -1;
    role = role || isRoleNoun(w);
  }
  // "the same poll, Clinton's favorability … fell …": after "the", "one" or a possessive only a role makes it a
  // description of the source rather than the subject of the content (whose verb may be irregular).
  if (!INDEFINITE_OPENERS.has(opener) && !role) return -1;
  // The sentence end ends it only after its last word: "…, a veteran strategist."
  if (k >= sentenceEnd) k = sentenceEnd;
  else if (!/^[.!?]$/.test(tokens[k].text) && tokens[k].text !== ',') return -1;
  return k;
}

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
  // "In a poll released Friday by …, …": an opening poll phrase is the source up to its comma.
  if (SOURCE_CONTINUES.test(lw(ctx, source.last + 1)) || (lw(ctx, cue.first) === 'in' && !SOURCE_END.test(lw(ctx, source.last + 1)))) {
    let k = source.last + 1;
    while (k + 1 < sentenceEnd && !quoted[k + 1] && !SOURCE_END.test(tokens[k + 1].text)) k++;
    source = { ...source, last: k };
  }
  // "according to officials familiar with the talks": the post-modifier is drawn in the source, not the mention.
  const drawn = source === found ? postmodifierEnd(ctx, found.last, sentenceEnd) : source.last;
  const bodyStart = afterConnective(ctx, sentenceBody(ctx, sentenceStart, cue.first), cue.first);
  const spans: Span[] = [];
  const before = bodyStart < cue.first ? contentSpan(ctx, bodyStart, cue.first) : null;
  const hasBefore = !!before && wordCount(ctx, bodyStart, cue.first) >= 2;
  // The appositive after the source is part of it, as annotators draw it; the content resumes after it. At the
  // sentence end it needs a content before the cue.
  const appositive = appositiveEnd(ctx, drawn + 1, sentenceEnd);
  const apposed = appositive >= 0 && (appositive < sentenceEnd ? wordCount(ctx, appositive + 1, sentenceEnd) >= 2 : hasBefore);
  const resume = apposed ? appositive : drawn + 1;
  const after = contentSpan(ctx, resume, sentenceEnd);
  if (before && hasBefore) spans.push(before);
  if (after && wordCount(ctx, resume, sentenceEnd) >= 2 && (!hasBefore || resumesContent(ctx, resume))) spans.push(after);
  // "according to an analysis by Jo Roe": the author named after "by" is who speaks; the source is the whole phrase.
  const by = tokens.findIndex((_, k) => k > found.last && k <= source.last && lw(ctx, k) === 'by');
  const author = by >= 0 ? speakerAfter(tokens, by + 1, source.last + 1, quoted) : null;
  const speaker = author?.form === 'name' ? fromPhrase(ctx, author) : fromPhrase(ctx, source);
  if (speaker.start > tokens[source.first].start || drawn > source.last) speaker.phrase = { start: tokens[source.first].start, end: tokens[drawn].end };
  if (apposed) {
    let last = appositive - 1;
    while (tokens[last].kind === 'punct') last--;
    speaker.phrase = { start: speaker.phrase?.start ?? speaker.start, end: tokens[last].end };
  }
  if (spans.length) reading.emit(spans, cue, speaker, sentenceEnd);
}
