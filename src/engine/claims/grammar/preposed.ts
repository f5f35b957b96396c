// Preposed content: the quotations that open the sentence before "…,” Smith said", the clause before ", Smith
// said", and content on both sides of "The plan, he said, is …".
import { clauseSubject } from '../speakers';
import { AND_BUT, BE_FORMS, DAY_NAMES, FINITE_AUXILIARIES, IRREGULAR_PAST, POSSESSIVE_DETERMINERS, SCENE_OPENERS, SUBJECT_PRONOUNS, SUBORDINATORS, TIME_DETERMINERS, TIME_NOUNS } from '../../lexicon/closedClass';
import { words } from '../../lexicon/words';
import { clauseAfter, opensPredicate } from './content';
import { participleCueAfterComma, type CueHit } from './cues';
import { afterConnective, contentSpan, lw, opensAdjunctClause, outsideWords, PAST_FORM, punctuationEnd, sentenceBody, wordCount, isTitleCase, type LineCtx, type LocalMention } from './context';
import { leadingQuotes, trailingQuotes } from './inverted';
import type { SentenceReading } from './state';

/** Where the attribution starts (its speaker, or the cue) and what the content after the cue is. */
export interface Attributed {
  cue: CueHit;
  speaker: LocalMention;
  /** The first token of the attribution. */
  first: number;
  /** The content after the cue: tokens [start, end). */
  start: number;
  end: number;
  /** The cue is strong, or its subject is a poll or a document. */
  reports: boolean;
}

// "As for the fees, she said, “…”", "Of the plan, he said, “…”": a topic named before the attribution is drawn
// with the content.
const TOPIC_OPENER = /^(as|of)$/;
// The longest tail after a cue, in words, that leaves the content before it ("…, he said on Tuesday").
const SHORT_TAIL_WORDS = 6;

/**
 * Reads content placed before its attribution; true when it found the claim. A tail after the cue that
 * quotes or opens with "that" is the content itself instead ("In a statement, she said it was “false”").
 */
