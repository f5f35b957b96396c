// Participle cues: "…, saying (that) …", "… — asserting …", "… with 30 percent of voters saying …".
import { isRoleNoun } from '../../lexicon/roles';
import { clauseSubject, phraseWithOf } from '../speakers';
import { contentEnd, contentStartAfter } from './content';
import type { CueHit } from './cues';
import { contentSpan, fromPhrase, lw, wordCount, type LocalMention } from './context';
import type { SentenceReading } from './state';

// A quotation closing on a comma right before the participle ("“…,” adding …").
const COMMA_QUOTE_END = /,["”’']?$/;
// What may link a participle to the clause it hangs on.
const PARTICIPLE_LINK = /^(,|—|–|and)$/;

/**
 * Reads a participle cue: it reports for the phrase after "with", for the speaker of the claim before it, or
 * for the subject of the clause it hangs on (a description only when it names a role: "The senator visited …,
 * saying …").
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
  if (!(PARTICIPLE_LINK.test(lw(ctx, cue.first - 1)) || afterQuote) || (prevQuoted && !afterQuote)) return;
  const subject = reading.lastSpeaker ?? ((): LocalMention | null => {
    const p = clauseSubject(tokens, sentenceStart, cue.first, quoted);
    return p && (p.form !== 'descriptor' || isRoleNoun(lw(ctx, p.last))) ? fromPhrase(ctx, p) : null;
  })();
  if (!subject) return;
  const start = contentStartAfter(ctx, cue, sentenceEnd);
  const end = contentEnd(ctx, start, sentenceEnd, cues);
  const span = contentSpan(ctx, start, end);
  if (!span || wordCount(ctx, start, end) < 3) return;
  reading.emit([span], cue, subject, end);
}
