// Organizations' names the tagger takes apart: a run of capitalised words that ends in an organization's head noun
// ("Fairmont State University", "Orlando Regional Medical Center", "the Spanish Air Force") or holds one before
// "of" ("University of Texas", "Legislative Assembly of Ontario") is one organization's name, where the tagger read
// a place, a person or a nationality in it and left the rest out or cut it into several names.
import type { Token } from '../text/tokens';
import { relabel } from './bioLabels';
import { CAPITALISED } from './nameShapes';

// The words that join an organization's head noun to the rest of its name ("University of Texas", "Center for
// Science"), and the article that may follow them ("Army of the Potomac").
const JOINERS = new Set(['of', 'for']);
const ARTICLE = 'the';

/** True when token k is a capitalised word (not punctuation, not a sentence-opening "The"). */
const capitalisedWord = (tokens: Token[], k: number): boolean => tokens[k].kind !== 'punct' && CAPITALISED.test(tokens[k].text) && tokens[k].text !== 'The';

/**
 * The end (exclusive) of the run of capitalised words from `from`, going on across "of"/"for" (and "the") after
 * a head noun when a capitalised word follows; `crossed[0]` tells whether it did.
 */
function runEnd(tokens: Token[], from: number, isHead: (word: string) => boolean, crossed: boolean[]): number {
  let k = from;
  for (;;) {
    while (k < tokens.length && capitalisedWord(tokens, k)) k++;
    if (k === from || k >= tokens.length || !JOINERS.has(tokens[k].text) || !isHead(tokens[k - 1].text)) return k;
    const next = tokens[k + 1]?.text === ARTICLE ? k + 2 : k + 1;
    if (next >= tokens.length || !capitalisedWord(tokens, next)) return k;
    crossed[0] = true;
    k = next;
  }
}

/**
 * Relabels as one organization each run of capitalised words of one sentence (`tokens`) that ends in a head noun,
 * or holds one before "of"/"for", and holds a word the tagger tagged, unless the tagger read the run as one name
 * already (so "Soviet Union" stays the place it tagged). The run opens on its first tagged word (a capitalised
 * "Monday" before a name is no part of it), or, across "of", on the words before the head noun (not a sentence's
 * first). `isHead` tells an organization's head noun; `labels` (BIO) are changed in place. Not for a title-case
 * headline, whose every word is capitalised.
 */
export function joinOrganizationRuns(tokens: Token[], labels: string[], isHead: (word: string) => boolean): void {
  let i = 0;
  while (i < tokens.length) {
    if (!capitalisedWord(tokens, i)) {
      i++;
      continue;
    }
    // A run that goes on with a name opened before it ("Securities and" | "Exchange Commission") is that name's.
    if (labels[i][0] === 'I') {
      i = runEnd(tokens, i, isHead, [false]);
      continue;
    }
    const crossed = [false];
    const end = runEnd(tokens, i, isHead, crossed);
    let first = i;
    if (crossed[0]) first = i === 0 && labels[0] === 'O' ? 1 : i;
    else while (first < end && labels[first] === 'O') first++;
    const last = end - 1;
    const oneName = labels[first]?.[0] === 'B' && labels.slice(first + 1, end).every((l) => l === 'I' + labels[first].slice(1))
      && labels[end]?.[0] !== 'I';
    if (last > first && (crossed[0] || isHead(tokens[last].text)) && !oneName && labels.slice(first, end).some((l) => l !== 'O')) {
      relabel(labels, first, end, 'ORG');
    }
    i = end;
  }
}
