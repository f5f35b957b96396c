import { isBlank } from '../text/paragraphs';
import type { Span } from '../types';
import type { LineAnalysis, LocalMention } from './line';

/** A claim in document offsets, before its speaker is resolved. */
export interface DraftClaim {
  spans: Span[];
  cue: LocalMention | null;
  speaker: LocalMention | null;
  /** An embedded post ("… — Name (@handle) date") or a signed quotation ("“…” ― Name"): direct and complete. */
  post: boolean;
  /** A turn of a quoted transcript ("“NAME: …"): direct, its label the speaker. */
  transcript?: boolean;
  line: number;
}

const shift = <T extends Span & { phrase?: Span }>(x: T, base: number): T => {
  const out = { ...x, start: x.start + base, end: x.end + base };
  if (x.phrase) out.phrase = { start: x.phrase.start + base, end: x.phrase.end + base };
  return out;
};

/**
 * Joins the lines' claims into document claims: a quotation left open at a paragraph's end continues into
 * the next paragraph that opens with a quotation mark; a bare quotation takes the attribution introduced by
 * the line before ("Smith said:") or continues the attributed quotation of the paragraph before it.
 */
export function assemble(text: string, lines: Span[], analyses: LineAnalysis[]): DraftClaim[] {
  const out: DraftClaim[] = [];
  let open: DraftClaim | null = null;
  let intro: { cue: LocalMention; speaker: LocalMention } | null = null;
  let prevLine = -1;
  // A bare quotation paragraph that the next paragraph's attributed quotation continues.
  let waiting: DraftClaim | null = null;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (isBlank(text, line)) continue;
    const la = analyses[li];
    const base = line.start;
    let lastOpen: DraftClaim | null = null;
    la.claims.forEach((c, k) => {
      const draft: DraftClaim = {
        spans: c.spans.map((s) => shift(s, base)),
        cue: c.cue && shift(c.cue, base),
        speaker: c.speaker && shift(c.speaker, base),
        post: !!c.cue && c.cue.text.length === 1 && /[―—–]/.test(c.cue.text),
        ...(c.transcript ? { transcript: true } : {}),
        line: li,
      };
      if (k === 0 && open && c.atLineStart) {
        open.spans.push(...draft.spans);
        if (!open.speaker && draft.speaker) {
          open.speaker = draft.speaker;
          open.cue = draft.cue;
        }
        if (c.openEnd) lastOpen = open;
        return;
      }
      if (c.orphan && !draft.speaker) {
        const prev = out[out.length - 1];
        if (prev && prev.line >= li - 2 && prev.speaker) {
          draft.cue = prev.cue;
          draft.speaker = prev.speaker;
        }
      } else if (c.bare && k === 0 && intro) {
        draft.cue = intro.cue;
        draft.speaker = intro.speaker;
      } else if (c.bare && k === 0) {
        const prev = out[out.length - 1];
        // A signed quotation or post ("“…” ― Name") is complete: the next quotation is someone else's.
        const backward = !!prev && prev.line === prevLine && !!prev.speaker && !prev.post && isQuoted(text, prev);
        const next = nextClaim(text, lines, analyses, li);
        const forward = !c.openEnd && !!next && next.atLineStart && !next.bare && !!next.speaker;
        if (backward) {
          prev.spans.push(...draft.spans);
          if (c.openEnd) lastOpen = prev;
          return;
        }
        if (forward) {
          waiting = draft;
          return;
        }
      }
      if (waiting && k === 0 && c.atLineStart) draft.spans.unshift(...waiting.spans);
      waiting = null;
      out.push(draft);
      if (c.openEnd) lastOpen = draft;
    });
    open = lastOpen;
    intro = la.intro && { cue: shift(la.intro.cue, base), speaker: shift(la.intro.speaker, base) };
    prevLine = li;
  }
  return out;
}

/** The first claim of the next non-blank line after li, if any. */
function nextClaim(text: string, lines: Span[], analyses: LineAnalysis[], li: number): LineAnalysis['claims'][number] | undefined {
  for (let j = li + 1; j < lines.length; j++) if (!isBlank(text, lines[j])) return analyses[j].claims[0];
  return undefined;
}

/** Whether a claim's content contains quotation (direct or mixed). */
function isQuoted(text: string, c: DraftClaim): boolean {
  return c.spans.some((s) => /["“”„«»]/.test(text.slice(s.start, s.end)));
}
