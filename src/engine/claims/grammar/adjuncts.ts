// Adjuncts of the cue after its content: "endorsed Lee on Tuesday", "criticized the plan in a statement".
import { AND_BUT, BE_FORMS, DAY_NAMES, FINITE_AUXILIARIES, OBJECT_PRONOUNS, RELATIVE_WORDS, SUBJECT_PRONOUNS, SUBORDINATORS, TIME_NOUNS, MONTH_NAMES, YEAR, APOSTROPHE_S } from '../../lexicon/closedClass';
import { CAPITALISED } from '../../entities/nameShapes';
import { SPEECH_MEDIA, SPEECH_OCCASIONS } from '../../lexicon/speechOccasions';
import { words } from '../../lexicon/words';
import { opensPredicate } from './content';
import { lw, PAST_FORM, type LineCtx } from './context';

// "last week", "this year", "next month": a relative time.
const RELATIVE_TIME_OPENERS = words('last this next');
const TIME_UNITS = words(TIME_NOUNS, DAY_NAMES, MONTH_NAMES);
// "for years", "for decades": a duration.
const DURATIONS = words('years decades months weeks days');
// Platforms after "on": "posted a photo on Twitter".
const PLATFORMS = words('twitter facebook instagram youtube');
// Prepositions that open an occasion of speech.
const OCCASION_PREPOSITIONS = words('in during at on');
// How many words may stand between an occasion's preposition and its noun ("at a campaign rally", "in an AP interview").
const OCCASION_REACH = 4;

/**
 * Whether the words from token k name an occasion of speech ("in a statement", "at his first rally"), or with
 * `mediumOnly` an indefinite medium of speech ("in an interview", "during a speech").
 */
function occasionAt(ctx: LineCtx, k: number, end: number, mediumOnly: boolean): boolean {
  if (!OCCASION_PREPOSITIONS.has(lw(ctx, k))) return false;
  if (lw(ctx, k) === 'on') return PLATFORMS.has(lw(ctx, k + 1));
  if (mediumOnly && !/^(a|an)$/.test(lw(ctx, k + 1))) return false;
  const nouns = mediumOnly ? SPEECH_MEDIA : SPEECH_OCCASIONS;
  for (let j = k + 1; j < end && j - k <= OCCASION_REACH; j++) {
    // "at Monday night's hearing", "in the party's debate": an occasion named by its own time or owner is the object's.
    if (ctx.quoted[j] || ctx.tokens[j].kind === 'punct' || APOSTROPHE_S.test(ctx.tokens[j].text)) return false;
    if (nouns.has(lw(ctx, j))) return true;
  }
  return false;
}

// Day parts after a day name: "Monday night".
const DAY_PARTS = words('night morning afternoon evening');
// Adverbs that lead a time: "later this week", "earlier this month".
const TIME_LEADS = words('later earlier');

/** Whether a time word at token k ends there (a day part aside), rather than modifying a noun after it. */
function timeEndsAt(ctx: LineCtx, k: number, end: number): boolean {
  const j = DAY_PARTS.has(lw(ctx, k + 1)) ? k + 1 : k;
  const next = ctx.tokens[j + 1];
  if (j + 1 >= end || !next) return true;
  // "Monday's debate", "Tuesday Group": the time word modifies what follows.
  return !APOSTROPHE_S.test(next.text) && (next.kind === 'punct' || !CAPITALISED.test(next.text));
}

/** Whether the words from token k name a time: "Tuesday", "on Monday", "in June 2015", "last year", "for decades". */
function timeAt(ctx: LineCtx, k: number, end: number): boolean {
  const w = lw(ctx, k);
  const n = lw(ctx, k + 1);
  if (DAY_NAMES.has(w)) return timeEndsAt(ctx, k, end);
  if (w === 'on') return DAY_NAMES.has(n) && timeEndsAt(ctx, k + 1, end);
  if (w === 'in') return MONTH_NAMES.has(n) || YEAR.test(n);
  if (RELATIVE_TIME_OPENERS.has(w)) return TIME_UNITS.has(n) && timeEndsAt(ctx, k + 1, end);
  if (w === 'for') return DURATIONS.has(n) && lw(ctx, k + 2) !== 'of';
  return false;
}

/** A clause opens inside the object at token k: a subordinator, a relative, a pronoun subject, a finite verb ("the talks it abandoned in 2009"). */
function clauseInside(ctx: LineCtx, k: number): boolean {
  const w = lw(ctx, k);
  // Relatives and complementizers: past them an adjunct may belong to a clause inside the object.
  return SUBORDINATORS.has(w) || RELATIVE_WORDS.has(w) || SUBJECT_PRONOUNS.has(w) || FINITE_AUXILIARIES.has(w) || BE_FORMS.has(w) || PAST_FORM.test(ctx.tokens[k].text);
}

