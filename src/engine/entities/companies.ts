// Organization names made certain by their form, whatever the tagger made of their parts: a run of
// capitalised words ending in a legal-form suffix ("Lear Corp", "Bear Stearns & Co Inc", "Gold Fields of
// South Africa Ltd") and two capitalised names joined by "&" ("Douglas & Lomason").
import { LEGAL_FORMS } from '../lexicon/organizations';
import type { Token } from '../text/tokens';
import type { LineMention } from './lineMention';
import { isCommonWord } from './commonWords';
import { words } from '../lexicon/words';
import { compiledNow } from '../text/compiledNow';

// Capitalised words that open a sentence or clause and so do not start a company name before its suffix.
const OPENERS = new Set(
  'The,A,An,In,At,On,Of,For,By,With,From,To,And,But,Or,As,After,Before,Under,Since,While,When,If,Both,Shares'.split(','),
);
const CONNECTORS = words('& of de and');

// A word of a name: capitalised, and not a compound such as "Ohio-based" or "Family-controlled".
const capitalised = (t: Token | undefined): boolean =>
  !!t && t.kind !== 'punct' && /^[\p{Lu}\p{N}]/u.test(t.text) && !/-\p{Ll}/u.test(t.text);
// The longest run of words taken before a suffix: a longer run is a title-case headline, not a name.
const MAX_WORDS = 6;

/** The first token of the company name whose last word is tokens[end], or -1 when there is no name. */
function nameStart(tokens: readonly Token[], end: number, isPerson: (k: number) => boolean, splitBefore: (k: number) => boolean): number {
  let k = end;
  while (k > 0 && end - k < MAX_WORDS) {
    const t = tokens[k - 1];
    // Two names the tagger and the rules found side by side stay apart ("Jo Roe" | "Acme Freight & Storage").
    if (splitBefore(k)) break;
    if (capitalised(t) && !LEGAL_FORMS.has(t.text)) k--;
    // "&" and "of" join two capitalised parts ("Edwards & Sons", "Gold Fields of South Africa"); "and" only
    // before "&" ("Smith, Barney and Co" is rare; "Cox and Sons & Co" is not a pattern we take).
    else if (t.text === '&' && capitalised(tokens[k - 2])) k--;
    // "of" joins unless a person stands before it ("Jo Roe of Acme Inc" names two).
    else if (t.text === 'of' && capitalised(tokens[k - 2]) && !isPerson(k - 2) && k < end) k--;
    else if (/^['’][sS]$/.test(t.text) && capitalised(tokens[k - 2]) && k < end) k--;
    else break;
  }
  while (k < end && (OPENERS.has(tokens[k].text) || CONNECTORS.has(tokens[k].text) || !capitalised(tokens[k]))) k++;
  return k < end ? k : -1;
}

// The labels of a signature's contact fields ("Phone: …", "Direct Dial: …", "Fax (212) …").
const FIELD_LABELS = words('phone telephone tel fax cell mobile email e-mail direct dial pager');

/** True when tokens[k] opens a contact field's label: label words, then a colon or a number ("(212) …", "212-…"). */
export function isFieldLabel(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && FIELD_LABELS.has(tokens[j].text.toLowerCase())) j++;
  if (j === k || j >= tokens.length) return false;
  const next = tokens[j].text === '(' ? tokens[j + 1]?.text ?? '' : tokens[j].text;
  return next === ':' || /^\d/u.test(next);
}

// Closing quotes and brackets, which may follow a sentence's last word.
const CLOSER = /^["'”’»)\]]$/;

/**
 * The end offset of a name whose last token is tokens[last]: an abbreviation's period that also ends the
 * line ("… and Lear Corp.") is the sentence's full stop, not part of the name.
 */
function nameEnd(tokens: readonly Token[], last: number): number {
  const t = tokens[last];
  if (!t.text.endsWith('.')) return t.end;
  for (let k = last + 1; k < tokens.length; k++) if (!CLOSER.test(tokens[k].text)) return t.end;
  return t.end - 1;
}

/** Company names by their form in one sentence (offsets as the tokens'), sure of their type. */
function companySpans(tokens: readonly Token[], names: readonly LineMention[]): LineMention[] {
  // Which tokens lie in a tagged person's name (one sweep: names and tokens are both sorted).
  const person = new Uint8Array(tokens.length);
  for (let k = 0, n = 0; k < tokens.length; k++) {
    while (n < names.length && names[n].end <= tokens[k].start) n++;
    if (n < names.length && names[n].type === 'person' && names[n].start <= tokens[k].start) person[k] = 1;
  }
  const isPerson = (k: number): boolean => person[k] === 1;
  // Where one name ends and the next starts with only a space between (a signature's person and employer).
  const split = new Uint8Array(tokens.length);
  for (let n = 1; n < names.length; n++) {
    if (names[n].start !== names[n - 1].end + 1) continue;
    const k = tokens.findIndex((t) => t.start === names[n].start);
    if (k > 0) split[k] = 1;
  }
  const splitBefore = (k: number): boolean => split[k] === 1;
  const out: LineMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // A suffix ends the name: before another capitalised word it is something else ("Bay Co Building
    // Authority", a county).
    const runsOn = capitalised(tokens[i + 1]) && !LEGAL_FORMS.has(tokens[i + 1].text);
    if (LEGAL_FORMS.has(t.text) && capitalised(tokens[i - 1]) && !runsOn) {
      // "Bear Stearns & Co Inc": the name runs on over a second suffix.
      let end = i;
      while (end + 1 < tokens.length && LEGAL_FORMS.has(tokens[end + 1].text) && tokens[end + 1].start === tokens[end].end + 1) end++;
      const start = nameStart(tokens, i, isPerson, splitBefore);
      if (start >= 0) out.push({ start: tokens[start].start, end: nameEnd(tokens, end), type: 'organization', sure: true });
      i = end;
    } else if (t.text === '&' && capitalised(tokens[i - 1]) && capitalised(tokens[i + 1])) {
      let end = i + 1;
      while (end < i + 3 && end + 1 < tokens.length && capitalised(tokens[end + 1]) && !OPENERS.has(tokens[end + 1].text) && !isFieldLabel(tokens, end + 1)) end++;
      const start = nameStart(tokens, i, isPerson, splitBefore);
      if (start >= 0) out.push({ start: tokens[start].start, end: nameEnd(tokens, end), type: 'organization', sure: true });
      i = end;
    }
  }
  // A later span may have reached back over an earlier one ("X & Y Co"): the later, longer one wins.
  return out.filter((m, k) => !(k + 1 < out.length && out[k + 1].start < m.end));
}

/**
 * The sentence's names with the company names found by form in place of the tagged names they overlap.
 * `names` are sorted and do not overlap; neither does the result.
 */
export function withCompanyNames(tokens: readonly Token[], names: readonly LineMention[]): LineMention[] {
  const companies = companySpans(tokens, names);
  if (!companies.length) return [...names];
  const kept: LineMention[] = [];
  let c = 0;
  for (const n of names) {
    while (c < companies.length && companies[c].end <= n.start) c++;
    if (c >= companies.length || companies[c].start >= n.end) kept.push(n);
  }
  return [...kept, ...companies].sort((a, b) => a.start - b.start);
}

/**
 * The sentence's names with a legal form written after a comma joined to the name before it ("Holland & Hart,
 * LLP", "Google, Inc."): the form is part of the company's name, and alone it is none. Offsets as the tokens';
 * `names` are sorted and do not overlap; neither does the result.
 */
export function withCommaLegalForms(tokens: readonly Token[], names: readonly LineMention[]): LineMention[] {
  const out: LineMention[] = [];
  let k = 0;
  for (let n = 0; n < names.length; n++) {
    const name = names[n];
    while (k < tokens.length && tokens[k].end < name.end) k++;
    // tokens[k] ends the name; the comma right after it, then the form, which ends the name ("Google, Inc. of").
    const form = k + 2;
    const formed = tokens[k]?.end === name.end && tokens[k + 1]?.text === ',' && form < tokens.length
      && LEGAL_FORMS.has(tokens[form].text) && (!capitalised(tokens[form + 1]) || /^\d/u.test(tokens[form + 1].text) || isFieldLabel(tokens, form + 1));
    if (!formed) {
      out.push(name);
      continue;
    }
    out.push({ start: name.start, end: nameEnd(tokens, form), type: 'organization', sure: true });
    // The form the tagger took for a name of its own.
    if (names[n + 1]?.start === tokens[form].start) n++;
  }
  return out;
}

// Words around a name that only a company takes: "Ontario-based Magna", "Acme shares", "shares of Acme".
const BASED = compiledNow(/^\p{Lu}[\p{L}.]*-based$/u);
const STOCK = words('shares stock');
// Nouns after a name that make it the organization that issued them ("a Bloomberg poll"), not a person.
const ISSUED = words('poll polls survey');
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’&.-]*$/u;

