// --summary: share-of-voice tables over every analysed article — who is quoted how much, named persons vs
// organizations vs unnamed sources, and direct vs mixed vs reported speech.
import { attributionOf, entitiesById } from '../engine/attribution';
import type { Analysis, ClaimKind } from '../engine/types';
import { speakerType, type SpeakerType } from '../formats/speakerType';

/** One claim as the summary counts it. */
export interface Voice {
  /** The canonical name, or the speaker as written when it resolves to no entity; null when unattributed. */
  speaker: string | null;
  type: SpeakerType | 'unattributed';
  kind: ClaimKind;
}

/** Rows of the top-speakers table. */
const TOP_SPEAKERS = 20;
const KIND_TITLES: Record<ClaimKind, string> = { direct: 'direct', mixed: 'mixed', indirect: 'reported' };

export function voicesOf(analysis: Analysis): Voice[] {
  const entities = entitiesById(analysis);
  return analysis.claims.map((claim) => {
    const type = speakerType(claim, entities);
    return type ? { speaker: attributionOf(claim, entities).name, type, kind: claim.kind } : { speaker: null, type: 'unattributed', kind: claim.kind };
  });
}

/** Counts voices as they arrive, article by article, and prints the tables at the end. */
export class ShareOfVoice {
  private articles = 0;
  private claims = 0;
  private readonly speakers = new Map<string, { type: Voice['type']; claims: number; articles: number }>();
  private readonly types = new Map<Voice['type'], number>();
  private readonly kinds = new Map<ClaimKind, number>();

  add(voices: readonly Voice[]): void {
    this.articles++;
    this.claims += voices.length;
    const seen = new Set<string>();
    for (const { speaker, type, kind } of voices) {
      this.types.set(type, (this.types.get(type) ?? 0) + 1);
      this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
      if (speaker === null) continue;
      // Unnamed sources are grouped by their words ("officials", "a spokesman"), case aside.
      const key = type === 'unnamed' ? `unnamed:${speaker.toLowerCase()}` : speaker;
      const row = this.speakers.get(key) ?? { type, claims: 0, articles: 0 };
      row.claims++;
      if (!seen.has(key)) row.articles++;
      seen.add(key);
      this.speakers.set(key, row);
    }
  }

  format(): string {
    const share = (n: number) => `${this.claims ? ((100 * n) / this.claims).toFixed(1) : '0.0'} %`.padStart(7);
    const count = (n: number) => String(n).padStart(7);
    const out = [`Share of voice: ${this.claims} claims in ${this.articles} article${this.articles === 1 ? '' : 's'}`, ''];
    out.push(`Top speakers${this.speakers.size > TOP_SPEAKERS ? ` (${TOP_SPEAKERS} of ${this.speakers.size})` : ''}`);
    out.push(' claims   share articles  speaker');
    const top = [...this.speakers].sort(([a, x], [b, y]) => y.claims - x.claims || a.localeCompare(b)).slice(0, TOP_SPEAKERS);
    for (const [key, row] of top) {
      const name = row.type === 'unnamed' ? key.slice('unnamed:'.length) : key;
      out.push(`${count(row.claims)} ${share(row.claims)} ${String(row.articles).padStart(8)}  ${name} (${row.type})`);
    }
    out.push('', 'Speaker types', ' claims   share  type');
    for (const type of ['person', 'organization', 'unnamed', 'unattributed'] as const) {
      out.push(`${count(this.types.get(type) ?? 0)} ${share(this.types.get(type) ?? 0)}  ${type}`);
    }
    out.push('', 'Kinds of claim', ' claims   share  kind');
    for (const kind of ['direct', 'mixed', 'indirect'] as const) {
      out.push(`${count(this.kinds.get(kind) ?? 0)} ${share(this.kinds.get(kind) ?? 0)}  ${KIND_TITLES[kind]}`);
    }
    return out.join('\n') + '\n';
  }
}
