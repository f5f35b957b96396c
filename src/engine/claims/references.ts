// Pronouns and role descriptors anywhere in the writer's text (not only at cues): where they stand and what
// they are, for resolve.ts to tie each to the entity it refers back to, in text order with the speakers.
import { lineResult, lineTexts } from '../lineCache';
import { CAPITALISED } from '../entities/nameShapes';
import { isRoleNoun } from '../lexicon/roles';
import { organizationNameWords } from '../lexicon/organizationNouns';
import { words } from '../lexicon/words';
import type { Span } from '../types';
import type { SpanSet } from './spans';
import { compiledNow } from '../text/compiledNow';

export type PronounWord = 'he' | 'she' | 'it' | 'they';

export interface Reference extends Span {
  text: string;
  form: 'pronoun' | 'descriptor';
  /** For a pronoun: the subject form it agrees with ("his" → "he"). */
  pronoun?: PronounWord;
  /** An object pronoun ("him", "them"), which does not refer to the subject of its own clause. */
  object?: boolean;
}

const PRONOUN = /\b(he|him|his|himself|she|her|hers|herself|it|its|they|them|their|themselves)\b/giu;
const AGREES: Record<string, PronounWord> = {
  he: 'he', him: 'he', his: 'he', himself: 'he', she: 'she', her: 'she', hers: 'she', herself: 'she',
  it: 'it', its: 'it', they: 'they', them: 'they', their: 'they', themselves: 'they',
};
const OBJECTS = words('him them');
// "her" is an object when no noun follows it: "thanked her.", "told her that".
const HER_AS_OBJECT = /^(?:\s*[,.;:!?)”"]|\s+(?:that|to|for|with|in|on|at|and|or|but|as|about|from|by|if|when|after|before)\b)/u;
// "It is likely", "it was not clear", "it seems": an impersonal "it" refers to nothing.
const IMPERSONAL_IT = /^\s+(?:is|was|'s|’s|seems|seemed|appears|appeared|remains|remained|takes|took|would|will|may|might|could|has been|had been|makes|made|matters|means|meant|turns out|became|becomes)\b/iu;

// "the president", "the Lithuanian leader", "the former prime minister", "the company's": a definite phrase of
// up to three words after "the" whose last word is a role or an organization kind.
const DEFINITE = compiledNow(/\b[Tt]he((?:\s+[\p{L}][\p{L}-]*){1,3})(['’]s?)?/gu);
// Lower-case words that may stand between "the" and the head, or before a name with its title.
export const DESCRIPTOR_MODIFIERS = words('former current new then top outgoing incoming embattled late acting interim longtime veteran vice prime chief foreign deputy state federal');

/** The head noun that a definite phrase's words end with, or -1 when they are no role or organization descriptor. */
function descriptorLength(ws: readonly string[]): number {
  for (let k = 1; k <= ws.length; k++) {
    const head = ws[k - 1];
    if (!/^\p{Ll}/u.test(head)) continue;
    const twoWord = k >= 2 && isRoleNoun(`${ws[k - 2]} ${head}`);
    const modifiersOk = ws.slice(0, twoWord ? k - 2 : k - 1).every((w) => CAPITALISED.test(w) || DESCRIPTOR_MODIFIERS.has(w));
    if (!modifiersOk) return -1;
    if (isRoleNoun(head) || organizationNameWords(head)) return k;
  }
  return -1;
}

// A quotation inside reported speech: "Roe said the plan was “dead on arrival”".
const INNER_QUOTATION = /[“"«][^“”"«»]*[”"»]/gu;
const OPENS_WITH_QUOTE = /^\s*[“"«‘]/u;

/**
 * The parts of claims in the speaker's own words: whole quotations, and the quoted pieces of mixed ones. The
 * rest of reported speech is the writer's ("Roe said he would stay": "he" is Roe).
 */
export function quotedParts(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const piece = text.slice(s.start, s.end);
    if (OPENS_WITH_QUOTE.test(piece)) out.push(s);
    else for (const m of piece.matchAll(INNER_QUOTATION)) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  }
  return out;
}

/** A line's pronouns and definite descriptors (offsets in the line), before the document decides which count. */
interface LineReferences {
  pronouns: LinePronoun[];
  descriptors: Reference[];
  /** A definite phrase may run on over the line's end ("… met the\npresident"): the line's phrases are the text's only without it. */
  open: boolean;
}

/** A pronoun in a line; `impersonal` and `object` are undefined when the words after it reach past the line. */
interface LinePronoun extends Span {
  text: string;
  pronoun: PronounWord;
  impersonal?: boolean;
  object?: boolean;
}

// How far after a pronoun the words that make it impersonal or an object are looked at.
const PRONOUN_AFTER = 24;
// A definite phrase, or the start of one, that reaches the line's end but for white space: in the text the
// phrase (or the word looked at after it) may go on in the next line.
const OPEN_AT_END = compiledNow(/\b[Tt]he(?:\s+[\p{L}][\p{L}-]*){0,3}(?:['’]s?)?\s*$/u);

function pronounFacts(word: string, after: string): { impersonal: boolean; object: boolean } {
  return { impersonal: word === 'it' && IMPERSONAL_IT.test(after), object: OBJECTS.has(word) || (word === 'her' && HER_AS_OBJECT.test(after)) };
}

/** The pronouns of a text (a line or the whole), each with the facts the text after it shows. */
function pronounsOf(text: string, within: boolean): LinePronoun[] {
  const out: LinePronoun[] = [];
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(text); m; m = PRONOUN.exec(text)) {
    const word = m[1].toLowerCase();
    const end = m.index + m[0].length;
    const p: LinePronoun = { start: m.index, end, text: m[0], pronoun: AGREES[word] };
    if (within || end + PRONOUN_AFTER <= text.length) Object.assign(p, pronounFacts(word, text.slice(end, end + PRONOUN_AFTER)));
    out.push(p);
  }
  return out;
}

// A word of a definite phrase, and the word after one (compiledNow: run for every definite phrase).
const PHRASE_WORD = compiledNow(/[\p{L}][\p{L}-]*/gu);
const NEXT_WORD = compiledNow(/^\s+([\p{L}-]+)/u);

/** The definite role and organization descriptors of a text, in one scan. */
function descriptorsOf(text: string): Reference[] {
  const out: Reference[] = [];
  DEFINITE.lastIndex = 0;
  for (let m = DEFINITE.exec(text); m; m = DEFINITE.exec(text)) {
    const ws: string[] = [];
    const ends: number[] = [];
    for (const w of m[1].matchAll(PHRASE_WORD)) {
      ws.push(w[0]);
      ends.push(m.index + 3 + w.index + w[0].length);
    }
    const k = descriptorLength(ws);
    if (k < 0) continue;
    // The possessive belongs to the phrase only when it follows the head: "the president's".
    const end = k === ws.length && m[2] ? ends[k - 1] + m[2].length : ends[k - 1];
    const next = NEXT_WORD.exec(text.slice(end, end + 40))?.[1] ?? '';
    // "the president Barack Obama", "the company spokesman", "the president of the board": the phrase goes on.
    const possessive = end > ends[k - 1];
    if (!possessive && (CAPITALISED.test(next) || isRoleNoun(next) || organizationNameWords(next) || next === 'of')) {
      DEFINITE.lastIndex = m.index + 3;
      continue;
    }
    out.push({ start: m.index, end, text: text.slice(m.index, end), form: 'descriptor' });
    DEFINITE.lastIndex = end;
  }
  return out;
}

function lineReferences(line: string): LineReferences {
  return { pronouns: pronounsOf(line, false), descriptors: descriptorsOf(line), open: OPEN_AT_END.test(line) };
}

/**
 * The pronouns and definite role or organization descriptors outside quotations (`quoted`: a speaker's own
 * words refer in the speaker's voice) and not at a claim's speaker (`speakers`, resolved with the claim), in
 * text order. Found line by line (`lines`, see splitLines), so that an incremental analysis (see ../lineCache)
 * scans only the edited lines; the few pronouns near a line's end look at the text after it, and the lines a
 * definite phrase left open at a line's end joins are scanned again as one. Linear.
 */
export function findReferences(text: string, lines: readonly Span[], quoted: SpanSet, speakers: SpanSet): Reference[] {
  const outside = (s: Span): boolean => !quoted.contains(s) && !speakers.contains(s);
  const perLine = lineTexts(text, lines).map((l) => lineResult('references', l, lineReferences));
  const out: Reference[] = [];
  const addPronoun = (p: LinePronoun, base: number): void => {
    const start = p.start + base;
    const end = p.end + base;
    const { impersonal, object } = p.object === undefined ? pronounFacts(p.text.toLowerCase(), text.slice(end, end + PRONOUN_AFTER)) : p;
    if (impersonal || !outside({ start, end })) return;
    out.push({ start, end, text: p.text, form: 'pronoun', pronoun: p.pronoun, object });
  };
  const addDescriptor = (d: Reference, base: number): void => {
    const span = { start: d.start + base, end: d.end + base };
    if (outside(span)) out.push({ ...span, text: d.text, form: 'descriptor' });
  };
  for (let i = 0; i < lines.length; i++) {
    // A line whose phrase may go on in the next is scanned with it (and so on while they are open), as the
    // text's own scan reads them: a phrase reaches past no line that does not end open (OPEN_AT_END). A pronoun
    // never spans lines, so each line's own are the text's.
    let last = i;
    while (perLine[last].open && last + 1 < lines.length) last++;
    const base = lines[i].start;
    const descriptors = last === i ? perLine[i].descriptors : descriptorsOf(text.slice(base, lines[last].end));
    // Pronouns and descriptors never start at one place ("the" is no pronoun): merged in text order.
    let d = 0;
    for (let k = i; k <= last; k++) {
      const start = lines[k].start;
      for (const p of perLine[k].pronouns) {
        for (; d < descriptors.length && descriptors[d].start + base < p.start + start; d++) addDescriptor(descriptors[d], base);
        addPronoun(p, start);
      }
    }
    for (; d < descriptors.length; d++) addDescriptor(descriptors[d], base);
    i = last;
  }
  return out;
}
