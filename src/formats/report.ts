import type { Analysis, Claim, EntityType } from '../engine/types';
import { lineNumbers } from './lines';

/** Plural titles of the entity types, in the order reports and the Entities view list them. */
export const TYPE_TITLES: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  date: 'Dates',
  handle: 'Handles',
  hashtag: 'Hashtags',
  url: 'Links',
};

/** Claims grouped by the entity they resolve to, unattributed ones under null, in document order. */
export function claimsBySpeaker(analysis: Analysis): Map<string | null, Claim[]> {
  const groups = new Map<string | null, Claim[]>();
  for (const claim of analysis.claims) {
    const key = claim.speaker?.entityId ?? null;
    const list = groups.get(key);
    if (list) list.push(claim);
    else groups.set(key, [claim]);
  }
  return groups;
}

/** A plain-text report: speakers with their claims, then entities by type. */
export function formatReport(text: string, analysis: Analysis): string {
  const out: string[] = [];
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const lineOf = lineNumbers(text);
  out.push(`Speakers (${analysis.claims.length} claims)`);
  for (const [entityId, claims] of claimsBySpeaker(analysis)) {
    out.push(`  ${entityId === null ? 'Unattributed' : names.get(entityId) ?? entityId} (${claims.length})`);
    for (const c of claims) {
      // The attribution in reading order ("Smith said", "According to the ministry", "Asked"); a signature's
      // dash is already the separator.
      const cue = c.cue && !/^[―—–]$/.test(c.cue.text) ? c.cue : null;
      const attribution = [c.speaker, cue].filter((m) => !!m).sort((x, y) => x.start - y.start).map((m) => m.text).join(' ');
      const via = attribution ? ` — ${attribution}` : '';
      out.push(`    [${c.kind}] line ${lineOf(c.start)}: ${oneLine(c.text, 100)}${via}`);
    }
  }
  for (const type of Object.keys(TYPE_TITLES) as EntityType[]) {
    const entities = analysis.entities.filter((e) => e.type === type);
    if (!entities.length) continue;
    out.push(`${TYPE_TITLES[type]} (${entities.length})`);
    for (const e of entities) out.push(`  ${e.name} ×${e.mentions.length}`);
  }
  return out.join('\n');
}

/** Collapses white space and cuts to `max` characters with an ellipsis. */
export function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
