// Filtering the Speakers view by claim kind, speaker type and words. Pure: no `vscode` import.
import type { ClaimKind } from '../engine/types';
import type { SpeakerGroup } from './speakersModel';

/** Speaker types a reader filters by: named people, organizations, and sources without a name. */
export type SpeakerType = 'person' | 'organization' | 'unnamed';

export interface SpeakerFilter {
  /** Claim kinds to keep; empty or absent keeps all. */
  kinds?: ClaimKind[];
  /** Speaker types to keep; empty or absent keeps all. */
  speakerTypes?: SpeakerType[];
  /** Words the claim must contain, case-insensitively ("NATO"); empty keeps all. */
  text?: string;
}

export function isFiltering(filter: SpeakerFilter): boolean {
  return !!(filter.kinds?.length || filter.speakerTypes?.length || filter.text?.trim());
}

function typeOf(group: SpeakerGroup): SpeakerType | undefined {
  if (group.kind === 'person' || group.kind === 'organization') return group.kind;
  if (group.kind === 'unresolved' || group.kind === 'unattributed') return 'unnamed';
  return undefined;
}

/** The groups with only the claims the filter keeps; groups left without claims are dropped. */
export function filterGroups(groups: readonly SpeakerGroup[], filter: SpeakerFilter): SpeakerGroup[] {
  if (!isFiltering(filter)) return [...groups];
  const words = filter.text?.trim().toLowerCase();
  const out: SpeakerGroup[] = [];
  for (const group of groups) {
    if (filter.speakerTypes?.length && !filter.speakerTypes.includes(typeOf(group)!)) continue;
    const claims = group.claims.filter(
      (c) => (!filter.kinds?.length || filter.kinds.includes(c.kind)) && (!words || c.text.toLowerCase().includes(words)),
    );
    if (claims.length) out.push({ ...group, claims });
  }
  return out;
}

const KIND_WORDS: Record<ClaimKind, string> = { direct: 'direct', mixed: 'mixed', indirect: 'reported' };

/** The filter in a few words for the view's description: "direct, person, “NATO”". */
export function describeFilter(filter: SpeakerFilter): string {
  const parts = [
    ...(filter.kinds ?? []).map((k) => KIND_WORDS[k]),
    ...(filter.speakerTypes ?? []),
    ...(filter.text?.trim() ? [`“${filter.text.trim()}”`] : []),
  ];
  return parts.join(', ');
}
