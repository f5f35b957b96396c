// The shipped tagger model (model/weights.ts, generated): read in place on first use, each feature's weights decoded on
// its first look-up.
import { FEATURES, LABELS, NARROW, SMALL, WORDS } from './model/weights';
import { TextLines } from '../text/textLines';
import type { Weights } from './tagger';

export interface Model {
  labels: string[];
  weights: Weights;
}

let model: Model | undefined;

// SMALL's character code for a weight of 0 (see scripts/train-ner.mjs).
const ZERO = 0x50;

/** The bytes of a base64 text. */
function decode(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Where one section of FEATURES ("<TAB>p", then the sorted values of the features "p=…") lies. */
interface Section {
  /** Index in the lines of its first value, and one past its last. */
  start: number;
  end: number;
  /** The weight row of its first value. */
  row: number;
}

/**
 * Binary searches after which PackedWeights indexes every feature: a short article never gets there (a fresh
 * worker stays quick to start), while a long one asks for hundreds of thousands of distinct features, and a
 * search per new one cost more than indexing the ~25,000 names once (tens of milliseconds).
 */
const SEARCHES_BEFORE_INDEX = 50_000;

/**
 * Weights by feature, found by binary search in the sorted names and kept, decoded (a narrow row) or as a view
 * of the decoded wide block, on their first look-up: a fresh worker looks up a few thousand of the tens of
 * thousands of features, and building a map of them all, or even splitting the names and decoding every row, was
 * most of its set-up. Misses are kept too (as null) until the index exists (see SEARCHES_BEFORE_INDEX): a long
 * article asks for the same unseen neighbour and bigram features again and again, and the binary search cost more
 * than the map look-up. The memo holds at most SEARCHES_BEFORE_INDEX entries: after that the index answers, one
 * look-up per feature, and decoded rows are kept by row number, so nothing is ever emptied and decoded again
 * however long the article (a memo emptied when full made a 10 MB article decode its rows over and over).
 */
class PackedWeights implements Weights {
  private readonly found = new Map<string, ArrayLike<number> | null>();
  private readonly sections = new Map<string, Section[]>();
  /** Feature → row, built after SEARCHES_BEFORE_INDEX binary searches. */
  private index: Map<string, number> | undefined;
  /** Decoded rows by row number, once the index exists. */
  private rows: Array<ArrayLike<number> | undefined> = [];
  private searches = 0;

  constructor(
    private readonly size: number,
    private readonly small: string,
    private readonly wide: Int16Array,
    private readonly lines: TextLines,
  ) {
    let row = 0;
    let open: Section | undefined;
    for (const i of lines.startingWith('\t')) {
      if (open) row += (open.end = i) - open.start;
      open = { start: i + 1, end: lines.count, row };
      const name = lines.line(i).slice(1);
      const list = this.sections.get(name) ?? [];
      list.push(open);
      this.sections.set(name, list);
    }
  }

  /** A narrow row's weights: one character each in SMALL, its code ZERO + the weight. */
  private narrowRow(k: number): Int8Array {
    const weights = new Int8Array(this.size);
    for (let j = 0; j < this.size; j++) weights[j] = this.small.charCodeAt(k * this.size + j) - ZERO;
    return weights;
  }

  get(feature: string): ArrayLike<number> | undefined {
    if (this.index) {
      const row = this.index.get(feature);
      return row === undefined ? undefined : (this.rows[row] ??= this.weightsOf(row));
    }
    const known = this.found.get(feature);
    if (known !== undefined) return known ?? undefined;
    if (++this.searches >= SEARCHES_BEFORE_INDEX) {
      this.index = this.buildIndex();
      this.found.clear();
      return this.get(feature);
    }
    const row = this.search(feature);
    const weights = row < 0 ? null : this.weightsOf(row);
    this.found.set(feature, weights);
    return weights ?? undefined;
  }

  /** A row's weights: decoded (narrow) or a view of the wide block. */
  private weightsOf(row: number): ArrayLike<number> {
    return row < NARROW ? this.narrowRow(row) : this.wide.subarray((row - NARROW) * this.size, (row - NARROW + 1) * this.size);
  }

  /** The feature's weight row by binary search in its sections of the sorted names, or -1. */
  private search(feature: string): number {
    const cut = feature.indexOf('=');
    const value = feature.slice(cut + 1);
    for (const section of this.sections.get(feature.slice(0, cut)) ?? []) {
      const at = this.lines.find(value, section.start, section.end);
      if (at >= 0) return section.row + at - section.start;
    }
    return -1;
  }

  /** Every feature's row (the first section's where a name has two, as the binary search finds it). */
  private buildIndex(): Map<string, number> {
    const index = new Map<string, number>();
    let rowCount = 0;
    for (const [name, sections] of this.sections) {
      for (const section of sections) {
        for (let i = section.start; i < section.end; i++) {
          const feature = `${name}=${this.lines.line(i)}`;
          if (!index.has(feature)) index.set(feature, section.row + i - section.start);
        }
        rowCount = Math.max(rowCount, section.row + section.end - section.start);
      }
    }
    // Filled up front so that the array stays packed (assigning far past its end would make it a dictionary).
    this.rows = Array.from({ length: rowCount }, () => undefined);
    return index;
  }
}

/** The trained model (format: see scripts/train-ner.mjs). */
export function loadModel(): Model {
  if (model) return model;
  const labels = LABELS.split(' ');
  const wideBytes = decode(WORDS);
  const wide = new Int16Array(wideBytes.length / 2);
  for (let i = 0; i < wide.length; i++) wide[i] = (wideBytes[2 * i] | (wideBytes[2 * i + 1] << 8)) << 16 >> 16;
  const weights = new PackedWeights(labels.length, SMALL, wide, new TextLines(FEATURES));
  model = { labels, weights };
  return model;
}
