// The Corpus view as plain data: speakers across the workspace's articles, the same person in several
// articles as one speaker (by canonical name, or by the people file's aliases).
import type { Claim } from '../../engine/types';
import { speakerGroups, UNATTRIBUTED_KEY, type SpeakerKind } from '../speakersModel';
import type { CorpusArticle } from './article';
import { nameKey, type PeopleIndex, type Person } from './people';

/** One collator for all comparisons: String#localeCompare builds one per call, which dominates a large sort. */
const byText = new Intl.Collator().compare;

export interface ArticleClaims {
  article: CorpusArticle;
  /** In document order. */
  claims: Claim[];
}

export interface CorpusSpeaker {
  /** Unique among the corpus speakers: `<kind>:<name key>`, or `unattributed`. */
  key: string;
  /** The people file's canonical name, else the name in the first article (in path order) that has it. */
  name: string;
  kind: SpeakerKind;
  /** The people file's entry, when the speaker is in it. */
  person?: Person;
  /** In path order. */
  articles: ArticleClaims[];
  claimCount: number;
}

/**
 * Every speaker of the articles, most claims first (then by name); "Unattributed" comes last. Named entities
 * merge across articles by canonical name or people-file alias; a speaker that resolves to no entity
 * ("officials") merges only with the same words elsewhere, as in the Speakers view.
 */
export function corpusSpeakers(articles: readonly CorpusArticle[], people: PeopleIndex): CorpusSpeaker[] {
  const byKey = new Map<string, CorpusSpeaker>();
  for (const article of [...articles].sort((a, b) => byText(a.path, b.path))) {
    for (const group of speakerGroups(article.analysis)) {
      const person = group.kind === 'unattributed' ? undefined : people.find(group.name);
      const key = group.key === UNATTRIBUTED_KEY ? UNATTRIBUTED_KEY : person ? `person:${nameKey(person.name)}` : `${group.kind}:${nameKey(group.name)}`;
      let speaker = byKey.get(key);
      if (!speaker) {
        speaker = { key, name: person?.name ?? group.name, kind: person ? 'person' : group.kind, person, articles: [], claimCount: 0 };
        byKey.set(key, speaker);
      }
      speaker.articles.push({ article, claims: group.claims });
      speaker.claimCount += group.claims.length;
    }
  }
  return [...byKey.values()].sort(
    (a, b) => Number(a.key === UNATTRIBUTED_KEY) - Number(b.key === UNATTRIBUTED_KEY) || b.claimCount - a.claimCount || byText(a.name, b.name),
  );
}

export interface FoundClaim {
  speaker: CorpusSpeaker;
  article: CorpusArticle;
  claim: Claim;
}

/**
 * "Who said what about X": the claims whose content mentions `query` (compared as names are: without case or
 * diacritics), by speaker in the order of `speakers`, then by article and position.
 */
export function claimsAbout(speakers: readonly CorpusSpeaker[], query: string): FoundClaim[] {
  const wanted = nameKey(query);
  if (!wanted) return [];
  return speakers.flatMap((speaker) =>
    speaker.articles.flatMap(({ article, claims }) =>
      claims.filter((claim) => nameKey(claim.text).includes(wanted)).map((claim) => ({ speaker, article, claim })),
    ),
  );
}
