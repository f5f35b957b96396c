import { countryByDemonym, countryByName } from '../lexicon/places';
import { isRoleNoun, sameRoleFamily } from '../lexicon/roles';
import type { Entity, Span } from '../types';
import { spaceSeparated } from '../text/tokens';
import { words } from '../lexicon/words';

const stripPossessive = (s: string): string => s.replace(/['’]s?$/u, '');

/** Country and role words of a descriptor such as "the Lithuanian leader" or "Russia's president". */
export interface Description {
  country: string | null;
  roles: string[];
}

function describeUncached(text: string): Description {
  let country: string | null = null;
  const roles: string[] = [];
  for (const raw of spaceSeparated(text)) {
    const w = stripPossessive(raw.replace(/[,.]$/, ''));
    const c = countryByDemonym(w) ?? countryByName(w);
    if (c && /^\p{Lu}/u.test(w)) country = c.name;
    else if (isRoleNoun(w.toLowerCase())) roles.push(w.toLowerCase());
    // "… and chairs the committee": a verb form of a role noun marks the role too.
    else if (/^\p{Ll}+s$/u.test(w) && isRoleNoun(w.slice(0, -1))) roles.push(w.slice(0, -1));
  }
  return { country, roles };
}

// Memoised: every descriptor is compared with the phrases around all person mentions before it, and an
// incremental analysis meets the same phrases again after each edit. Results are shared, never mutated.
const described = new Map<string, Description>();
function describe(text: string): Description {
  let d = described.get(text);
  if (!d) {
    if (described.size >= 50_000) described.clear();
    described.set(text, (d = describeUncached(text)));
  }
  return d;
}

/**
 * The words that qualify a name in its own phrase: what stands before it up to a clause break ("Russian
 * President Vladimir Putin", "Lithuania's Gitanas Nausėda") and an appositive after it (", the Lithuanian
 * president,").
 */
function nameContext(text: string, m: Span): string {
  const window = text.slice(Math.max(0, m.start - 60), m.start);
  const pieces = window.split(/[,.;:!?“”"(\n]/);
  let before = pieces[pieces.length - 1];
  // "Poland's agriculture minister, Agnieszka Małecka": the description stands before the comma.
  if (!/\p{L}/u.test(before) && pieces.length > 1 && /,\s*$/.test(window)) before = pieces[pieces.length - 2];
  const after = /^(?:\s*\([^()\n]{0,60}\))?,\s*(?:(?:the|a|an)\s|\p{Ll})[^,.;\n]{1,90}/u.exec(text.slice(m.end, m.end + 170));
  return `${before} ${after ? after[0] : ''}`.replace(/[^\p{L}\s'’-]/gu, ' ');
}

const GENERIC_ROLES = words('leader head official officials chief');

/** What person descriptors are compared with: the text, its entities and the descriptions of their name mentions, by start. */
export interface DescriptorScope {
  text: string;
  entities: readonly Entity[];
  around: Map<number, Description>;
}

/**
 * The person a descriptor denotes: a person written near the same country and role ("Russian President
 * Vladimir Putin" for "the Russian president"), the latest such before the descriptor.
 */
export function personByDescription(scope: DescriptorScope, d: Span, text: string): Entity | null {
  const { country, roles } = describe(text);
  if (!country && roles.length === 0) return null;
  if (!country && roles.every((r) => GENERIC_ROLES.has(r))) return null;
  let best: { score: number; at: number; entity: Entity } | null = null;
  for (const e of scope.entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      if (m.form !== 'name' || m.start >= d.start) continue;
      let around = scope.around.get(m.start);
      if (!around) scope.around.set(m.start, (around = describe(nameContext(scope.text, m))));
      let score = 0;
      if (country) {
        if (around.country !== country) continue;
        score += 2;
      }
      const exact = roles.filter((r) => around.roles.includes(r)).length;
      const generic = roles.some((r) => GENERIC_ROLES.has(r)) && around.roles.length > 0 ? 0.5 : 0;
      const related = roles.some((r) => around.roles.some((x) => sameRoleFamily(r, x))) ? 0.5 : 0;
      if (exact + generic + related === 0 && !country) continue;
      score += exact + generic + related;
      if (!best || score > best.score || (score === best.score && m.start > best.at)) best = { score, at: m.start, entity: e };
    }
  }
  return best?.entity ?? null;
}
