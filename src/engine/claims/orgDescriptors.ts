import { isDocumentNoun, organizationNameWords } from '../lexicon/organizationNouns';
import type { Entity, Span } from '../types';
import type { Referent } from './salience';
import { memoized } from '../memo';
import { compiledNow } from '../text/compiledNow';

// "the newspaper", "the state broadcaster", "the top British medical journal": a definite noun phrase of at
// most four modifiers whose last word is the head noun. Letter cases are spelled out (ſ is how the `i` flag folds
// s) instead of the `i` flag, with which V8 case-folds \p{L} when a fresh worker compiles the pattern (~10 M
// instructions each).
const DEFINITE_PHRASE = compiledNow(/^(?:[Tt][Hh](?:[Ee]|[Ii][Ssſ]|[Aa][Tt]))\s+(?:[\p{L}-]+\s+){0,4}?([\p{L}-]+)['’]?[Ssſ]?$/u);
const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&.-]{1,7}$/u;
// Documents that speak for whoever issued them: "the report", "the poll".
// A document named alone ("Poll:" opening a headline) too.
const DEFINITE_DOCUMENT = /^(?:(?:[Tt][Hh](?:[Ee]|[Ii][Ssſ]|[Aa][Tt]))\s+(?:[\p{L}-]+\s+){0,2}?)?([\p{L}]+)$/u;
// How far back an issuer of a document is looked for.
const DOCUMENT_REACH = 3000;
// How far ahead the issuer of a document the article opens with ("Poll: …" in a headline) is looked for.
const FIRST_DOCUMENT_REACH = 600;
// An issuing verb and determiner between an organization and its document: "the council issued a statement".
const ISSUED = /(\S)\s+(?:issued|released|published|put\s+out)\s+(?:an?|its|the)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

// A name's accents (after NFD) and what separates its words (compiledNow: every organization's name is split).
const MARKS = compiledNow(/\p{M}+/gu);
const BETWEEN_WORDS = compiledNow(/[^\p{L}\p{N}]+/u);
const nameWords = memoized((name: string): readonly string[] => name.normalize('NFD').replace(MARKS, '').toLowerCase().split(BETWEEN_WORDS));

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
 * is): the latest earlier "<Organization> report", "<Organization>'s report", "<Organization> issued a
 * report" or "report by/from/of <Organization>" in the text; for the document's first mention, the first
 * such after it.
 */
export function organizationIssuing(text: string, d: Span, phrase: string, organizationAt: (span: Span) => Entity | null): Entity | null {
  const m = DEFINITE_DOCUMENT.exec(phrase.trim());
  if (!m || !isDocumentNoun(m[1])) return null;
  const noun = m[1];
  const hitsIn = (from: number, to: number): number[] => {
    const re = new RegExp(`\\b${noun}\\b`, 'gi');
    const window = text.slice(from, to);
    const hits: number[] = [];
    for (let x = re.exec(window); x; x = re.exec(window)) hits.push(from + x.index);
    return hits;
  };
  const issuerAt = (at: number): Entity | null => {
    for (const before of [/(\S)(?:['’]s?)?\s+$/u.exec(text.slice(Math.max(0, at - 4), at)), ISSUED.exec(text.slice(Math.max(0, at - 60), at))]) {
      if (!before) continue;
      const end = at - before[0].length + 1;
      const e = organizationAt({ start: end - 1, end });
      if (e) return e;
    }
    const after = /^\s+(?:by|from|of)\s+(?:the\s+)?/i.exec(text.slice(at + noun.length, at + noun.length + 20));
    if (!after) return null;
    const start = at + noun.length + after[0].length;
    return organizationAt({ start, end: start + 1 });
  };
  const earlier = hitsIn(Math.max(0, d.start - DOCUMENT_REACH), d.start);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = issuerAt(earlier[i]);
    if (e) return e;
  }
  // The document's first mention ("Poll: Voters Leave the Party" as a headline): the issuer is named after it.
  if (earlier.length > 0) return null;
  for (const at of hitsIn(d.end, Math.min(text.length, d.end + FIRST_DOCUMENT_REACH))) {
    const e = issuerAt(at);
    if (e) return e;
  }
  return null;
}
