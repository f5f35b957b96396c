// A passive cue with its agent: "The plan was rejected by most voters", "Her remarks were quickly derided by
// the union's leader", "Roe has been rebuked by fishermen for her plan". The agent after "by" speaks; what it
// said something of is the subject before the "be" (with the charge after the agent: "for her plan").
import { BE_FORMS, FINITE_AUXILIARIES, SENTENCE_ADVERBS, SUBORDINATORS } from '../../lexicon/closedClass';
import { words } from '../../lexicon/words';
import { BETWEEN, isMannerAdverb, speakerAfter } from '../speakers';
import { isLyAdverb } from '../../lexicon/adverbs';
import { contentEnd } from './content';
import { contentSpan, fromPhrase, lw, PAST_FORM, wordCount, type LineCtx } from './context';
import type { CueHit } from './cues';
import type { SentenceReading } from './state';

// Cue verbs whose passive says nothing of the subject by the agent: a question or a hearer ("was asked by",
// "was told by"), an act ("was decided by", "was added by", "was offered by"), a naming ("was called by"),
// an expectation or a view of the subject's chances ("is expected by", "was considered by").
const NOT_A_PASSIVE_CUE = words(`
  ask tell decide add continue plan offer request seek want read quote call dub label brand consider expect
  agree find know show post remind answer respond reply refer`);
// Irregular participles of cue verbs ("was thought by" is rare; these are the ones news writes).
const IRREGULAR_PARTICIPLES = words('written sought forecast foreseen');
// What follows the agent and belongs to the content: the charge or the description ("rebuked by fishermen for
// her plan", "accused by a reporter of hiding the costs", "dismissed by the press as a lightweight").
const CHARGE_PREPOSITION = words('for of as over');
// The most tokens a subject may have: a longer run before the "be" is rather a clause than a noun phrase.
const SUBJECT_TOKENS = 12;
// Words that open the clause whose subject this is: the subject starts after them.
const CLAUSE_OPENERS = words('that and but or so yet where whereby', SUBORDINATORS);
// Prepositions that open no subject.
const NOT_A_SUBJECT_START = words('on in at to by for with from of about into over under after before during than');
// A relative pronoun right before the "be" is the subject itself ("a deal which was rejected by …").
const RELATIVE = words('which who that');

/** The "be" of a passive cue at token `first` across auxiliary adverbs ("were quickly derided"), or -1. */
function passiveBe(ctx: LineCtx, first: number, sentenceStart: number): number {
  let k = first - 1;
  while (k > sentenceStart && !ctx.quoted[k] && (isMannerAdverb(ctx.tokens[k]) || (BETWEEN.has(lw(ctx, k)) && !FINITE_AUXILIARIES.has(lw(ctx, k))))) k--;
  return k >= sentenceStart && !ctx.quoted[k] && BE_FORMS.has(lw(ctx, k)) && lw(ctx, k) !== 'being' ? k : -1;
}

/** The first token of the subject ending at token `last`, or -1 when there is none to read. */
function subjectStart(ctx: LineCtx, last: number, sentenceStart: number): number {
  let k = last;
  while (k - 1 >= sentenceStart && last - k + 1 < SUBJECT_TOKENS) {
    const w = lw(ctx, k - 1);
    const t = ctx.tokens[k - 1];
    if (ctx.quoted[k - 1] || (t.kind === 'punct' && !/^['’]s?$|^-$/.test(w)) || CLAUSE_OPENERS.has(w)) break;
    // A verb before the subject means the phrase is inside a clause of its own ("He said the plan was …").
    if (FINITE_AUXILIARIES.has(w) || BE_FORMS.has(w)) return -1;
    k--;
  }
  if (k - 1 >= sentenceStart && last - k + 1 >= SUBJECT_TOKENS && !ctx.quoted[k - 1]) return -1;
  return k;
}

/** Reads a passive cue with its agent; true when it made a claim. */
export function readPassive(reading: SentenceReading, cue: CueHit): boolean {
  const { ctx, sentenceStart, sentenceEnd, cues } = reading;
  const { tokens, quoted } = ctx;
  const verb = cue.verb;
  if (!verb || cue.first !== cue.last || verb.particle || verb.learned || verb.adjective || NOT_A_PASSIVE_CUE.has(verb.base)) return false;
  const form = tokens[cue.first].text;
  if (!(PAST_FORM.test(form) || IRREGULAR_PARTICIPLES.has(form))) return false;
  const by = cue.last + 1;
  if (lw(ctx, by) !== 'by' || quoted[by] || /ing$/.test(lw(ctx, by + 1))) return false;
  const be = passiveBe(ctx, cue.first, sentenceStart);
  if (be < 0) return false;
  // The auxiliaries before the "be": "has been", "will probably be".
  let head = be;
  while (head - 1 >= sentenceStart && !quoted[head - 1] && (FINITE_AUXILIARIES.has(lw(ctx, head - 1)) || isMannerAdverb(tokens[head - 1]) || BETWEEN.has(lw(ctx, head - 1)))) head--;
  if (head - 1 < sentenceStart) return false;
  const agent = speakerAfter(tokens, by + 1, sentenceEnd, quoted);
  if (!agent) return false;
  // "by 64 percent of the voters", "by members of the board": an "of" before a noun phrase is the agent's own;
  // before an -ing form it opens the charge ("accused by a reporter of hiding the costs").
  while (lw(ctx, agent.last + 1) === 'of' && !quoted[agent.last + 1] && !/ing$/.test(lw(ctx, agent.last + 2))) {
    const rest = speakerAfter(tokens, agent.last + 2, sentenceEnd, quoted);
    if (!rest) break;
    agent.last = rest.last;
  }
  let subject: { start: number; end: number } | null;
  if (RELATIVE.has(lw(ctx, head - 1)) && !quoted[head - 1]) {
    subject = { start: tokens[head - 1].start, end: tokens[head - 1].end };
  } else {
    let first = subjectStart(ctx, head - 1, sentenceStart);
    // "Roe, meanwhile, was criticized by …": an adverb set off by commas stands between the subject and its verb.
    if (first >= 0 && first === head - 2 && lw(ctx, head - 1) === ',' && SENTENCE_ADVERBS.has(lw(ctx, first)) && lw(ctx, first - 1) === ',' && !quoted[first - 1]) {
      head = first - 1;
      first = subjectStart(ctx, head - 1, sentenceStart);
    }
    // A subject opens with a noun phrase, not a preposition or an adverb: "…, on new equipment by 2030, were
    // welcomed by …" and "he was loudly and repeatedly booed …, was denounced by …" have theirs further back.
    if (first < 0 || wordCount(ctx, first, head) < 1 || NOT_A_SUBJECT_START.has(lw(ctx, first)) || isLyAdverb(tokens[first].text)) return false;
    subject = contentSpan(ctx, first, head);
  }
  if (!subject) return false;
  const spans = [subject];
  let end = agent.last + 1;
  if (CHARGE_PREPOSITION.has(lw(ctx, end)) && !quoted[end]) {
    const chargeEnd = contentEnd(ctx, end, sentenceEnd, cues);
    const charge = contentSpan(ctx, end, chargeEnd);
    if (charge) {
      spans.push(charge);
      end = chargeEnd;
    }
  }
  reading.emit(spans, cue, fromPhrase(ctx, agent), end);
  return true;
}
