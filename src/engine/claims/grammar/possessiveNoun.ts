// A noun of saying after its owner's possessive and before a that-clause: "rejected the mayor's claim that …",
// "repeated his warning that …". The owner speaks; the clause is the claim. The noun may
// stand inside another claim's content ("rejected the mayor's claim that …"), so these are read apart from the
// sentence's cues and may nest in their content.
import { isSpeechNoun } from '../../lexicon/speech';
import { words } from '../../lexicon/words';
import { speakerBefore } from '../speakers';
import { contentEnd } from './content';
import type { CueHit } from './cues';
import { contentSpan, fromPhrase, lw, mention, wordCount, type LineCtx, type SentenceClaim } from './context';

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
    if (NOUN_MODIFIERS.has(lw(ctx, owner))) owner--;
    if (owner < sentenceStart || quoted[owner]) continue;
    let speaker = null;
    // A noun phrase opening the sentence is its subject, and the clause after "that" would run on into the
    // sentence's own predicate ("Her insistence that the ferry would run drew laughs"): only an object reads.
    if (POSSESSIVE_PRONOUNS.has(lw(ctx, owner))) speaker = owner > sentenceStart ? mention(ctx, owner, owner, 'pronoun') : null;
    else if (POSSESSIVE_CLITIC.test(tokens[owner].text)) {
      const phrase = speakerBefore(tokens, owner, sentenceStart, quoted);
      // The phrase must end right at the possessive: "the mayor's", not "the mayor said the union's".
      if (phrase && phrase.last === owner - 1 && phrase.form !== 'pronoun' && phrase.first > sentenceStart) speaker = fromPhrase(ctx, phrase);
    }
    if (!speaker) continue;
    const start = i + 1;
    const end = contentEnd(ctx, start, sentenceEnd, cues);
    const span = contentSpan(ctx, start, end);
    if (!span || wordCount(ctx, start + 1, end) < CLAUSE_WORDS) continue;
    out.push({ spans: [span], cue: mention(ctx, i, i, 'other'), speaker, bare: false });
  }
  return out;
}
