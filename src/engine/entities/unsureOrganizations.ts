import type { Token } from '../text/tokens';
import type { LineMention } from './lineMention';

// A possessive or a lower-case word: no name ends in one.
const TRAILING = /^['’][sS]$|^\p{Ll}[\p{Ll}'’]*$/u;

// The tagger's organizations it is unsure of, taken out: the capitalised words it hesitates over (acronyms,
// products, currencies, common words in web text) are false more often than not, where a person or a place it
// is as unsure of is usually right.

/**
 * The least lead of an organization's first word's score over "O" for it to stand (tagger.ts, margins), tuned on
 * held-out parts of the training sets with train:ner's --holdout --org-margins: 80 takes out half the false
 * organizations of held-out web text at the cost of a few news ones.
 */
export const ORG_MARGIN = 80;

/**
 * The floor in a sentence written in the first or second person, or that asks or exclaims (personalCue): posts,
 * reviews and e-mails, whose capitalised words are products, acronyms and emphasis far more often than news
 * sentences' are. Counted on held-out parts of the training sets (train:ner --holdout --out, the whole engine):
 * such sentences hold about a fifth of web text's organizations but most of its false ones (15 false to 2 right on
 * UNER's), and none of CoNLL's false ones. 150 gained on every part read (UNER held out 68.8 -> 69.6, its whole
 * train part 64.0 -> 64.7, WikiGold 60.0 -> 60.1, CoNLL unchanged); 250 gained more on the held-out part but lost
 * on the train part.
 */
export const PERSONAL_ORG_MARGIN = 150;

// A word of the first or second person as written ("US" and "ME" in capitals are places), with a contraction
// ("I'm", "you're") or without ("I 'm", as some texts split it), or a question or exclamation mark.
const PERSONAL = /^(?:[Ii]|me|[Mm]y|[Ww]e|us|[Oo]ur|[Yy]ou|[Yy]our)(?:['’](?:m|ve|d|ll|re))?$|^['’](?:m|ve|re)$|^[!?]$/u;

/** True when a sentence (its tokens' texts) speaks in the first or second person, asks or exclaims. */
export function isPersonal(words: readonly string[]): boolean {
  return words.some((w) => PERSONAL.test(w));
}

/** The floor for a sentence of these words: PERSONAL_ORG_MARGIN in a personal one, else ORG_MARGIN. */
export function organizationFloor(words: readonly string[]): number {
  return isPersonal(words) ? PERSONAL_ORG_MARGIN : ORG_MARGIN;
}

/**
 * `tags` (changed in place) with each organization whose first word's margin is under `floor` taken out, save
 * where `stands(first, end)` (its token range) says the sentence shows it to be one.
 */
export function withoutUnsureOrganizations(
  tags: string[],
  margins: readonly number[],
  stands: (first: number, end: number) => boolean = () => false,
  floor = ORG_MARGIN,
): string[] {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== 'B-ORG' || margins[i] >= floor) continue;
    let end = i + 1;
    while (end < tags.length && tags[end] === 'I-ORG') end++;
    if (stands(i, end)) continue;
    for (let j = i; j < end; j++) tags[j] = 'O';
  }
  return tags;
}

/**
 * The organizations `withoutUnsureOrganizations` took out of `tagged` (its labels before) to leave `kept`, as
 * doubted mentions: the document stage (./doubtedOrganizations) keeps one where the rest of the article shows
 * the name to be an organization's. Each is trimmed of a leading lower-case word and of trailing punctuation and
 * possessives.
 */
export function doubtedOrganizations(tokens: readonly Token[], tagged: readonly string[], kept: readonly string[]): LineMention[] {
  const out: LineMention[] = [];
  for (let i = 0; i < tagged.length; i++) {
    if (tagged[i] !== 'B-ORG' || kept[i] !== 'O') continue;
    let end = i + 1;
    while (end < tagged.length && tagged[end] === 'I-ORG') end++;
    let first = i;
    let last = end - 1;
    while (last > first && (tokens[last].kind === 'punct' || TRAILING.test(tokens[last].text))) last--;
    while (first < last && /^\p{Ll}+$/u.test(tokens[first].text)) first++;
    if (/\p{Lu}/u.test(tokens[first].text)) out.push({ start: tokens[first].start, end: tokens[last].end, type: 'organization', doubted: true });
    i = end - 1;
  }
  return out;
}
