// Speaker gender only as an article states it: the pronouns that refer to a person and the honorific before
// their name. Never guessed from a first name (see README "Share of voice").
import type { Analysis } from '../../engine/types';

export type StatedGender = 'female' | 'male';

/** Third-person pronouns by the gender they state. */
const PRONOUNS: Record<string, StatedGender> = {
  she: 'female', her: 'female', hers: 'female', herself: 'female',
  he: 'male', him: 'male', his: 'male', himself: 'male',
};

/** An honorific right before a name mention ("Mrs. Lopez", "Mr Becker"), or opening the mention itself. */
const FEMALE_TITLE = /\b(?:Mrs|Ms|Miss|Mme|Madam)\.?\s+$/;
const MALE_TITLE = /\b(?:Mr|Messrs)\.?\s+$/;
/** How far before a mention to look for an honorific. */
const TITLE_WINDOW = 8;

/**
 * The gender each person entity is given by the article: by its pronoun mentions and the honorifics before
 * its names. A person the article gives both (usually a pronoun resolved to the wrong person) has none.
 */
export function statedGenders(text: string, analysis: Analysis): Record<string, StatedGender> {
  const out: Record<string, StatedGender> = {};
  for (const entity of analysis.entities) {
    if (entity.type !== 'person') continue;
    const seen = new Set<StatedGender>();
    for (const mention of entity.mentions) {
      const stated = mention.form === 'pronoun'
        ? PRONOUNS[mention.text.toLowerCase()]
        : titleGender(text.slice(Math.max(0, mention.start - TITLE_WINDOW), mention.start) + ' ', mention.text);
      if (stated) seen.add(stated);
    }
    if (seen.size === 1) out[entity.id] = [...seen][0];
  }
  return out;
}

function titleGender(before: string, mention: string): StatedGender | undefined {
  for (const context of [before.trimEnd() + ' ', mention.split(/\s+/)[0] + ' ']) {
    if (FEMALE_TITLE.test(context)) return 'female';
    if (MALE_TITLE.test(context)) return 'male';
  }
  return undefined;
}
