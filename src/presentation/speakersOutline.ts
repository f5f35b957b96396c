// How the Speakers view lays out many speakers (a 300 KB live blog has hundreds): past a threshold, folders by
// speaker type (named people, organizations, unnamed sources, places and others), and within a long folder the
// speakers heard once folded into one "One claim each" folder, so the voices that carry the article stay in
// sight; speakers start collapsed unless the article's claims are few. A short article keeps its flat list,
// expanded. Pure: no `vscode` import.
import type { SpeakerGroup, SpeakerKind } from './speakersModel';
import { countLabel } from './speakersModel';

/** `newsAnnotator.speakers.groupBy`: folders by type past GROUP_AFTER speakers (auto), always, or never. */
export type SpeakerGroupBy = 'auto' | 'type' | 'none';
export const SPEAKER_GROUP_BY: readonly SpeakerGroupBy[] = ['auto', 'type', 'none'];

/** More speakers than fit a side bar without scrolling several screens: group them by type. */
export const GROUP_AFTER = 20;
/** A type folder with more speakers than this folds those with a single claim away. */
export const FOLD_SINGLES_AFTER = 8;
/** Speakers start expanded only when all their claims make a list one can read down (a transcript has hundreds). */
export const EXPAND_CLAIMS_UP_TO = 60;

export type SpeakerSection = 'person' | 'organization' | 'unnamed' | 'other';

export interface SpeakerFolder {
  /** Stable across updates, so that VS Code keeps each folder's expansion: `type:person`, `once:person`. */
  id: string;
  section: SpeakerSection;
  title: string;
  /** "12 speakers, 340 claims". */
  description: string;
  entries: SpeakerEntry[];
  /** Folded away by default (the speakers heard once). */
  collapsed: boolean;
}

/** `expanded`: the speaker starts with its claims shown. */
export type SpeakerEntry = { folder: SpeakerFolder } | { speaker: SpeakerGroup; expanded: boolean };

/** The folders by type, in reading order of importance; unattributed claims stay one entry, last. */
const SECTIONS: readonly { key: SpeakerSection; title: string; kinds: readonly SpeakerKind[] }[] = [
  { key: 'person', title: 'Named people', kinds: ['person'] },
  { key: 'organization', title: 'Organizations', kinds: ['organization'] },
  { key: 'unnamed', title: 'Unnamed sources', kinds: ['unresolved'] },
  { key: 'other', title: 'Places and others', kinds: ['place', 'date', 'handle', 'hashtag', 'url'] },
];

/** The entries of the Speakers view's top level for groups already sorted and filtered. */
export function speakerOutline(groups: readonly SpeakerGroup[], groupBy: SpeakerGroupBy): SpeakerEntry[] {
  const speakers = groups.filter((g) => g.kind !== 'unattributed');
  const grouped = groupBy === 'type' || (groupBy === 'auto' && speakers.length > GROUP_AFTER);
  if (!grouped) {
    const expanded = groups.reduce((n, g) => n + g.claims.length, 0) <= EXPAND_CLAIMS_UP_TO;
    return groups.map((speaker) => ({ speaker, expanded }));
  }
  const entries: SpeakerEntry[] = [];
  for (const section of SECTIONS) {
    const members = speakers.filter((g) => section.kinds.includes(g.kind));
    if (members.length) entries.push({ folder: folderOf(section.key, 'type', section.title, members, foldSingles(section.key, members)) });
  }
  const unattributed = groups.find((g) => g.kind === 'unattributed');
  if (unattributed) entries.push({ speaker: unattributed, expanded: false });
  return entries;
}

/** A long folder's speakers with one claim move into a folded "One claim each" folder at its end. */
function foldSingles(key: SpeakerSection, members: readonly SpeakerGroup[]): SpeakerEntry[] {
  const singles = members.filter((g) => g.claims.length === 1);
  const collapsed = (speaker: SpeakerGroup): SpeakerEntry => ({ speaker, expanded: false });
  if (members.length <= FOLD_SINGLES_AFTER || singles.length < 2) return members.map(collapsed);
  const entries = members.filter((g) => g.claims.length > 1).map(collapsed);
  entries.push({ folder: folderOf(key, 'once', 'One claim each', singles, singles.map(collapsed)) });
  return entries;
}

function folderOf(section: SpeakerSection, role: 'type' | 'once', title: string, members: readonly SpeakerGroup[], entries: SpeakerEntry[]): SpeakerFolder {
  const claims = members.reduce((n, g) => n + g.claims.length, 0);
  const description = `${countLabel(members.length, 'speaker')}, ${countLabel(claims, 'claim')}`;
  return { id: `${role}:${section}`, section, title, description, entries, collapsed: role === 'once' };
}
