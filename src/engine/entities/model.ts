// The shipped tagger model: decodes the generated weights (model/weights.ts) once, on first use.
import { BYTES, FEATURES, LABELS, NARROW, WORDS } from './model/weights';
import type { Weights } from './tagger';

export interface Model {
  labels: string[];
  weights: Weights;
}

let model: Model | undefined;

/** The bytes of a base64 text. */
function decode(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Weights by feature, each feature's view of the decoded blocks made on its first look-up: a fresh worker
 * looks up a few thousand of the tens of thousands of features, and making a view costs more than a look-up.
 */
class PackedWeights implements Weights {
  private readonly rows = new Map<string, number | ArrayLike<number>>();

  constructor(
    private readonly size: number,
    private readonly narrow: Int8Array,
    private readonly wide: Int16Array,
  ) {}

  add(feature: string, row: number): void {
    this.rows.set(feature, row);
  }

  get(feature: string): ArrayLike<number> | undefined {
    const row = this.rows.get(feature);
    if (typeof row !== 'number') return row;
    const k = row < NARROW ? row : row - NARROW;
    const view = (row < NARROW ? this.narrow : this.wide).subarray(k * this.size, (k + 1) * this.size);
    this.rows.set(feature, view);
    return view;
  }
}

/** The trained model (format: see scripts/train-ner.mjs). */
export function loadModel(): Model {
  if (model) return model;
  const labels = LABELS.split(' ');
  const wideBytes = decode(WORDS);
  const wide = new Int16Array(wideBytes.length / 2);
  for (let i = 0; i < wide.length; i++) wide[i] = (wideBytes[2 * i] | (wideBytes[2 * i + 1] << 8)) << 16 >> 16;
  const weights = new PackedWeights(labels.length, new Int8Array(decode(BYTES).buffer), wide);
  let prefix = '';
  let row = 0;
  for (const line of FEATURES.split('\n')) {
    if (line[0] === '\t') prefix = line.slice(1) + '=';
    else weights.add(prefix + line, row++);
  }
  model = { labels, weights };
  return model;
}
