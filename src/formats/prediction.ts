import type { Analysis } from '../engine/types';

/** One line of the scorer's prediction format (see ../shared/eval/README.md). */
export interface PredictionLine {
  doc_id: string;
  entities: Array<{ id: string; type: string; name: string; mentions: Array<{ start: number; end: number }> }>;
  quotes: Array<{
    start: number;
    end: number;
    spans: Array<[number, number]>;
    kind: string;
    speaker: { start: number; end: number; entity: string | null; resolution: string | null } | null;
    /** The cue as written ("have denied", "according to"), so that the scorer can match it exactly. */
    cue: { start: number; end: number } | null;
  }>;
}

/**
 * Entities carry their named mentions only: pronouns and descriptors that claims resolved to a person are not
 * names, and each claim's speaker mention is given with the claim itself.
 */
export function toPrediction(docId: string, analysis: Analysis): PredictionLine {
  return {
    doc_id: docId,
    entities: analysis.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      mentions: e.mentions.filter((m) => m.form === 'name' || m.form === 'handle').map((m) => ({ start: m.start, end: m.end })),
    })),
    quotes: analysis.claims.map((c) => ({
      start: c.start,
      end: c.end,
      spans: c.spans.map((s): [number, number] => [s.start, s.end]),
      kind: c.kind,
      // The source as annotators draw it: the mention with its appositive, where the engine found one.
      speaker: c.speaker ? { ...(c.speaker.phrase ?? { start: c.speaker.start, end: c.speaker.end }), entity: c.speaker.entityId, resolution: c.speaker.resolution } : null,
      cue: c.cue ? { start: c.cue.start, end: c.cue.end } : null,
    })),
  };
}
