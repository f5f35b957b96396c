import type { Claim, Entity } from '../engine/types';

// Messages between the extension host and the analysis worker (src/worker/entry.ts).

export type WorkerRequest
  = | { kind: 'analyze'; id: number; key: string; text: string }
  /** Asks for the next part of job `id`'s result. */
    | { kind: 'more'; id: number }
  /** The document was closed: drop what the worker keeps for it. */
    | { kind: 'forget'; key: string };

/**
 * A result comes in parts of at most PART_SIZE entities and claims, each sent when the host asks for it:
 * receiving a large analysis in one message would block the host while it is deserialised.
 */
export type WorkerResponse
  = | { id: number; textLength: number; entities: Entity[]; claims: Claim[]; last: boolean }
    | { id: number; error: string }
  /** Sent once the worker has loaded (the engine with it), so that loading does not count against a job's budget. */
    | { ready: true };

export const PART_SIZE = 500;
