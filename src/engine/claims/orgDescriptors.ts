import { isDocumentNoun, organizationNameWords } from '../lexicon/organizationNouns';
import type { Entity, Span } from '../types';
import type { Referent } from './salience';
import { memoized } from '../memo';

// "the newspaper", "the state broadcaster", "the top British medical journal": a definite noun phrase of at
// most four modifiers whose last word is the head noun.
const DEFINITE_PHRASE = /^(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,4}?([\p{L}-]+)['’]?s?$/iu;
const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&.-]{1,7}$/u;
// Documents that speak for whoever issued them: "the report", "the poll".
const DEFINITE_DOCUMENT = /^(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}]+)$/iu;
// How far back an issuer of a document is looked for.
const DOCUMENT_REACH = 3000;

const nameWords = memoized((name: string): readonly string[] => name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u));

/**
 * The organization a descriptor such as "the agency" or "the newspaper" refers back to: among the
 * organizations named before (`recent`, latest first), the latest whose name holds the head noun or a word
 * of the kind the noun names ("Times" for a newspaper, "Office" for an agency); failing that, the latest
 * organization written as an acronym, for a noun of a known kind.
 */
export function organizationByNoun(phrase: string, recent: readonly Referent[]): Entity | null {
  const m = DEFINITE_PHRASE.exec(phrase.trim());
  if (!m) return null;
  const head = m[1].toLowerCase();
  const kind = organizationNameWords(head);
  // "the senators": a plural names people, not one organization.
  if (!kind && /[^s]s$/.test(head)) return null;
  for (const r of recent) {
    if (r.entity.type !== 'organization') continue;
    const ws = nameWords(r.entity.name);
    if (ws.includes(head) || (kind && ws.some((w) => kind.has(w)))) return r.entity;
  }
  if (kind) for (const r of recent) if (r.entity.type === 'organization' && ACRONYM.test(r.entity.name)) return r.entity;
  return null;
}

/**
 * The organization that issued the document a descriptor names ("the report" → the office whose report it
 * is): the latest earlier "<Organization> report", "<Organization>'s report" or "report by/from/of
 * <Organization>" in the text.
 */
export function organizationIssuing(text: string, d: Span, phrase: string, organizationAt: (span: Span) => Entity | null): Entity | null {
  const m = DEFINITE_DOCUMENT.exec(phrase.trim());
  if (!m || !isDocumentNoun(m[1])) return null;
  const from = Math.max(0, d.start - DOCUMENT_REACH);
  const window = text.slice(from, d.start);
  const re = new RegExp(`\\b${m[1]}\\b`, 'gi');
  const hits: number[] = [];
  for (let x = re.exec(window); x; x = re.exec(window)) hits.push(from + x.index);
  for (let i = hits.length - 1; i >= 0; i--) {
    const at = hits[i];
    const before = /(\S)(?:['’]s?)?\s+$/u.exec(text.slice(Math.max(0, at - 4), at));
    if (before) {
      const end = at - before[0].length + 1;
      const e = organizationAt({ start: end - 1, end });
      if (e) return e;
    }
    const after = /^\s+(?:by|from|of)\s+(?:the\s+)?/i.exec(text.slice(at + m[1].length, at + m[1].length + 20));
    if (after) {
      const start = at + m[1].length + after[0].length;
      const e = organizationAt({ start, end: start + 1 });
      if (e) return e;
    }
  }
  return null;
}
