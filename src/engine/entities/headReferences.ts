// Document-level back-references: an article that has named an organization in full ("the Australian League of
// Rights", "the European Commission") goes on to call it by its head noun alone, capitalised after "the" ("the
// League was formed in 1960", "The Commission said"). The tagger, reading one line, leaves such a word out; the
// full name earlier in the article shows it to be that organization's.
import { words } from '../lexicon/words';
import { writtenOf, type LineMention } from './lineMention';
import { compiledNow } from '../text/compiledNow';

// Head nouns of institutions' names that an article may use alone for the institution it has named. Source: the
// heads of the organizations' names in news and encyclopedia text; written out by hand. No noun that also names a
// place or a building ("Center", "Hall") or a document ("Act").
const INSTITUTION_HEAD = words(
  'League Party Union Association Federation Council Committee Commission Agency Ministry Department Foundation '
  + 'Society Institute University College Company Corporation Bank Club Orchestra Assembly Congress Senate '
  + 'Parliament Board Bureau Authority Alliance Coalition Movement Academy Conference Organisation Organization',
);
// "the" and a capitalised head noun alone: no capitalised word, "of", "for" or "on" after it continues a longer
// name ("the League of Rights", "the Commission on Presidential Debates"), nor a hyphen a compound.
const THE_HEAD = compiledNow(/\b([Tt]he)[ \t]+(\p{Lu}\p{Ll}+)\b(?![ \t]+(?:\p{Lu}|of\b|for\b|on\b)|[-‐–]\p{L})/gu);

/** By institution head, the starts of the article's organizations of two words or more whose names hold it, in order. */
function namedHeads(text: string, mentions: readonly LineMention[]): Map<string, number[]> {
  const heads = new Map<string, number[]>();
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    const parts = writtenOf(text, m).split(/\s+/u);
    if (parts.length < 2) continue;
    for (const w of new Set(parts)) {
      if (!INSTITUTION_HEAD.has(w)) continue;
      const starts = heads.get(w);
      if (starts) starts.push(m.start);
      else heads.set(w, [m.start]);
    }
  }
  return heads;
}

/** Of the starts (in order), the last before `at`, else the first. */
function ownerAt(starts: readonly number[], at: number): number {
  let owner = starts[0];
  for (const s of starts) if (s < at) owner = s;
  return owner;
}

/**
 * `mentions` (sorted, not overlapping) with an organization mention for each head noun written alone after "the"
 * that heads one of the article's organizations' names, owned by (ownerStart) the nearest such name before it, else
 * the first after it: it joins that organization's entity. A mention of "The" and the head (the tagger's, at a
 * sentence's start) loses "The". The result is sorted.
 */
export function withHeadReferences(text: string, mentions: LineMention[]): LineMention[] {
  const heads = namedHeads(text, mentions);
  const added: LineMention[] = [];
  let next = 0; // the first mention that ends after the match
  for (const match of text.matchAll(THE_HEAD)) {
    if (!INSTITUTION_HEAD.has(match[2])) continue;
    const owners = heads.get(match[2]);
    const start = match.index + match[0].length - match[2].length;
    const end = start + match[2].length;
    while (next < mentions.length && mentions[next].end <= match.index) next++;
    const m = mentions[next];
    if (m && m.start < end) {
      // The tagger's "The League" at a sentence's start: the head alone is the name.
      if (m.type === 'organization' && m.start === match.index && m.end === end) {
        m.start = start;
        m.text = match[2];
      }
      continue;
    }
    added.push({ start, end, type: 'organization', text: match[2], ...(owners ? { ownerStart: ownerAt(owners, start) } : {}) });
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}
