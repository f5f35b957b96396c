// Participle cues: "…, saying (that) …", "… — asserting …", "… with 30 percent of voters saying …".
import { BE_FORMS, DETERMINERS, FINITE_AUXILIARIES, NEGATION } from '../../lexicon/closedClass';
import { cueVerb, isGerundCatenative, isGerundNoun, isParticiple } from '../../lexicon/speech';
import type { Token } from '../../text/tokens';
import { BETWEEN, clauseSubject, isMannerAdverb, phraseWithOf, speakerBefore, type SpeakerPhrase } from '../speakers';
import { words } from '../../lexicon/words';
import { clauseComma, contentEnd, contentStartAfter, opensPredicate } from './content';
import { issuedDocumentStart, type CueHit } from './cues';
import { contentSpan, fromPhrase, lw, wordCount, type LineCtx, type LocalMention } from './context';
import { subjectWithAppositive } from './finite';
import type { SentenceReading } from './state';

// A quotation closing on a comma right before the participle ("“…,” adding …").
const COMMA_QUOTE_END = /,["”’']?$/;
// A closing quotation mark as a token of its own.
const QUOTE_MARK = /^["”’']$/;
// What may link a participle to the clause it hangs on: punctuation, "and", or a preposition of means or time
// ("pushed back by suggesting …", "resigned after tweeting …"); not "for", whose gerund is often someone else's
// words ("criticized Trump for saying …").
const PARTICIPLE_LINK = /^(,|—|–|and|by|after|while|when|in|before)$/;

// Passive verbs of perception whose subject the participle after them reports for: "can be heard yelling …",
// "was caught saying …", "is shown telling …".
const PERCEIVED = words('heard seen caught overheard shown filmed recorded spotted');

// Adverbs between the link and a participle: "…, still calling out …", "…, again saying …".
const PARTICIPLE_ADVERBS = words('still also again once now later repeatedly even often');

// A plural noun: "-s" but not "-ss" ("groups", not "press").
const PLURAL = /[^s]s$/;

/**
 * Whether the phrase right before a participle is a noun phrase it can modify as a reduced relative ("a super
 * PAC supporting Mrs. Clinton", "ads attacking rivals"): a name, a determined phrase or a plural, ending on a
 * noun rather than on an auxiliary, an adverb, a negation or a past form ("contributed reporting").
 */
function modifiedPhrase(ctx: LineCtx, p: SpeakerPhrase | null, cueFirst: number): p is SpeakerPhrase {
  if (!p || p.form === 'pronoun') return false;
  const head: Token = ctx.tokens[cueFirst - 1];
  const w = lw(ctx, cueFirst - 1);
  if (head.kind !== 'word' || BETWEEN.has(w) || FINITE_AUXILIARIES.has(w) || NEGATION.test(w) || /(ly|ed)$/.test(w) || isGerundCatenative(w)) return false;
  return p.form === 'name' || DETERMINERS.has(lw(ctx, p.first)) || PLURAL.test(w);
}

/**
 * Where a reduced relative's content ends: at the first comma ("PACs backing Bush, has been …"), and an attitude
 * verb's object where the main clause's predicate resumes ("groups backing the mayor have asked …").
 */
function objectEnd(ctx: LineCtx, cue: CueHit, start: number, end: number): number {
  const object = !cue.verb?.strong;
  for (let k = start + 1; k < end; k++) {
    if (ctx.quoted[k]) continue;
    if (clauseComma(ctx, k) || (object && (opensPredicate(ctx, k, end) || !!cueVerb(lw(ctx, k))?.strong))) return k;
  }
  return end;
}

/** "Roe, echoing the mayor, said …": a participle set off by commas ends where the main clause's speech verb follows. */
function beforeMainCue(ctx: LineCtx, start: number, end: number): number {
  for (let k = start + 1; k + 1 < end; k++) {
    if (ctx.quoted[k] || ctx.tokens[k].text !== ',') continue;
    const verb = cueVerb(lw(ctx, k + 1));
    if (verb?.strong && !isParticiple(ctx.tokens[k + 1].text)) return k;
  }
  return end;
}

/** The modified phrase without a verb walked over before its noun ("issued statements" → "statements"). */
function nounPhraseOf(ctx: LineCtx, p: SpeakerPhrase): SpeakerPhrase {
  for (let k = p.last - 1; k >= p.first; k--) if (opensPredicate(ctx, k, k + 1)) return { ...p, first: k + 1, sourceFirst: undefined };
  return p;
}

/**
 * Reads a participle cue: it reports for the phrase after "with", for the speaker of the claim before it, or
 * for the subject of the clause it hangs on, whatever noun heads it ("The senator visited …, saying …", "The
 * nurse sued, claiming …": on PolNeAR train half of the claims a description not naming a role gave were gold).
 */
export function readParticipleCue(reading: SentenceReading, cue: CueHit): void {
  const { ctx, sentenceStart, sentenceEnd, cues } = reading;
  const { tokens, quoted } = ctx;
  const prevQuoted = cue.first > sentenceStart && quoted[cue.first - 1];
  const afterQuote = prevQuoted && COMMA_QUOTE_END.test(ctx.s.slice(tokens[cue.first - 1].start - 1, tokens[cue.first - 1].end));
  const withPhrase = prevQuoted ? null : phraseWithOf(tokens, cue.first - 1, sentenceStart);
  if (withPhrase && withPhrase.first - 1 >= sentenceStart && lw(ctx, withPhrase.first - 1) === 'with') {
    const start = contentStartAfter(ctx, cue, sentenceEnd);
    const end = contentEnd(ctx, start, sentenceEnd, cues);
    const span = contentSpan(ctx, start, end);
    if (span && wordCount(ctx, start, end) >= 2) reading.emit([span], cue, fromPhrase(ctx, withPhrase), end);
    return;
  }
  // "a super PAC supporting Mrs. Clinton", "an email stressing the impact": a participle right after a noun
  // phrase modifies it, and the phrase is its speaker. Quoted words after it are left to the quotation's own reading.
  if (!prevQuoted && !isGerundNoun(tokens[cue.first].text) && modifiedPhrase(ctx, withPhrase, cue.first)) {
    const start = contentStartAfter(ctx, cue, sentenceEnd);
    const end = objectEnd(ctx, cue, start, contentEnd(ctx, start, sentenceEnd, cues));
    const span = contentSpan(ctx, start, end);
    if (span && !quoted.slice(start, end).some(Boolean)) {
      // The modified phrase speaks only here: a coordinated cue later ("… about Sanders vowing to fight on and
      // said …") keeps the clause's own subject.
      const clauseSpeaker = reading.lastSpeaker;
      // "Jo Roe issued a statement saying …": who put the document out speaks, not the document.
      const issued = issuedDocumentStart(ctx, cue.first, sentenceStart);
      const issuer = issued < cue.first ? speakerBefore(tokens, issued, sentenceStart, quoted) : null;
      const speaker = fromPhrase(ctx, issuer ?? nounPhraseOf(ctx, withPhrase));
      reading.emit([span], cue, speaker, end);
      reading.lastSpeaker = clauseSpeaker;
      reading.modified = { speaker, from: start, until: end };
    }
    return;
  }
  if (cue.first === sentenceStart && !quoted[cue.first]) {
    readFronted(reading, cue);
    return;
  }
  // "…, still calling out the pilots": adverbs may stand between the link and the participle.
  let link = cue.first - 1;
  while (link > sentenceStart && !quoted[link] && (PARTICIPLE_ADVERBS.has(lw(ctx, link)) || isMannerAdverb(tokens[link]))) link--;
  // "Roe avoids condemning …": a verb taking a gerund links it to its clause's subject; so does a passive of
  // perception ("Roe can be heard yelling …").
  const perceived = PERCEIVED.has(lw(ctx, link)) && BE_FORMS.has(lw(ctx, link - 1));
  if (!(PARTICIPLE_LINK.test(lw(ctx, link)) || isGerundCatenative(lw(ctx, link)) || perceived || afterQuote) || (prevQuoted && !afterQuote)) return;
  const subject = reading.lastSpeaker ?? ((): LocalMention | null => {
    const p = clauseSubject(tokens, sentenceStart, cue.first, quoted);
    return p ? subjectWithAppositive(ctx, fromPhrase(ctx, p), cue.first) : null;
  })();
  if (!subject) return;
  const start = contentStartAfter(ctx, cue, sentenceEnd);
  const end = beforeMainCue(ctx, start, contentEnd(ctx, start, sentenceEnd, cues));
  const span = contentSpan(ctx, start, end);
  if (!span || wordCount(ctx, start, end) < 3) return;
  reading.emit([span], cue, subject, end);
}

/**
 * "Citing a report, Roe said …", "Conceding that the deal would come, he warned …": a participle opening the
 * sentence reports for the main clause's subject after the comma that closes it, and its content ends there.
 */
function readFronted(reading: SentenceReading, cue: CueHit): void {
  const { ctx, sentenceEnd } = reading;
  const { tokens, quoted } = ctx;
  // The comma that closes the phrase, outside a quotation or ending one ("Bemoaning the “phony system,” Roe …").
  let comma = cue.last + 1;
  let after = comma + 1;
  for (; comma < sentenceEnd; comma++) {
    if (tokens[comma].text !== ',') continue;
    after = quoted[comma] && QUOTE_MARK.test(tokens[comma + 1]?.text ?? '') ? comma + 2 : comma + 1;
    if (!quoted[comma] || !quoted[after]) break;
  }
  if (comma >= sentenceEnd || after >= sentenceEnd) return;
  const subject = clauseSubject(tokens, after, sentenceEnd, quoted);
  if (!subject || subject.first !== after) return;
  const start = contentStartAfter(ctx, cue, after);
  const span = contentSpan(ctx, start, after);
  if (!span || wordCount(ctx, start, comma) < 2) return;
  reading.emit([span], cue, fromPhrase(ctx, subject), after);
}