// Prepositions and subordinators that open an adjunct of the verb after an object that takes no modifier:
// "supported her by a wide margin", "endorsed Lee in May", "backs Roe because …", "preferred Lee while …".
const ADJUNCT_OPENERS = words('in by while when after before during because since despite until amid if');

// "attacked Roe by accusing him of …", "rebuked Lee by publicly praising …": the means is part of what was said.
const GERUND = /^\p{Ll}+(ing|ly)$/u;
const meansAt = (ctx: LineCtx, k: number): boolean => lw(ctx, k) === 'by' && GERUND.test(ctx.tokens[k + 1]?.text ?? '');

// "referred to her by a nickname, “Gert”": a quotation after the adjunct is what the speaker said.
function quotationIn(ctx: LineCtx, from: number, end: number): boolean {
  for (let j = from; j < end; j++) if (ctx.quoted[j]) return true;
  return false;
}

/** Tokens start..k-1 are a pronoun or a name, which a prepositional phrase or a clause does not modify. */
function closedObject(ctx: LineCtx, start: number, k: number): boolean {
  if (k === start + 1 && OBJECT_PRONOUNS.has(lw(ctx, start))) return true;
  for (let j = start; j < k; j++) if (ctx.quoted[j] || !(CAPITALISED.test(ctx.tokens[j].text) || (ctx.tokens[j].text === '.' && j > start))) return false;
  return true;
}

// What ends the complement of "described X as …" and opens the verb's adjunct: a time or a place of speaking.
const AS_COMPLEMENT_ENDS = words('during while after before yesterday today tonight');

/**
 * Where an object content ends before an adjunct of its cue: "endorsed | Lee | on Tuesday", "criticized | the
 * plan | in a statement", "did not mention | Roe | by name". The object is a noun phrase, so a time, an occasion
 * of speech or "by name" after it belongs to the verb — unless a clause opens inside the object first — and so does
 * any adjunct after a pronoun or a name ("supported | her | by a wide margin").
 */
export function objectEnd(ctx: LineCtx, start: number, end: number): number {
  // "described as “reckless” a post about …": an "as" complement quoted right after the verb is what was said; the
  // object after it is what it was said of.
  if (lw(ctx, start) === 'as' && ctx.quoted[start + 1]) {
    let k = start + 1;
    while (k + 1 < end && ctx.quoted[k + 1] && ctx.quoteOf[k + 1] === ctx.quoteOf[start + 1]) k++;
    return k + 1;
  }
  // "described the toll as a “broken system” | during a stop in Bergen": after the "as" complement, an adjunct is the verb's.
  let asAt = -1;
  for (let k = start + 1; k < end; k++) {
    if (ctx.quoted[k] || ctx.tokens[k].kind === 'punct') continue;
    if (asAt < 0 && lw(ctx, k) === 'as' && k > start) {
      asAt = k;
      continue;
    }
    if (asAt >= 0 && k > asAt + 1 && (AS_COMPLEMENT_ENDS.has(lw(ctx, k)) || timeAt(ctx, k, end))) return TIME_LEADS.has(lw(ctx, k - 1)) ? k - 1 : k;
    // "has not endorsed | Lee | and has been a critic of …": a predicate coordinated after the object is the
    // speaker's own, not part of what they endorsed.
    if (AND_BUT.has(lw(ctx, k)) && opensPredicate(ctx, k + 1, end)) return lw(ctx, k - 1) === ',' ? k - 1 : k;
    if (ADJUNCT_OPENERS.has(lw(ctx, k)) && closedObject(ctx, start, k) && !meansAt(ctx, k) && !quotationIn(ctx, k, end)) return k;
    if (clauseInside(ctx, k)) return end;
    // A capitalised word inside a name is no adjunct ("the Friday Group"), a day name ending the object is.
    if (CAPITALISED.test(ctx.tokens[k].text) && !DAY_NAMES.has(lw(ctx, k))) continue;
    if (timeAt(ctx, k, end) || occasionAt(ctx, k, end, false) || (lw(ctx, k) === 'by' && lw(ctx, k + 1) === 'name')) return TIME_LEADS.has(lw(ctx, k - 1)) ? k - 1 : k;
  }
  return end;
}

/**
 * Where a reported clause ends before a medium of speech that closes the sentence ("said the pier is safe | in
 * an interview with the paper", "argued that … | during a speech in Iowa"): an indefinite medium after the
 * clause tells how the speaker said it; "in the debate" or "at a rally" may be part of what was said.
 */
export function occasionEnd(ctx: LineCtx, start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    if (ctx.quoted[k] || !occasionAt(ctx, k, end, true)) continue;
    for (let j = k + 2; j < end; j++) if (!ctx.quoted[j] && clauseInside(ctx, j)) return end;
    return TIME_LEADS.has(lw(ctx, k - 1)) ? k - 1 : k;
  }
  return end;
}
