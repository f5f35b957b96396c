// A noun of saying after its owner's possessive and before a that-clause: "rejected the mayor's claim that …",
// "repeated his warning that …". The owner speaks; the clause is the claim. The noun may
// stand inside another claim's content ("rejected the mayor's claim that …"), so these are read apart from the
// sentence's cues and may nest in their content.
import { isSpeechNoun } from '../../lexicon/speech';
import { words } from '../../lexicon/words';
import { speakerBefore } from '../speakers';
import { contentEnd, resumedPredicate } from './content';
import type { CueHit } from './cues';
import { contentSpan, lw, mention, wordCount, type LineCtx, type SentenceClaim } from './context';

const POSSESSIVE_PRONOUNS = words('his her their its');
const POSSESSIVE_CLITIC = /^['’]s?$/;
// Modifiers that may stand between the possessive and the noun: "his repeated claim", "her own assertion".
const NOUN_MODIFIERS = words('own repeated latest new recent earlier public frequent false baseless unfounded');
// The fewest words a clause after "that" needs to be a claim rather than a relative's remnant.
const CLAUSE_WORDS = 3;

/** The claims of speech nouns between a possessive and a that-clause in the sentence [sentenceStart, sentenceEnd). */
export function possessiveNounClaims(ctx: LineCtx, sentenceStart: number, sentenceEnd: number, cues: CueHit[]): SentenceClaim[] {
  const { tokens, quoted } = ctx;
  const out: SentenceClaim[] = [];
  for (let i = sentenceStart + 1; i + 1 < sentenceEnd; i++) {
    if (quoted[i] || lw(ctx, i + 1) !== 'that' || !isSpeechNoun(lw(ctx, i))) continue;
    let owner = i - 1;
    // The modifier is drawn with the noun, as annotators draw the cue: "the mayor's earlier claim".
    let cueFirst = i;
    if (NOUN_MODIFIERS.has(lw(ctx, owner))) cueFirst = owner--;
    if (owner < sentenceStart || quoted[owner]) continue;
    let speaker = null;
    // A noun phrase opening the sentence is its subject: the clause after "that" ends where the sentence's own
    // predicate resumes ("Her insistence that the ferry would run | drew laughs"), and without one to show
    // where, none is read.
    let opening = false;
    if (POSSESSIVE_PRONOUNS.has(lw(ctx, owner))) {
      speaker = mention(ctx, owner, owner, 'pronoun');
      opening = owner === sentenceStart;
    } else if (POSSESSIVE_CLITIC.test(tokens[owner].text)) {
      const phrase = speakerBefore(tokens, owner, sentenceStart, quoted);
      // The phrase must end right at the possessive: "the mayor's", not "the mayor said the union's".
      if (phrase && phrase.last === owner - 1 && phrase.form !== 'pronoun') {
        // The owner is written with its clitic ("the mayor's"), as annotators draw the source of a noun's claim.
        speaker = mention(ctx, phrase.first, owner, phrase.form);
        opening = phrase.first === sentenceStart;
      }
    }
    if (!speaker) continue;
    const start = i + 1;
    let end = contentEnd(ctx, start, sentenceEnd, cues);
    if (opening) {
      const resumed = resumedPredicate(ctx, start, end);
      if (resumed < 0) continue;
      end = resumed;
    }
    const span = contentSpan(ctx, start, end);
    if (!span || wordCount(ctx, start + 1, end) < CLAUSE_WORDS) continue;
    out.push({ spans: [span], cue: mention(ctx, cueFirst, i, 'other'), speaker, bare: false });
  }
  return out;
}

/**
 * Whether the contracted "'s" at token `aux` before the speech noun of cue is a possessive rather than "is"
 * ("the union's warning that …", not "the union is warning that …"): it follows a noun, not a pronoun, and the
 * phrase is an object ("The board ignored the union's warning that …") or the sentence's own predicate follows
 * the clause ("The union's warning that wages would fall was ignored"). The claim is then the noun's.
 */
export function possessiveBeforeNoun(ctx: LineCtx, aux: number, cue: CueHit, sentenceStart: number, sentenceEnd: number): boolean {
  if (aux !== cue.first - 1 || cue.last !== cue.first || !POSSESSIVE_CLITIC.test(ctx.tokens[aux].text)) return false;
  if (!isSpeechNoun(lw(ctx, cue.first)) || lw(ctx, cue.first + 1) !== 'that') return false;
  const phrase = speakerBefore(ctx.tokens, aux, sentenceStart, ctx.quoted);
  if (!phrase || phrase.last !== aux - 1 || phrase.form === 'pronoun') return false;
  return phrase.first > sentenceStart || resumedPredicate(ctx, cue.first + 1, sentenceEnd) >= 0;
}
