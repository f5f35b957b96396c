// Two names joined by "and" that the tagger read as one ("Linkin Park and Avenged Sevenfold", "Hamas and Hezbollah"):
// names such as "Procter and Gamble" or "Bosnia and Herzegovina" hold "and" too, so one line cannot tell. The article
// can: where it names either side alone elsewhere, the two are two names (unless the whole is a country's name); so
// are two names of two words or more, each ending in a plural ("the Harwick Otters and Dunmore Herons").
import { isKnownPlace } from '../lexicon/places';
import { nameKeyOf, writtenOf, type LineMention } from './lineMention';
import type { EntityType } from '../types';
import { CAPITALISED } from './nameShapes';

const NAMED: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place']);
const AND = ' and ';
// A first part that holds "of" or "for" has the "and" inside its complement ("Department of Housing and Urban
// Development", "Center for Media and Public Affairs"): one name.
const COMPLEMENT = /\s(?:of|for)\s/u;

// A name of two words or more ending in a capitalised plural: a team's or a firm's ("Dunmore Herons", "Brisk Securities").
const PLURAL_NAME = /^\S+(?:\s+\S+)*\s+\p{Lu}\p{Ll}+s$/u;

/** True when both sides of "and" are names of two words or more ending in a plural: two teams or two firms. */
const twoPluralNames = (first: string, second: string): boolean => PLURAL_NAME.test(first) && PLURAL_NAME.test(second);

/**
 * `mentions` (sorted, absolute offsets into `text`) with each name of the form "A and B" split in two where the
 * article names A or B alone elsewhere: each part takes the type of the mention naming it alone, else the whole's.
 */
export function withCoordinatedNamesSplit(text: string, mentions: LineMention[]): LineMention[] {
  if (!mentions.some((m) => NAMED.has(m.type) && writtenOf(text, m).includes(AND))) return mentions;
  const typeOf = new Map<string, EntityType>();
  for (const m of mentions) if (NAMED.has(m.type) && !typeOf.has(nameKeyOf(text, m))) typeOf.set(nameKeyOf(text, m), m.type);
  const out: LineMention[] = [];
  for (const m of mentions) {
    const written = writtenOf(text, m);
    const at = written.indexOf(AND);
    if (!NAMED.has(m.type) || at < 0 || written.indexOf(AND, at + 1) >= 0) {
      out.push(m);
      continue;
    }
    const [first, second] = [written.slice(0, at), written.slice(at + AND.length)];
    const a: LineMention = { start: m.start, end: m.start + at, type: m.type, text: first };
    const b: LineMention = { start: m.start + at + AND.length, end: m.end, type: m.type, text: second };
    const [typeA, typeB] = [typeOf.get(nameKeyOf(text, a)), typeOf.get(nameKeyOf(text, b))];
    if ((!typeA && !typeB && !twoPluralNames(first, second)) || isKnownPlace(written) || COMPLEMENT.test(first) || !CAPITALISED.test(first) || !CAPITALISED.test(second)) {
      out.push(m);
      continue;
    }
    out.push({ ...a, type: typeA ?? m.type }, { ...b, type: typeB ?? m.type });
  }
  return out;
}
