// Pronouns and role descriptors resolved by gender, number and salience: those at a cue (the speaker) and
// those anywhere else in the writer's text (references.ts finds them), each to the referent before it.
import type { Entity, Span, SpeakerResolution } from '../types';
import { sameRoleFamily } from '../lexicon/roles';
import { describe, ownDescription, type Description } from './descriptors';
import { genderOf } from './gender';
import { organizationByNoun } from './orgDescriptors';
import type { Reference } from './references';
import { type Context, namedBefore, paragraphStart, recent } from './resolveContext';
import { choose, type Choice } from './salience';
import { aroundSpan } from '../windowCache';

// A pronoun's known matching gender adds this to a candidate (see salience.ts).
export const KNOWN_GENDER = 0.5;
// How far back an object pronoun's own clause may reach: "Lee thanked her" is not about Lee.
const CLAUSE_REACH = 200;
const CLAUSE_BREAK = /[.!?;:“”"]|\b(?:said|says|that|who|which|when|while|after|before|because|but)\b/giu;

export interface Resolution {
  entity: Entity;
  how: SpeakerResolution;
}

export const resolution = (entity: Entity | null | undefined, how: SpeakerResolution): Resolution | null => (entity ? { entity, how } : null);

/**
 * "he"/"she" by gender and salience: among the people of its own paragraph, else (or when the best there is
 * named only obliquely) of the paragraph before too, else the latest fitting person further back.
 * "it"/"they" for an organization, when it is the most salient referent near by (an "it" at a cue, `atCue`,
 * else the organization named last). An object pronoun (`object`) leaves out the subject of its own clause.
 */
export function resolvePronoun(ctx: Context, sp: Span, word: string, { object = false, atCue = false } = {}): Resolution | null {
  const count = (e: Entity): number => namedBefore(ctx, e, sp.start);
  const subject = object ? clauseSubject(ctx, sp.start) : null;
  const near = (fits: (e: Entity) => boolean, bonus?: (e: Entity) => number): { choice: Choice; oblique: boolean } | null => {
    for (const back of [0, 1] as const) {
      const candidates = recent(ctx, sp.start, paragraphStart(ctx, sp.start, back), (e) => e !== subject && fits(e));
      const choice = choose(candidates, count, bonus);
      const oblique = !!choice && !candidates.some((r) => r.entity === choice.entity && !r.oblique);
      if (choice && (!oblique || back === 1)) return { choice, oblique };
    }
    return null;
  };
  const how = (c: Choice): SpeakerResolution => (c.ambiguous ? 'ambiguous' : 'inferred');
  if (word === 'he' || word === 'she') {
    const fits = (e: Entity): boolean => e.type === 'person' && (genderOf(ctx.gender.get(e.id)) ?? word) === word;
    const found = near(fits, (e) => (genderOf(ctx.gender.get(e.id)) === word ? KNOWN_GENDER : 0));
    if (found) return { entity: found.choice.entity, how: how(found.choice) };
    return resolution(recent(ctx, sp.start, 0, (e) => e !== subject && fits(e), 1)[0]?.entity, 'inferred');
  }
  if (word === 'it') {
    const found = near((e) => e.type === 'organization');
    if (found) return { entity: found.choice.entity, how: how(found.choice) };
    // At a cue, further back: the organization named last ("The Times endorsed Roe: “…” ¶ Meanwhile, it attacked Lee").
    return atCue ? resolution(recent(ctx, sp.start, 0, (e) => e.type === 'organization', 1)[0]?.entity, 'inferred') : null;
  }
  // "They" is far more often a group of people than an organization: only one that has just spoken.
  if (word === 'they') {
    const latest = recent(ctx, sp.start, paragraphStart(ctx, sp.start, 0), () => true, 1)[0];
    return latest?.spoke && latest.entity.type === 'organization' ? { entity: latest.entity, how: 'inferred' } : null;
  }
  return null;
}

/** The entity named as the subject of the clause that ends at `pos`: its latest referent there named not obliquely. */
function clauseSubject(ctx: Context, pos: number): Entity | null {
  const from = Math.max(0, pos - CLAUSE_REACH);
  let start = from;
  CLAUSE_BREAK.lastIndex = 0;
  const window = ctx.text.slice(from, pos);
  for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window)) start = from + m.index + m[0].length;
  const inClause = recent(ctx, pos, start, () => true);
  const subject = inClause.length > 0 ? inClause[inClause.length - 1] : null;
  return subject && !subject.oblique ? subject.entity : null;
}

/**
 * A pronoun or descriptor away from any cue: a pronoun as at a cue; "the president" to the person named
 * near by with that role in their own phrase (each person's roles gathered once, from their name mentions);
 * "the company" to the organization of its kind named before.
 */
export function resolveReference(ctx: Context, ref: Reference): Resolution | null {
  if (ref.form === 'pronoun') return ref.pronoun ? resolvePronoun(ctx, ref, ref.pronoun, { object: ref.object }) : null;
  const org = organizationByNoun(ref.text, recent(ctx, ref.start, 0, (e) => e.type === 'organization'));
  if (org) return { entity: org, how: 'inferred' };
  return personByRole(ctx, ref, ref.text);
}

/**
 * "the president", "the Lithuanian leader": among the people named before, the most salient of those named
 * with that role (and country) in their own phrase.
 */
export function personByRole(ctx: Context, at: Span, text: string): Resolution | null {
  const wanted = describe(text);
  if (wanted.roles.length === 0) return null;
  // Asked of every referent before the phrase, many of them the same entity: each is weighed once.
  const fitting = new Map<Entity, boolean>();
  const fits = (e: Entity): boolean => {
    let f = fitting.get(e);
    if (f === undefined) fitting.set(e, (f = e.type === 'person' && ctx.rolesOf(e).some((d) => sameDescription(wanted, d))));
    return f;
  };
  const c = choose(recent(ctx, at.start, 0, fits), (e) => namedBefore(ctx, e, at.start));
  return c && { entity: c.entity, how: c.ambiguous ? 'ambiguous' : 'inferred' };
}

// Roles that fit anyone with a role, once a country narrows them down: "the Lithuanian leader".
const GENERIC = new Set(['leader', 'head', 'official', 'chief']);

/** True when a name's own phrase (`around`) fits a descriptor: the same country if it gives one, and the role or its family. */
function sameDescription(wanted: Description, around: Description): boolean {
  if (wanted.country && around.country !== wanted.country) return false;
  return wanted.roles.some((r) => around.roles.some((x) => x === r || sameRoleFamily(r, x) || (!!wanted.country && GENERIC.has(r))));
}

/** The descriptions of a person's name mentions ("President Joe Roe" gives the role president), once per person. */
export function rolesByPerson(text: string): (e: Entity) => Description[] {
  const cache = new Map<Entity, Description[]>();
  return (e) => {
    let ds = cache.get(e);
    if (!ds) {
      // Distinct descriptions only: a person named a thousand times has a handful, and each reference weighs them all.
      const distinct = new Map<string, Description>();
      for (const m of e.mentions) {
        if (m.form !== 'name') continue;
        const d = aroundSpan('own-phrase', text, m, 60, 170, () => ownDescription(text, m));
        distinct.set(`${d.country ?? ''}|${d.roles.join(' ')}`, d);
      }
      cache.set(e, (ds = [...distinct.values()]));
    }
    return ds;
  };
}
