import { claimsByAttribution } from '../engine/attribution';
import type { Analysis, Claim, Cue, EntityType } from '../engine/types';
import { counted } from './counted';
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

/** The cue of an embedded post or a signed quotation: a dash, which every listing already uses as a separator. */
const SIGNATURE_DASH = /^[―—–]$/;

/** A claim's cue when it is words ("said", "according to"), null for none or a signature's dash. */
export function wordedCue(claim: Claim): Cue | null {
  return claim.cue && !SIGNATURE_DASH.test(claim.cue.text) ? claim.cue : null;
}

/** A plain-text report: speakers with their claims (as src/engine/attribution.ts groups them), then entities by type. */
export function formatReport(text: string, analysis: Analysis): string {
  const out: string[] = [];
  const lineOf = lineNumbers(text);
  out.push(`Speakers (${counted(analysis.claims.length, 'claim')})`);
  for (const { attribution, claims } of claimsByAttribution(analysis)) {
    // A speaker tied to no named entity is still a speaker, marked so; only claims without one are Unattributed.
    const unresolved = attribution.kind === 'unresolved' ? ' [unresolved]' : '';
    out.push(`  ${attribution.name}${unresolved} (${claims.length})`);
    for (const c of claims) {
      // The attribution in reading order ("Smith said", "According to the ministry", "Asked").
      const cue = wordedCue(c);
      const said = [c.speaker, cue].filter((m) => !!m).sort((x, y) => x.start - y.start).map((m) => m.text).join(' ');
      const via = said ? ` — ${said}` : '';
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
