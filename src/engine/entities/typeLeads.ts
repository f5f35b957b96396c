// How sure the tagger was of each name's type: the document stage (./documentTypes) lets a name's sure mentions
// retype its doubtful ones, where one line alone could not tell a band from a person or a club from its town.
import type { Token } from '../text/tokens';
import type { EntityType } from '../types';
import type { LineMention } from './lineMention';

const CLASS_OF_TYPE: Partial<Record<EntityType, string>> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/**
 * Gives each of a sentence's mentions that the tagger typed (the run it tagged holds the mention's first tagged
 * word and is of the mention's type) its typeLead: at the run's first word, the score of that type's "B-" label less the best
 * other class's. `scores` are the tagger's per token (tagSentence), `tags` its labels; mentions a rule typed keep
 * none.
 */
export function addTypeLeads(
  tokens: readonly Token[],
  tags: readonly string[],
  scores: ReadonlyArray<ArrayLike<number> | undefined>,
  labels: readonly string[],
  mentions: LineMention[],
): void {
  let k = 0;
  for (const m of mentions) {
    const cls = CLASS_OF_TYPE[m.type];
    if (!cls) continue;
    if (k < tokens.length && tokens[k].start > m.start) k = 0;
    while (k < tokens.length && tokens[k].start < m.start) k++;
    if (k >= tokens.length || tokens[k].start !== m.start) continue;
    // A word a rule drew into the name ("The" of "The Triffids") was not tagged: the run starts after it.
    let b = k;
    while (b + 1 < tokens.length && tags[b] === 'O' && tokens[b + 1].start < m.end) b++;
    while (b > 0 && tags[b][0] === 'I') b--;
    const row = scores[b];
    if (tags[b] !== 'B-' + cls || !row) continue;
    let other = -Infinity;
    for (let j = 0; j < labels.length; j++) {
      if (labels[j][0] === 'B' && labels[j] !== tags[b]) other = Math.max(other, row[j]);
    }
    m.typeLead = row[labels.indexOf(tags[b])] - other;
  }
}
