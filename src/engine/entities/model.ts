// The shipped tagger model: parses the generated weights (model/weights.ts) once, on first use.
import { MODEL } from './model/weights';
import type { Weights } from './tagger';

export interface Model {
  labels: string[];
  weights: Weights;
}

let model: Model | undefined;

/** The trained model (format: see scripts/train-ner.mjs). */
export function loadModel(): Model {
  if (model) return model;
  const lines = MODEL.split('\n');
  const labels = lines[0].split(' ');
  const weights = new Map<string, Int16Array>();
  let prefix = '';
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const tab = line.lastIndexOf('\t');
    if (tab < 0) {
      prefix = line.slice(1) + '=';
      continue;
    }
    const w = new Int16Array(labels.length);
    line
      .slice(tab + 1)
      .split(',')
      .forEach((v, k) => (w[k] = v ? Number(v) : 0));
    weights.set(prefix + line.slice(0, tab), w);
  }
  model = { labels, weights };
  return model;
}
