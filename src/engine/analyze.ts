import { findClaims } from './claims';
import { describeNames, withNameDescriptions, type NameDescriptions } from './claims/descriptors';
import { findEntities } from './entities';
import { splitLines } from './text/paragraphs';
import type { Analysis, Entity, Span } from './types';

/**
 * Analyses an article: who is named, what is quoted or reported, and who said it. Synchronous and
 * deterministic; every range is sorted and lies within the text.
 */
export function analyze(text: string): Analysis {
  const lines = splitLines(text);
  return analyzeClaims(text, lines, findEntities(text, lines));
}

/**
 * analyze's second step, once the entities are found (`entities` is findEntities(text, lines)): the claims and
 * their speakers. A step of its own so that a huge article's entities can be merged while another thread still
 * runs the claims' per-line passes (see ../cli/split).
 */
export function analyzeClaims(text: string, lines: Span[], entities: Entity[], prepared?: PreparedClaims): Analysis {
  const { claims, entities: resolved } = prepared ? withNameDescriptions(prepared.names, () => findClaims(text, lines, entities)) : findClaims(text, lines, entities);
  return { textLength: text.length, entities: resolved, claims };
}

/** What analyzeClaims asks of the entities' names alone, made ahead by prepareClaims. */
export interface PreparedClaims {
  names: NameDescriptions;
}

/**
 * The part of analyzeClaims that needs only the entities (what the words around each person's name say, which
 * speaker resolution otherwise works out for every name mention after the claims' per-line passes): a huge
 * article's CLI thread makes it while its helper thread still runs those passes (see ../cli/split), and
 * analyzeClaims(text, lines, entities, prepared) gives analyzeClaims(text, lines, entities) exactly.
 */
export function prepareClaims(text: string, entities: readonly Entity[]): PreparedClaims {
  return { names: describeNames(text, entities) };
}