export function readPreposed(reading: SentenceReading, at: Attributed): boolean {
  const { ctx, sentenceStart, sentenceEnd, quotesIn } = reading;
  const { tokens, quoted, quotes } = ctx;
  const { cue, speaker, first, start, end } = at;
  const beforeSpeaker = first - 1 >= sentenceStart ? tokens[first - 1] : null;
  const closesContent = !!beforeSpeaker && (beforeSpeaker.text === ',' || quoted[first - 1] || beforeSpeaker.text === '—');
  // The quotation(s) that open the sentence: "“…,” Smith said."
  if (closesContent && outsideWords(ctx, sentenceStart, first) === 0 && quotesIn.length && quotes[quotesIn[0]].start < tokens[first].start) {
    const spans = leadingQuotes(ctx, sentenceStart, first, quotesIn) ?? [];
    const tail = trailingQuotes(ctx, cue.last + 1, sentenceEnd, quotesIn);
    if (spans.length) {
      reading.emit([...spans, ...tail], cue, speaker, tail.length ? sentenceEnd : cue.last + 1);
      return true;
    }
  }
  const quoteFollows = start < sentenceEnd && quoted[start];
  // The tail after the cue leaves the content before it when it is short, when it is a phrase of place, time or
  // occasion however long ("…, she said in a video message to the harbour council"), and up to a participle cue after a
  // comma, read as a claim of its own ("…, Roe said in Paris, noting …", "…, he said, adding that …"). Neither
  // extension applies after words that end in a subordinate clause ("Even as shares fell, Roe wrote to investors,
  // telling them …"): those set the scene, and the tail is the content; nor the first to a medial attribution.
  const sceneSet = endsInSubordinate(ctx, sentenceBody(ctx, sentenceStart, first), first);
  const commaAfterCue = tokens[cue.last + 1]?.text === ',';
  const participle = sceneSet ? -1 : participleCueAfterComma(ctx, cue.last + 1, sentenceEnd);
  let tailEnd = participle < 0 ? end : Math.max(Math.min(participle, end), start);
  const scene = !sceneSet && !commaAfterCue && sceneTail(ctx, start, tailEnd);
  // "…, harbour leaders said on Friday, as they walked out of …": a clause of time after the cue is no content;
  // after a medial attribution it goes on with the content ("He’s leaning toward Lund, he said, because …").
  if (!commaAfterCue) {
    for (let k = start; k < tailEnd; k++) {
      if (opensAdjunctClause(ctx, k)) {
        tailEnd = k;
        break;
      }
    }
  }
  const tailWords = wordCount(ctx, start, tailEnd);
  const shortTail = tailEnd === start || ((tailWords <= SHORT_TAIL_WORDS || scene) && !quoteFollows && !tailReports(ctx, start, end, quotesIn) && !clauseAfter(ctx, start, end) && !objectFollows(ctx, cue, start));
  if (quoteFollows || !closesContent || !at.reports) return false;
  const bodyStart = sentenceBody(ctx, sentenceStart, first);
  const before = contentSpan(ctx, bodyStart, first);
  // "The nostalgia, he noted, may be …", "Voters, she suggested, don't have to …": a predicate after the
  // attribution resumes the clause its subject opened, however short that subject.
  // "…, he said on Monday, will …": the attribution may carry a time or place before its closing comma.
  const resume = tokens[start]?.text === ',' ? start + 1 : start;
  if (before && resume > cue.last + 1 && tokens[resume - 1].text === ',' && opensPredicate(ctx, resume, end) && !isAdverbial(ctx, bodyStart, first)) {
    const after = contentSpan(ctx, resume, end);
    if (after) {
      reading.emit([before, after], cue, speaker, end);
      return true;
    }
  }
  // "Otherwise, she said, countries may …", "Survival, he says, depends on …": an attribution set off by commas
  // inside the sentence leaves content on both sides, however short the part before it; a short phrase before
  // a final attribution ("Yes, he said.") is no claim.
  const short = wordCount(ctx, sentenceStart, first) < 3;
  const medial = !!before && tokens[cue.last + 1]?.text === ',' && !(short && isTimeOnly(ctx, bodyStart, first));
  if (short && !medial) return false;
  // The clause before ", Smith said".
  // "Last year, he said, he was thinking of …", "…, he said, harbour workers must …", "…, he said, until it
  // closed": a clause with its own subject, or one of time or cause, resumes the content.
  const resumes = medial && (clauseSubject(tokens, cue.last + 2, end, quoted)?.first === cue.last + 2 || clauseAfter(ctx, cue.last + 2, end) || opensAdjunctClause(ctx, cue.last + 2));
  if (before && shortTail && !short && !resumes && !isAdverbial(ctx, bodyStart, first) && !isSceneClause(ctx, bodyStart, first) && !isOpeningParticiple(ctx, bodyStart, first)) {
    // The participle clause after it ("…, noting …") is read as a claim of its own, and so is a clause
    // coordinated after the attribution's comma ("…, harbour records show, and engineers say …").
    // Whole before a final attribution, the content keeps the coordinator that opens the sentence ("But the pier
    // is safe, Roe said"), as annotators draw it; around a medial one they leave it out.
    const whole = contentSpan(ctx, afterConnective(ctx, punctuationEnd(ctx, sentenceStart, first), first), first) ?? before;
    reading.emit([whole], cue, speaker, participle >= 0 ? participle : coordinatedAt(ctx, end) ? end : sentenceEnd);
    return true;
  }
  // "The plan, he said, is …": content on both sides. "On the subject of taxes, Roe added, “Everyone knows …”":
  // a quotation opening a sentence of its own after the cue is the whole content, and the words before set
  // the scene, unless they name its topic.
  if (before && tokens[cue.last + 1]?.text === ',') {
    const after = contentSpan(ctx, cue.last + 2, end);
    if (after) {
      const scene = opensQuotedSentence(ctx, cue.last + 2) && !TOPIC_OPENER.test(lw(ctx, bodyStart));
      reading.emit(scene ? [after] : [before, after], cue, speaker, end);
      return true;
    }
  }
  return false;
}

