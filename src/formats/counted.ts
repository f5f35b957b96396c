/** "1 claim", "3 claims", "0 claims": a count with its noun, in the singular for one. */
export const counted = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
