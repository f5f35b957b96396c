// Abbreviations of things an article defines: an agreement's, a treaty's, a program's or a project's name with its
// abbreviation in brackets after it ("the Harlow Wind Lease Agreement (\"HWLA\")", "the Tarvik Fishing
// Treaty (TFT)") names a document or a plan, no organization, however the tagger reads the capitals of the
// abbreviation alone ("under the HWLA"): none of its mentions is a name.
import type { EntityType } from '../types';
import { writtenOf, type LineMention } from './lineMention';
import { compiledNow } from '../text/compiledNow';

// The head nouns of things, not bodies, that names of agreements, laws and plans end in.
const THING_HEADS = /^(?:Agreement|Contract|Treaty|Accord|Act|Protocol|Program|Programme|Project|Plan|Policy|Memorandum|Guaranty|Guarantee|License|Licence|Lease)$/u;
// A capitalised name's last word, then its abbreviation in brackets, quoted or not: "… Agreement (\"HWLA\")".
const DEFINED = compiledNow(/(\p{Lu}[\p{L}-]*)\s*\(\s*["“]?(\p{Lu}[\p{Lu}&]{1,7})["”]?\s*\)/gu);
const NAMED: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place']);

/**
 * `mentions` (sorted) without the named mentions of an abbreviation the text defines after a thing's name (see
 * THING_HEADS) whose first word or head begins with the abbreviation's first letter and whose head begins with its
 * last letter.
 */
export function withoutThingAbbreviations(text: string, mentions: LineMention[]): LineMention[] {
  if (!text.includes('(')) return mentions;
  const things = new Set<string>();
  for (const m of text.matchAll(DEFINED)) {
    const [, head, abbreviation] = m;
    if (!THING_HEADS.test(head) || abbreviation[abbreviation.length - 1] !== head[0]) continue;
    // The name's words before the head, back to the start of its capitalised run: one must begin with the first letter.
    const before = text.slice(Math.max(0, m.index - 80), m.index).split(/\s+/u).reverse();
    const run: string[] = [];
    for (const w of before) {
      if (!w) continue;
      if (!/^\p{Lu}/u.test(w)) break;
      run.push(w);
    }
    if (run.some((w) => w[0] === abbreviation[0])) things.add(abbreviation);
  }
  if (!things.size) return mentions;
  return mentions.filter((m) => !(NAMED.has(m.type) && things.has(writtenOf(text, m))));
}