/** Token k is a comma followed by "and" or "but": "…, harbour records show, and …". */
const coordinatedAt = (ctx: LineCtx, k: number): boolean => ctx.tokens[k]?.text === ',' && !ctx.quoted[k] && AND_BUT.has(lw(ctx, k + 1));

/** Token k opens a quotation that starts with a capital letter: a sentence of its own ("“Sheldon knows …”"). */
function opensQuotedSentence(ctx: LineCtx, k: number): boolean {
  if (!ctx.quoted[k] || (k > 0 && ctx.quoteOf[k - 1] === ctx.quoteOf[k])) return false;
  const q = ctx.quotes[ctx.quoteOf[k]];
  return /^[^\p{L}\p{N}]*\p{Lu}/u.test(ctx.s.slice(q.start, q.end));
}

// Words that open the object of a cue verb, or a clause with "there": "announced his resignation", "insist there was …".
const OBJECT_OPENERS = words('the a an there', POSSESSIVE_DETERMINERS);

/**
 * "Shortly after my trial, the minister announced his resignation": an object right after a cue that takes no hearer
 * is its content, and the words before the speaker set the scene. "…, he told his aides": a hearer is no content,
 * but "urged the firms to find …" reports after it.
 */
function objectFollows(ctx: LineCtx, cue: CueHit, start: number): boolean {
  if (start !== cue.last + 1) return false;
  if (cue.verb?.takesHearer) return hearerBeforeContent(ctx, start);
  return OBJECT_OPENERS.has(lw(ctx, start)) && !TIME_NOUNS.has(lw(ctx, start + 1));
}

// The most words a hearer may run before the "to" or "that" of the content: "urged the big tech firms to …".
const HEARER_WORDS = 5;

/** "urged the firms to find …", "told the group that …": a hearer and then the content's "to" or "that". */
function hearerBeforeContent(ctx: LineCtx, start: number): boolean {
  for (let k = start + 1; k < ctx.tokens.length && k - start <= HEARER_WORDS; k++) {
    if (ctx.quoted[k] || ctx.tokens[k].kind !== 'word') return false;
    if (lw(ctx, k) === 'to' || lw(ctx, k) === 'that') return true;
  }
  return false;
}

/** A tail after the cue that quotes (not a title) or opens with "that" is the content itself; so is a clause ("told Politico she was leaning …"). */
function tailReports(ctx: LineCtx, start: number, end: number, quotesIn: number[]): boolean {
  const { tokens, quoted, quotes } = ctx;
  if (start >= end || tokens[start].kind !== 'word' || quoted[start]) return false;
  if (lw(ctx, start) === 'that') return true;
  return quotesIn.some((qi) => quotes[qi].start >= tokens[start].start && quotes[qi].end <= tokens[end - 1].end && !isTitleCase(ctx.s.slice(quotes[qi].start, quotes[qi].end)));
}

/**
 * The words before the speaker, tokens [from, to), end in a subordinate clause: it opens them or follows their
 * last comma ("Even as the ferry sank, Roe wrote …", "On Tuesday, even as shares fell, …"), with no main clause after it.
 */
function endsInSubordinate(ctx: LineCtx, from: number, to: number): boolean {
  let k = from;
  for (let j = from; j < to - 1; j++) if (ctx.tokens[j].text === ',' && !ctx.quoted[j]) k = j + 1;
  return !ctx.quoted[k] && (SUBORDINATORS.has(lw(ctx, k)) || (lw(ctx, k) === 'even' && SUBORDINATORS.has(lw(ctx, k + 1))));
}

// Words that make a phrase after a preposition a clause or a quantity, not a place, time or occasion: "at least
// six planes", "in Bergen she will …".
const NOT_SCENE = words(SUBJECT_PRONOUNS, FINITE_AUXILIARIES, BE_FORMS, 'least most');

