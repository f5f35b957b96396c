// Review progress: how many claims a person has looked at, and which one to look at next.
import type { Claim, ReviewStatus } from '../engine/types';

export function statusOf(item: { status?: ReviewStatus }): ReviewStatus {
  return item.status ?? 'suggested';
}

/** How a reviewed result is marked in the views; a suggestion carries no mark. */
export const REVIEW_MARKS: Record<ReviewStatus, { mark: string; words: string } | undefined> = {
  suggested: undefined,
  accepted: { mark: '✓', words: 'accepted by you' },
  human: { mark: '✓ corrected', words: 'corrected or added by you' },
};

export interface ReviewProgress {
  reviewed: number;
  total: number;
}

export function reviewProgress(claims: readonly Claim[]): ReviewProgress {
  return { reviewed: claims.filter((c) => statusOf(c) !== 'suggested').length, total: claims.length };
}

/** "12 of 20 reviewed". */
export function progressText({ reviewed, total }: ReviewProgress): string {
  return `${reviewed} of ${total} reviewed`;
}

/** The first unreviewed claim starting after `offset`, wrapping around to the first one; none when all are reviewed. */
export function nextUnreviewed(claims: readonly Claim[], offset: number): Claim | undefined {
  const open = claims.filter((c) => statusOf(c) === 'suggested');
  return open.find((c) => c.start > offset) ?? open[0];
}
