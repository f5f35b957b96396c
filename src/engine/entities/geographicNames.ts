// A natural feature named with its head noun before "of" ("the Gulf of Aden", "the Strait of Dover", "the Isle of
// Arran"): one place's name, where the tagger read the head and the name after "of" as two places ("Gulf" |
// "Aden") or the whole as an organization's name.
import { GEOGRAPHIC_HEADS_BEFORE_OF } from '../lexicon/places';
import type { Token } from '../text/tokens';
import { relabel } from './bioLabels';
import { CAPITALISED } from './nameShapes';

// The article that may stand between "of" and the name ("Lake of the Woods").
const ARTICLE = 'the';

/** True when token k is a capitalised word (not punctuation). */
const capitalisedWord = (tokens: Token[], k: number): boolean => k < tokens.length && tokens[k].kind !== 'punct' && CAPITALISED.test(tokens[k].text);

/** True when token k is a geographic head noun written as a name's word, followed by "of". */
export const geographicHeadAt = (tokens: Token[], k: number): boolean =>
  capitalisedWord(tokens, k) && GEOGRAPHIC_HEADS_BEFORE_OF.has(tokens[k].text.toLowerCase()) && tokens[k + 1]?.text === 'of';

/**
 * The end (exclusive) of the name after the "of" at `of`: the tagger's name there, or the capitalised words it
 * left untagged; `of` itself when none follows.
 */
function nameAfterOf(tokens: Token[], labels: string[], of: number): number {
  const from = tokens[of + 1]?.text === ARTICLE ? of + 2 : of + 1;
  if (!capitalisedWord(tokens, from)) return of;
  let k = from + 1;
  if (labels[from] === 'O') while (capitalisedWord(tokens, k) && labels[k] === 'O') k++;
  else while (k < tokens.length && labels[k] === 'I-' + labels[from].slice(2)) k++;
  return k;
}

/**
 * Relabels (BIO `labels`, in place) as one place each geographic head noun, "of" and the name after it, when the
 * tagger tagged a word of them and the head opens no person's name's later words ("Greg Lake of …"). Not when the
 * name ends in an organization's head noun (`isOrganizationHead`: "the Bay of Fundy Ferry Authority").
 */
export function joinGeographicNames(tokens: Token[], labels: string[], isOrganizationHead: (word: string) => boolean): void {
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!geographicHeadAt(tokens, k) || labels[k] === 'I-PER') continue;
    const end = nameAfterOf(tokens, labels, k + 1);
    if (end === k + 1 || isOrganizationHead(tokens[end - 1].text) || labels.slice(k, end).every((l) => l === 'O')) continue;
    // The head goes on with the words the tagger put before it ("the Great Bay of …").
    let first = k;
    if (labels[k][0] === 'I') while (first > 0 && labels[first][0] === 'I') first--;
    relabel(labels, first, end, 'LOC');
    k = end - 1;
  }
}
