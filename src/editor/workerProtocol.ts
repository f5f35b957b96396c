import type { Analysis } from '../analysis/types';

// Messages between the extension host and the analysis worker (src/analysisWorker.ts).

export type WorkerRequest =
  | { kind: 'analyze'; id: number; key: string; text: string }
  /** The document was closed: drop what the worker keeps for it. */
  | { kind: 'forget'; key: string };

export type WorkerResponse = { id: number; analysis: Analysis } | { id: number; error: string };
