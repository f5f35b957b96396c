// The worker's side of the protocol, whatever runs it (entry.ts in a Node worker thread, webEntry.ts in a Web
// Worker): one incremental analyzer per document, so a new version re-analyses only the edited lines.
import { IncrementalAnalyzer } from '../engine/incremental';
import type { Analysis } from '../engine/types';
import { PART_SIZE, type WorkerRequest, type WorkerResponse } from './protocol';

/** Returns the handler of the client's requests; `post` sends a response back. */
export function analysisServer(post: (response: WorkerResponse) => void): (request: WorkerRequest) => void {
  const analyzers = new Map<string, IncrementalAnalyzer>();
  /** The result being handed over, part by part. */
  let sending: { id: number; analysis: Analysis; entities: number; claims: number } | undefined;

  function sendPart(): void {
    if (!sending) return;
    const { id, analysis } = sending;
    const entities = analysis.entities.slice(sending.entities, sending.entities + PART_SIZE);
    const claims = analysis.claims.slice(sending.claims, sending.claims + PART_SIZE);
    sending.entities += entities.length;
    sending.claims += claims.length;
    const last = sending.entities >= analysis.entities.length && sending.claims >= analysis.claims.length;
    if (last) sending = undefined;
    post({ id, textLength: analysis.textLength, entities, claims, last });
  }

  return (request) => {
    if (request.kind === 'forget') {
      analyzers.delete(request.key);
    } else if (request.kind === 'more') {
      if (sending?.id === request.id) sendPart();
    } else {
      let analyzer = analyzers.get(request.key);
      if (!analyzer) analyzers.set(request.key, (analyzer = new IncrementalAnalyzer()));
      try {
        sending = { id: request.id, analysis: analyzer.update(request.text), entities: 0, claims: 0 };
        sendPart();
      } catch (error) {
        analyzers.delete(request.key);
        post({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      }
    }
  };
}
