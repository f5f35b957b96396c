/**
 * The lines of a large generated text (a lexicon or a feature list held in one string literal), read where they
 * lie: splitting such a text into 25,000 strings cost a fresh worker more than all the look-ups it then makes.
 * Line i is what `text.split('\n')[i]` would be.
 */
export class TextLines {
  /** Where each line starts, and one entry more: one past the end of the last line, plus the newline. */
  private readonly starts: Int32Array;

  constructor(private readonly text: string) {
    // Two passes (count, then fill) rather than a growing array: this runs once, in code not yet optimised.
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    const starts = new Int32Array(count + 1);
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
    starts[count] = text.length + 1;
    this.starts = starts;
  }

  get count(): number {
    return this.starts.length - 1;
  }

  line(i: number): string {
    return this.text.slice(this.starts[i], this.starts[i + 1] - 1);
  }

  /** The lines that begin with `c` (one character), in order: found by searching the text, not line by line. */
  startingWith(c: string): number[] {
    const out = this.text.startsWith(c) ? [0] : [];
    for (let at = this.text.indexOf(`\n${c}`); at >= 0; at = this.text.indexOf(`\n${c}`, at + 1)) out.push(this.lineAt(at + 1));
    return out;
  }

  /** The lines that hold `c` (one character), in order. */
  holding(c: string): number[] {
    const out: number[] = [];
    for (let at = this.text.indexOf(c); at >= 0;) {
      const i = this.lineAt(at);
      out.push(i);
      at = this.text.indexOf(c, this.starts[i + 1]);
    }
    return out;
  }

  /** The line that holds the character at `offset`. */
  private lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The index of the line equal to `s` among lines lo … hi - 1, which are sorted as strings sort (by UTF-16 code
   * units), or -1; compared in place, without making the lines' strings.
   */
  find(s: string, lo: number, hi: number): number {
    const end = hi;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(mid, s) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < end && this.compare(lo, s) === 0 ? lo : -1;
  }

  /** Negative, zero or positive as line i sorts before, equal to or after `s`. */
  private compare(i: number, s: string): number {
    const start = this.starts[i];
    const length = this.starts[i + 1] - 1 - start;
    const n = Math.min(length, s.length);
    for (let k = 0; k < n; k++) {
      const d = this.text.charCodeAt(start + k) - s.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - s.length;
  }
}
