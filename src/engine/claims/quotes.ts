import type { Span } from '../types';
import { compiledNow } from '../text/compiledNow';

/** A quoted stretch of one line, offsets relative to the line; `end` includes the closing mark when closed. */
export interface QuoteSegment extends Span {
  /** False when the line ends before the quote closes (a paragraph of a multi-paragraph quote). */
  closed: boolean;
  /** Delimited by single marks (‘ ’ or ' '), which are more often scare quotes or titles. */
  single: boolean;
}

const SPACE_BEFORE = /[\s([{\-—–/:;,]/u;
const WORDISH = compiledNow(/[\p{L}\p{N}]/u);

type Mark = 'open' | 'close' | null;

// Whether a double mark at i opens or closes a quotation, judged from its neighbours: curly and guillemet
// marks have a direction but are often typed the wrong way round, so the neighbours decide when they
// contradict it.
function doubleMark(s: string, i: number): Mark {
  const c = s[i];
  const prev = i > 0 ? s[i - 1] : ' ';
  const next = i + 1 < s.length ? s[i + 1] : ' ';
  const spaceBefore = SPACE_BEFORE.test(prev) || /["“„«‘]/.test(prev);
  const spaceAfter = /\s/.test(next) || i + 1 === s.length;
  if (c === '“' || c === '„' || c === '«') return spaceAfter && !spaceBefore ? 'close' : 'open';
  // A closing mark that starts the line can only open ("” … what I learned is …”").
  if (c === '”' || c === '»') return (spaceBefore && !spaceAfter) || lineStartAt(s, i) ? 'open' : 'close';
  if (c === '"') {
    if (spaceBefore && !spaceAfter) return 'open';
    if (!spaceBefore) return 'close';
    return null;
  }
  return null;
}

/** Whether only white space stands before index i of the line. */
function lineStartAt(s: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /\s/.test(s[k])) k--;
  return k < 0;
}

/** A double mark written as two apostrophes at i, i + 1: judged like a straight double quote. */
function twinMark(s: string, i: number): Mark {
  const prev = i > 0 ? s[i - 1] : ' ';
  const next = i + 2 < s.length ? s[i + 2] : ' ';
  const spaceBefore = SPACE_BEFORE.test(prev) || /["“„«‘]/.test(prev);
  const spaceAfter = /\s/.test(next) || i + 2 === s.length;
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore) return 'close';
  return null;
}

function singleMark(s: string, i: number): Mark {
  const c = s[i];
  const prev = i > 0 ? s[i - 1] : ' ';
  const next = i + 1 < s.length ? s[i + 1] : ' ';
  if (WORDISH.test(prev) && WORDISH.test(next)) return null; // an apostrophe: don't, Nausėda’s
  const spaceBefore = SPACE_BEFORE.test(prev) || /["“„«]/.test(prev);
  const endAfter = /[\s.,;:!?"”»)\]—–]/u.test(next) || i + 1 === s.length;
  if ((c === '‘' || c === '\'') && spaceBefore && !/\s/.test(next)) return 'open';
  if ((c === '’' || c === '\'') && !spaceBefore && endAfter) return 'close';
  return null;
}

/**
 * Finds the quotations of one line: double marks pair at the top level (an opening mark left open runs to the
 * end of the line); single marks pair only outside double quotes and inside one line.
 */
export function findQuotes(s: string): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let open = -1;
  let singleOpen = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    // Two apostrophes ('') are a typewriter double mark, common in older newspaper archives.
    const twin = c === '\'' && s[i + 1] === '\'';
    if (twin || c === '"' || c === '“' || c === '”' || c === '„' || c === '«' || c === '»') {
      const m = twin ? twinMark(s, i) : doubleMark(s, i);
      const at = i;
      if (twin) i++;
      if (open < 0) {
        if (m === 'open') {
          open = at;
          singleOpen = -1;
        }
      } else if (m === 'close' || m === null || (s[open] === '„' && (c === '“' || c === '”'))) {
        out.push({ start: open, end: i + 1, closed: true, single: false });
        open = -1;
      }
    } else if (open < 0 && (c === '‘' || c === '’' || c === '\'')) {
      const m = singleMark(s, i);
      if (m === 'open' && singleOpen < 0) singleOpen = i;
      else if (m === 'close' && singleOpen >= 0 && i > singleOpen + 1) {
        out.push({ start: singleOpen, end: i + 1, closed: true, single: true });
        singleOpen = -1;
      }
    }
  }
  if (open >= 0) out.push({ start: open, end: s.length, closed: false, single: false });
  return out.sort((a, b) => a.start - b.start);
}

/** True when the line's first visible character opens a double quotation. */
export function opensWithQuote(s: string): boolean {
  const m = /\S/.exec(s);
  return !!m && /["“„«”]/.test(m[0]) && doubleMark(s, m.index) === 'open';
}