/** "in a video message to the harbour council": tokens [start, end) open with a preposition and hold no clause, "that" or quotation. */
function sceneTail(ctx: LineCtx, start: number, end: number): boolean {
  if (start >= end || !SCENE_OPENERS.has(lw(ctx, start))) return false;
  for (let k = start; k < end; k++) if (ctx.quoted[k] || lw(ctx, k) === 'that' || NOT_SCENE.has(lw(ctx, k))) return false;
  return true;
}

// Words of a time adverbial that sets the scene of a claim: "Yesterday, he said, …", "On Tuesday, …".
const SCENE_TIME_WORDS = words(DAY_NAMES, TIME_NOUNS, TIME_DETERMINERS, 'yesterday today tonight on');

/** The words from `from` to `to` (a comma aside) are a time alone: "Yesterday,", "Last week,". */
function isTimeOnly(ctx: LineCtx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.tokens[k].kind === 'word' && !SCENE_TIME_WORDS.has(lw(ctx, k))) return false;
  return true;
}

/**
 * "When the council cut funding, Norway said …": a clause of time, cause or concession alone before the
 * attribution's comma [from, to) sets its scene; it is not the content (a main clause after it is: "Although it is
 * safe, the pier must close, Roe said"). A condition is what was said ("If the pier closes, he said, the port dies").
 */
function isSceneClause(ctx: LineCtx, from: number, to: number): boolean {
  // "As for the politics, he said, …" names a topic.
  if (!SUBORDINATORS.has(lw(ctx, from)) || CONDITIONS.has(lw(ctx, from)) || TOPIC_AFTER_AS.has(lw(ctx, from + 1)) || lw(ctx, to - 1) !== ',') return false;
  for (let k = from + 1; k < to - 1; k++) if (!ctx.quoted[k] && ctx.tokens[k].text === ',') return false;
  return true;
}
// The subordinators of a condition, whose clause is what was said.
const CONDITIONS = words('if unless');
const TOPIC_AFTER_AS = words('for to');

// The longest scene-setting phrase, in words.
const SCENE_WORDS = 6;

/** "In the survey, 47% say …": a short phrase opening with a preposition, before a comma, sets the scene; it is not the content. */
// Words in -ing that open a phrase but are no participle: prepositions and nouns ("During the talks, …").
const NOT_PARTICIPLES = words(`
  during including following according regarding concerning considering pending notwithstanding barring excluding
  nothing something everything anything morning evening`);
// A participle word opening the sentence: "Reflecting …", "Lamenting …".
const CAPITALISED_PARTICIPLE = /^\p{Lu}\p{Ll}+ing$/u;

/**
 * Tokens [from, to) are a participle phrase up to the comma before the attribution ("Reflecting his father's
 * brashness, he pledged …", "Lamenting their luck, fishermen say, …"): they tell how the subject acts, and are
 * none of its content. A finite verb inside makes the phrase a gerund subject's clause ("Raising the toll now
 * would help, Roe said", "Seeing the pier close led him to run, he said").
 */
function isOpeningParticiple(ctx: LineCtx, from: number, to: number): boolean {
  if (ctx.quoted[from] || !CAPITALISED_PARTICIPLE.test(ctx.tokens[from].text) || NOT_PARTICIPLES.has(lw(ctx, from)) || lw(ctx, to - 1) !== ',') return false;
  for (let k = from + 1; k < to - 1; k++) {
    const w = lw(ctx, k);
    if (FINITE_AUXILIARIES.has(w) || IRREGULAR_PAST.has(w) || PAST_FORM.test(w) || ctx.quoted[k]) return false;
  }
  return true;
}

function isAdverbial(ctx: LineCtx, from: number, to: number): boolean {
  return SCENE_OPENERS.has(lw(ctx, from)) && wordCount(ctx, from, to) <= SCENE_WORDS && lw(ctx, to - 1) === ',' && !ctx.quoted[to - 1];
}