/**
 * Retypes as sure organizations the person names that the words around them show to be companies:
 * "Ontario-based Magna", "Pirelli shares", "shares of Jones", "a Bloomberg poll", and adds the capitalised words after "X-based"
 * that no name covers. Offsets as the tokens'; `names` stay sorted.
 */
export function companiesByContext(tokens: readonly Token[], names: LineMention[]): void {
  let k = 0;
  for (const n of names) {
    if (n.type !== 'person') continue;
    while (k < tokens.length && tokens[k].start < n.start) k++;
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1].end <= n.end) last++;
    const before = tokens[k - 1]?.text ?? '';
    const after = tokens[last + 1]?.text ?? '';
    const ofShares = before === 'of' && STOCK.has(tokens[k - 2]?.text ?? '');
    if (BASED.test(before) || STOCK.has(after) || ISSUED.has(after) || ofShares) {
      n.type = 'organization';
      n.sure = true;
    }
  }
  // A capitalised word before "shares" or "stock" that the tagger left untagged is a company ("Hallman stock").
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!STOCK.has(tokens[i + 1].text) || !CAPITALISED.test(tokens[i].text) || isCommonWord(tokens[i].text.toLowerCase())) continue;
    if (names.some((n) => n.start < tokens[i].end && tokens[i].start < n.end)) continue;
    names.push({ start: tokens[i].start, end: tokens[i].end, type: 'organization', sure: true });
    names.sort((a, b) => a.start - b.start);
  }
  // Capitalised words right after "X-based" that the tagger left untagged are the company too.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!BASED.test(tokens[i].text) || !CAPITALISED.test(tokens[i + 1].text)) continue;
    const start = tokens[i + 1].start;
    if (names.some((n) => n.start < tokens[i + 1].end && start < n.end)) continue;
    let last = i + 1;
    while (last + 1 < tokens.length && CAPITALISED.test(tokens[last + 1].text) && !names.some((n) => n.start === tokens[last + 1].start)) last++;
    names.push({ start, end: tokens[last].end, type: 'organization', sure: true });
    names.sort((a, b) => a.start - b.start);
    i = last;
  }
}
