import { genderOfGivenName, genderOfPronoun, genderOfWord, type Gender } from '../lexicon/gender';
import type { Entity, Mention, Span } from '../types';
import type { SpanSet } from './spans';
import { memoized } from '../memo';
import { aroundSpan } from '../windowCache';
import { compiledNow } from '../text/compiledNow';

// The word before a name, across an appositive comma: "Mrs. Lee", "his wife, Ann Lee".
const WORD_BEFORE = compiledNow(/([\p{L}.]+),?[\s\u00a0]*$/u);
// Memoised (see ../memo): every analysis splits every person's name and name mentions; shared lists, never changed.
const words = memoized((s: string): string[] => s.split(/[\s\u00a0]+/).filter(Boolean));
// Pronouns that refer back to the subject just named. Object "him"/"her" are left out: "Lee thanked her"
// is about someone else.
const SUBJECT_PRONOUN = /\b(he|she|his)\b/gi;
// How many pronoun votes a gendered given name is worth (a title is worth three).
const GIVEN_NAME_VOTE = 2;
// How far after a mention its pronoun is looked for: about two sentences.
const PRONOUN_REACH = 400;

/** The gender a mention marks by its own words: a title or gendered noun in it or just before it ("Mrs. Lee", "his wife Ann Lee"). */
export function markedGender(text: string, m: Span & { text: string }): Gender | null {
  return genderWithin(m.text) ?? genderBefore(text.slice(Math.max(0, m.start - 30), m.start));
}

// Memoised (see ../memo): every analysis asks this of every person's name mentions.
const genderWithin = memoized((mention: string): Gender | null => {
  const ws = words(mention);
  for (const w of ws.slice(0, -1)) {
    const g = genderOfWord(w.replace(/,$/, ''));
    if (g) return g;
  }
  return null;
});
const genderBefore = memoized((before: string): Gender | null => {
  const word = WORD_BEFORE.exec(before);
  return word ? genderOfWord(word[1]) : null;
});

/**
 * The gender of the first he/she/his after `from` and before `until` (where the next person is named),
 * outside quotations: the pronoun that follows a name refers back to it.
 */
export function followingPronoun(text: string, from: number, until: number, quoted: SpanSet): Gender | null {
  const reach = { start: from, end: Math.min(until, from + PRONOUN_REACH, text.length) };
  // The pronouns of the stretch depend on its text alone: an incremental analysis keeps them (../windowCache).
  for (const p of aroundSpan('following-pronouns', text, reach, 0, 0, () => subjectPronouns(text.slice(reach.start, reach.end)))) {
    const at = from + p.index;
    if (!quoted.contains({ start: at, end: at + p.length })) return p.gender;
  }
  return null;
}

/** Each he/she/his of a stretch of text: where it is (in the stretch), its length and gender. */
function subjectPronouns(stretch: string): Array<{ index: number; length: number; gender: Gender | null }> {
  const out: Array<{ index: number; length: number; gender: Gender | null }> = [];
  for (const m of stretch.matchAll(SUBJECT_PRONOUN)) out.push({ index: m.index, length: m[0].length, gender: genderOfPronoun(m[1]) });
  return out;
}

/** The gender votes of each person: their sum and each mention's own share, by the mention's start. */
export interface GenderVotes {
  total: number;
  byMention: Map<number, number>;
}

/**
 * Each person's gender as the text shows it, by votes over the mentions that name them unmistakably (a full
 * name, or a surname no one else has): a title or gendered noun counts three, a pronoun that follows one,
 * and the given name of the full name two.
 * `next(at)` is where the next person after `at` is named.
 */
export function entityGenders(text: string, people: Entity[], quoted: SpanSet, next: (at: number) => number): Map<string, GenderVotes> {
  const bySurname = new Map<string, number>();
  const surname = (name: string): string => (words(name).at(-1) ?? '').toLowerCase();
  for (const e of people) bySurname.set(surname(e.name), (bySurname.get(surname(e.name)) ?? 0) + 1);
  const out = new Map<string, GenderVotes>();
  for (const e of people) {
    const shared = (bySurname.get(surname(e.name)) ?? 0) > 1;
    const votes: GenderVotes = { total: 0, byMention: new Map() };
    for (const m of e.mentions) {
      if (m.form !== 'name' || (shared && !namesInFull(m, e))) continue;
      // A name mention's text is the text at its place: the window holds all the gender mark reads.
      const marked = aroundSpan('marked-gender', text, m, 30, 0, () => markedGender(text, m));
      const following = followingPronoun(text, m.end, next(m.start), quoted);
      const vote = (marked ? (marked === 'he' ? 3 : -3) : 0) + (following ? (following === 'he' ? 1 : -1) : 0);
      if (vote === 0) continue;
      votes.total += vote;
      votes.byMention.set(m.start, vote);
    }
    // The given name of the full name: it outweighs one pronoun, not a title ("Mr. Ann Lee" is rare but written).
    const given = words(e.name).length > 1 ? genderOfGivenName(words(e.name)[0]) : null;
    if (given) votes.total += given === 'he' ? GIVEN_NAME_VOTE : -GIVEN_NAME_VOTE;
    if (votes.total !== 0 || votes.byMention.size > 0) out.set(e.id, votes);
  }
  return out;
}

/** The gender the votes show, leaving out the mention at `except` (the one being resolved against them). */
export function genderOf(votes: GenderVotes | undefined, except = -1): Gender | null {
  if (!votes) return null;
  const v = votes.total - (votes.byMention.get(except) ?? 0);
  return v > 0 ? 'he' : v < 0 ? 'she' : null;
}

/** True when a mention writes the entity's first name as well as its surname. */
function namesInFull(m: Mention, e: Entity): boolean {
  const first = words(e.name)[0]?.toLowerCase();
  return words(e.name).length > 1 && words(m.text).some((w) => w.toLowerCase() === first);
}
