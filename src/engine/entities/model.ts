// The shipped tagger model: decodes the generated weights (model/weights.ts) once, on first use.
import { FEATURES, LABELS, NARROW, SMALL, WORDS } from './model/weights';
import type { Weights } from './tagger';

export interface Model {
  labels: string[];
  weights: Weights;
}

let model: Model | undefined;

// SMALL's character code for a weight of 0 (see scripts/train-ner.mjs).
const ZERO = 0x50;

/** The weights of SMALL: one character each. */
function decodeSmall(text: string): Int8Array {
  const weights = new Int8Array(text.length);
  for (let i = 0; i < text.length; i++) weights[i] = text.charCodeAt(i) - ZERO;
  return weights;
}

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
 * Weights by feature, found by binary search in the sorted names and kept, as a view of the decoded blocks,
 * on their first look-up: a fresh worker looks up a few thousand of the tens of thousands of features, and
 * building a map of them all was most of its set-up. Misses are not kept (unseen features are countless).
 */
class PackedWeights implements Weights {
  private readonly found = new Map<string, ArrayLike<number>>();
  private readonly sections = new Map<string, Section[]>();

  constructor(
    private readonly size: number,
    private readonly narrow: Int8Array,
    private readonly wide: Int16Array,
    private readonly lines: readonly string[],
  ) {
    let row = 0;
    let open: Section | undefined;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i][0] !== '\t') continue;
      if (open) row += (open.end = i) - open.start;
      open = { start: i + 1, end: lines.length, row };
      const list = this.sections.get(lines[i].slice(1)) ?? [];
      list.push(open);
      this.sections.set(lines[i].slice(1), list);
    }
  }

  get(feature: string): ArrayLike<number> | undefined {
    const known = this.found.get(feature);
    if (known) return known;
    const cut = feature.indexOf('=');
    const value = feature.slice(cut + 1);
    for (const section of this.sections.get(feature.slice(0, cut)) ?? []) {
      let lo = section.start;
      let hi = section.end;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.lines[mid] < value) lo = mid + 1;
        else hi = mid;
      }
      if (lo === section.end || this.lines[lo] !== value) continue;
      const row = section.row + lo - section.start;
      const k = row < NARROW ? row : row - NARROW;
      const view = (row < NARROW ? this.narrow : this.wide).subarray(k * this.size, (k + 1) * this.size);
      this.found.set(feature, view);
      return view;
    }
    return undefined;
  }
}

/** The trained model (format: see scripts/train-ner.mjs). */
export function loadModel(): Model {
  if (model) return model;
  const labels = LABELS.split(' ');
  const wideBytes = decode(WORDS);
  const wide = new Int16Array(wideBytes.length / 2);
  for (let i = 0; i < wide.length; i++) wide[i] = (wideBytes[2 * i] | (wideBytes[2 * i + 1] << 8)) << 16 >> 16;
  const weights = new PackedWeights(labels.length, decodeSmall(SMALL), wide, FEATURES.split('\n'));
  model = { labels, weights };
  return model;
}
