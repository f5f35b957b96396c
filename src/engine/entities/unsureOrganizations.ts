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
