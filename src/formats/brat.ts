// brat standoff (https://brat.nlplab.org/standoff.html): the analysis as FILE.ann beside a copy of the text, and
// an .ann read back as decisions. brat counts offsets in Unicode code points, the analysis in UTF-16 code
// units: every offset is converted (one emoji flag before a claim would shift it by two otherwise).
import type { Analysis, ClaimKind, EntityType, Span } from '../engine/types';
import { anchorOf } from '../corrections/anchor';
import type { DecisionBody, SpeakerChoice } from '../corrections/decisions';
import type { Anchor } from '../corrections/anchor';
import { kindOfSelection } from '../corrections/kindOf';

/** brat's entity types for ours: the usual NER labels where there is one. */
export const BRAT_TYPES: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Location',
  date: 'Date',
  handle: 'Handle',
  hashtag: 'Hashtag',
  url: 'URL',
};
const QUOTE = 'Quote';
const CUE = 'Cue';
const SPEAKER = 'Speaker';
const KINDS: ReadonlySet<string> = new Set<ClaimKind>(['direct', 'mixed', 'indirect']);

/** Code-point offsets for UTF-16 offsets of one text (surrogate pairs count once). */
export function codePointOffsets(text: string): (utf16: number) => number {
  const at = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    at[i] = cp;
    const c = text.charCodeAt(i);
    // The low half of a pair has the pair's index; the code point counts once, after it.
    if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00)) cp++;
  }
  at[text.length] = cp;
  return (utf16) => at[Math.max(0, Math.min(utf16, text.length))];
}

/** UTF-16 offsets for code-point offsets of one text; undefined past its end. */
export function utf16Offsets(text: string): (codePoint: number) => number | undefined {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    at.push(i);
    if (text.codePointAt(i)! > 0xffff) i++;
  }
  at.push(text.length);
  return (cp) => (cp >= 0 && cp < at.length ? at[cp] : undefined);
}

/**
 * The .ann text: a T line per entity mention, quote, cue and speaker mention; R lines Speaker→Quote and
 * Cue→Quote; A lines for each quote's kind and review status; a `*` Equiv line per entity with several mentions
 * (the speakers' mentions at the cues included); an AnnotatorNotes line naming a speaker not written at a cue.
 */
export function bratAnn(text: string, analysis: Analysis): string {
  const cp = codePointOffsets(text);
  const lines: string[] = [];
  let t = 0;
  let r = 0;
  let a = 0;
  let note = 0;
  const textBound = (type: string, span: Span): string | undefined => {
    const fragments = lineFragments(text, span);
    if (!fragments.length) return undefined;
    const id = `T${++t}`;
    const offsets = fragments.map((f) => `${cp(f.start)} ${cp(f.end)}`).join(';');
    lines.push(`${id}\t${type} ${offsets}\t${fragments.map((f) => text.slice(f.start, f.end)).join(' ')}`);
    return id;
  };
  const mentionsOf = new Map<string, string[]>();
  const remember = (entityId: string | null, id: string | undefined) => {
    if (!entityId || !id) return;
    mentionsOf.set(entityId, [...(mentionsOf.get(entityId) ?? []), id]);
  };
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) remember(entity.id, textBound(BRAT_TYPES[entity.type], mention));
  }
  for (const claim of analysis.claims) {
    const quote = textBound(QUOTE, { start: claim.start, end: claim.end });
    if (!quote) continue;
    lines.push(`A${++a}\tKind ${quote} ${claim.kind}`);
    lines.push(`A${++a}\tStatus ${quote} ${claim.status ?? 'suggested'}`);
    const cue = claim.cue && textBound(CUE, claim.cue);
    if (cue) lines.push(`R${++r}\tCue Arg1:${cue} Arg2:${quote}`);
    if (!claim.speaker) continue;
    const speaker = textBound(SPEAKER, claim.speaker);
    remember(claim.speaker.entityId, speaker);
    if (speaker) lines.push(`R${++r}\tSpeaker Arg1:${speaker} Arg2:${quote}`);
    const name = claim.speaker.entityId ? analysis.entities.find((e) => e.id === claim.speaker!.entityId)?.name : claim.speaker.text;
    if (!speaker && name) lines.push(`#${++note}\tAnnotatorNotes ${quote}\tspeaker: ${oneLine(name)}`);
  }
  for (const ids of mentionsOf.values()) if (ids.length > 1) lines.push(`*\tEquiv ${ids.join(' ')}`);
  return lines.length ? lines.join('\n') + '\n' : '';
}

