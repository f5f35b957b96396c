// The shipped tagger model (model/weights.ts, generated): its weights decoded into one table on first use (a quarter
// of a million small numbers: about a millisecond), its feature names read in place.
import { FEATURES, LABELS, NARROW, SMALL, WORDS } from './model/weights';
import { TextLines } from '../text/textLines';
import type { WeightRows, Weights } from './tagger';

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
 * Rows of weights by feature, found by binary search in the sorted names and kept on their first look-up: a fresh
 * worker looks up a few thousand of the tens of thousands of features, and building a map of them all was most of
 * its set-up. Misses are kept too (as -1) until the index exists (see SEARCHES_BEFORE_INDEX): a long article asks
 * for the same unseen neighbour and bigram features again and again, and the binary search cost more than the map
 * look-up. The memo holds at most SEARCHES_BEFORE_INDEX entries: after that the index answers, one look-up per
 * feature.
 */
class PackedWeights implements Weights, WeightRows {
  private readonly found = new Map<string, number>();
  private readonly sections = new Map<string, Section[]>();
  /** Feature → row, built after SEARCHES_BEFORE_INDEX binary searches. */
  private index: Map<string, number> | undefined;
  private searches = 0;

  constructor(
    private readonly size: number,
    readonly table: Int16Array,
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

  rowOf(feature: string): number {
    if (this.index) return this.index.get(feature) ?? -1;
    const known = this.found.get(feature);
    if (known !== undefined) return known;
    if (++this.searches >= SEARCHES_BEFORE_INDEX) {
      this.index = this.buildIndex();
      this.found.clear();
      return this.rowOf(feature);
    }
    const row = this.search(feature);
    this.found.set(feature, row);
    return row;
  }

  get(feature: string): ArrayLike<number> | undefined {
    const row = this.rowOf(feature);
    return row < 0 ? undefined : this.table.subarray(row * this.size, (row + 1) * this.size);
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
    for (const [name, sections] of this.sections) {
      for (const section of sections) {
        for (let i = section.start; i < section.end; i++) {
          const feature = `${name}=${this.lines.line(i)}`;
          if (!index.has(feature)) index.set(feature, section.row + i - section.start);
        }
      }
    }
    return index;
  }
}

/** The trained model (format: see scripts/train-ner.mjs). */
export function loadModel(): Model {
  if (model) return model;
  const labels = LABELS.split(' ');
  // The narrow rows, one character a weight in SMALL, then the wide ones, 16-bit little-endian words in WORDS.
  const wideBytes = decode(WORDS);
  const narrow = NARROW * labels.length;
  const table = new Int16Array(narrow + wideBytes.length / 2);
  for (let i = 0; i < narrow; i++) table[i] = SMALL.charCodeAt(i) - ZERO;
  for (let i = narrow; i < table.length; i++) table[i] = wideBytes[2 * (i - narrow)] | (wideBytes[2 * (i - narrow) + 1] << 8);
  const weights = new PackedWeights(labels.length, table, new TextLines(FEATURES));
  model = { labels, weights };
  return model;
}
