import type { Entity } from '../types';

/** A mention that a later pronoun, surname or descriptor may refer back to. */
export interface Referent {
  at: number;
  entity: Entity;
  /** The referent spoke here (it is a claim's speaker). */
  spoke: boolean;
  /** Named in an oblique role, after a preposition or as a possessor ("against Romney", "Lee's aides"). */
  oblique: boolean;
}

export interface Choice {
  entity: Entity;
  /** Another candidate scored within MARGIN of the chosen one. */
  ambiguous: boolean;
}

// The weights of a candidate antecedent (a centering-style preference; weights set by hand and checked on the PolNeAR dev identity set):
// the latest named scores most, then the one before …; having spoken and being prominent in the article so
// far add, being named obliquely takes away.
const RECENCY = [1.5, 0.75, 0.5, 0.35];
const RECENCY_FLOOR = 0.25;
const SPOKE = 1;
const LAST_SPEAKER = 0.5;
const OBLIQUE = -0.5;
const SALIENCE = 0.3;
/** Candidates closer than this are ambiguous: the best guess is still given. */
const MARGIN = 0.3;

/**
 * Chooses an antecedent among referents listed latest first (all of which fit), by recency, having spoken,
 * the grammatical role of the latest mention and how often the entity was named before (`count`); `bonus`
 * adds per-entity evidence such as a known matching gender.
 */
export function choose(recent: readonly Referent[], count: (e: Entity) => number, bonus: (e: Entity) => number = () => 0): Choice | null {
  const scores = new Map<Entity, number>();
  const spoke = new Set<Entity>();
  for (const r of recent) {
    if (!scores.has(r.entity)) {
      const rank = scores.size;
      scores.set(r.entity, (RECENCY[rank] ?? RECENCY_FLOOR) + (r.oblique ? OBLIQUE : 0) + SALIENCE * Math.log2(1 + count(r.entity)) + bonus(r.entity));
    }
    if (r.spoke && !spoke.has(r.entity)) {
      // The latest speaker most often goes on speaking: "…,” Roe said. ¶ “…,” he said.
      scores.set(r.entity, (scores.get(r.entity) ?? 0) + SPOKE + (spoke.size === 0 ? LAST_SPEAKER : 0));
      spoke.add(r.entity);
    }
  }
  let best: Entity | null = null;
  let top = -Infinity;
  let second = -Infinity;
  for (const [e, s] of scores) {
    if (s > top) {
      second = top;
      top = s;
      best = e;
    } else if (s > second) second = s;
  }
  return best ? { entity: best, ambiguous: top - second < MARGIN } : null;
}
