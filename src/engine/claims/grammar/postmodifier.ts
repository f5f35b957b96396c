// The phrase that follows a source named after its cue and belongs to it, as annotators draw the source:
// "…, said Jo Roe of the harbour board.", "according to officials familiar with the talks", "…, said a
// strategist who advises the mayor.".
import { DAY_NAMES, MONTH_NAMES, OBJECT_PRONOUNS, SUBJECT_PRONOUNS, TIME_NOUNS, YEAR } from '../../lexicon/closedClass';
import { SPEECH_OCCASIONS } from '../../lexicon/speechOccasions';
import { cueVerb } from '../../lexicon/speech';
import { words } from '../../lexicon/words';
import { lw, type LineCtx } from './context';

// Words that open a post-modifier of the source: a preposition or a relative pronoun (PolNeAR train, sources after
// their cue: "of" inside 410 times, right after 10; "who" 230 / 24; "with" 50 / 6; "for" 137 / 14).
const OPENERS = words('of for with who whose from by');
// Prepositions of place that open a described source's post-modifier ("said one source in the room", "a source on
// the call"); after a name they are rather where or how it spoke ("said Roe in a statement").
const PLACE_OPENERS = words('in on at');
// What ends the post-modifier: punctuation that closes a phrase.
const PHRASE_END = /^[,;:—–()[\].!?]$/;
// The most tokens a post-modifier may have.
const MAX_TOKENS = 14;
// Punctuation after a reporting verb that opens what it reports.
const CLAUSE_OPENING_MARK = /^[,:]$/;

/** A reporting verb at k with its reported clause after it ("who said he …", "who told me that …"). */
function reportsClause(ctx: LineCtx, k: number): boolean {
  if (!cueVerb(lw(ctx, k))?.strong) return false;
  // A pronoun hearer may stand between them: "who told me he …".
  const n = OBJECT_PRONOUNS.has(lw(ctx, k + 1)) && !SUBJECT_PRONOUNS.has(lw(ctx, k + 1)) ? k + 2 : k + 1;
  const next = lw(ctx, n);
  return ctx.quoted[n] || next === 'that' || SUBJECT_PRONOUNS.has(next) || CLAUSE_OPENING_MARK.test(next);
}

/**
 * The last token of the post-modifier right after the source ending at `last` (up to a comma, a dash or the
 * sentence end), or `last` when none follows: a quotation, a time ("of Tuesday") or a reporting verb with its
 * clause inside it (a relative clause that reports is a claim of its own) leaves the source as it is. After a
 * common noun a phrase of place goes with it too ("said one source in the room"), unless it holds an occasion or a
 * time of the speech.
 */
export function postmodifierEnd(ctx: LineCtx, last: number, sentenceEnd: number): number {
  const open = last + 1;
  // A source whose head is a common noun ("one GOP source", "an aide") is described, not named.
  const place = /^\p{Ll}/u.test(ctx.tokens[last].text) && PLACE_OPENERS.has(lw(ctx, open));
  if (open >= sentenceEnd || ctx.quoted[open] || !(OPENERS.has(lw(ctx, open)) || place)) return last;
  let k = open + 1;
  for (; k < sentenceEnd && !PHRASE_END.test(ctx.tokens[k].text); k++) {
    const w = lw(ctx, k);
    if (ctx.quoted[k] || k - open > MAX_TOKENS || DAY_NAMES.has(w) || TIME_NOUNS.has(w) || reportsClause(ctx, k)) return last;
    // "in a statement", "at a rally", "in July": an occasion or a time of the speech, not where its source is.
    if (place && (SPEECH_OCCASIONS.has(w) || MONTH_NAMES.has(w) || YEAR.test(w))) return last;
  }
  return k - 1 > open ? k - 1 : last;
}