export interface ImportedDecision {
  body: DecisionBody;
  target: Anchor;
}

/**
 * The decisions an .ann file stands for, over the text it annotates: each quote an added claim (its kind from
 * its A line, else from its quote marks), with the speaker its R line names (an entity name when an Equiv group or entity T line has it, else as written);
 * each entity T line an added entity, named by the longest mention of its Equiv group. Lines of other types
 * are skipped; a malformed line throws with its number.
 */
export function bratDecisions(text: string, ann: string): ImportedDecision[] {
  const toUtf16 = utf16Offsets(text);
  const spans = new Map<string, { type: string; span: Span }>();
  const kinds = new Map<string, ClaimKind>();
  const speakerOf = new Map<string, string>();
  const equivalent = new Map<string, string[]>();
  const typeOf = new Map(Object.entries(BRAT_TYPES).map(([ours, theirs]) => [theirs, ours as EntityType]));
  for (const [i, line] of ann.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    const fail = (why: string) => new Error(`line ${i + 1} of the .ann file: ${why}`);
    const [id, body = ''] = line.split('\t');
    const fields = body.split(' ');
    if (id.startsWith('T')) {
      const [type, ...offsetText] = fields;
      const pieces = offsetText.join(' ').split(';').map((p) => p.trim().split(/\s+/).map(Number));
      if (!pieces.length || pieces.some((p) => p.length !== 2 || p.some((n) => !Number.isInteger(n) || n < 0))) throw fail('offsets are not "start end" numbers');
      const start = toUtf16(Math.min(...pieces.map((p) => p[0])));
      const end = toUtf16(Math.max(...pieces.map((p) => p[1])));
      if (start === undefined || end === undefined || end < start) throw fail('offsets lie outside the text');
      spans.set(id, { type, span: { start, end } });
    } else if (id.startsWith('A') && fields[0] === 'Kind' && KINDS.has(fields[2])) {
      kinds.set(fields[1], fields[2] as ClaimKind);
    } else if (id.startsWith('R') && fields[0] === SPEAKER) {
      const arg = (name: string) => fields.find((f) => f.startsWith(`${name}:`))?.slice(name.length + 1);
      const speaker = arg('Arg1');
      const quote = arg('Arg2');
      if (speaker && quote) speakerOf.set(quote, speaker);
    } else if (id === '*' && fields[0] === 'Equiv') {
      for (const member of fields.slice(1)) equivalent.set(member, fields.slice(1));
    }
  }
  const slice = (span: Span) => text.slice(span.start, span.end);
  const canonical = (id: string) => {
    const group = (equivalent.get(id) ?? [id]).map((m) => spans.get(m)).filter((s) => !!s);
    return group.map((s) => slice(s.span)).sort((x, y) => y.length - x.length)[0];
  };
  const decisions: ImportedDecision[] = [];
  for (const [id, { type, span }] of spans) {
    const entityType = typeOf.get(type);
    if (entityType) decisions.push({ body: { action: 'addEntity', type: entityType, name: oneLine(canonical(id)) }, target: anchorOf(text, span) });
  }
  for (const [id, { type, span }] of spans) {
    if (type !== QUOTE) continue;
    const speakerId = speakerOf.get(id);
    const speaker: SpeakerChoice | undefined = speakerId && spans.has(speakerId) ? { entityId: null, name: oneLine(canonical(speakerId)) } : undefined;
    const kind = kinds.get(id) ?? kindOfSelection(slice(span));
    decisions.push({ body: { action: 'addClaim', kind, ...(speaker ? { speaker } : {}) }, target: anchorOf(text, span) });
  }
  return decisions;
}

/** A span cut at line ends into the pieces brat can show (a T line's text has no line break), blank pieces dropped. */
function lineFragments(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || text[i] === '\n' || text[i] === '\r') {
      let s = start;
      let e = i;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      if (e > s) out.push({ start: s, end: e });
      start = i + 1;
    }
  }
  return out;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
