// The share-of-voice charts as plain data: each chart is a table of rows × series, every cell with the claims
// (or, for people merely mentioned, the mentions) behind it, so a click on a bar or a cell can open them.
import type { Claim, ClaimKind } from '../../engine/types';
import { oneLine } from '../../formats/report';
import { lineAt, type CorpusArticle } from './article';
import { corpusSpeakers, type CorpusSpeaker } from './speakers';
import { nameKey, type PeopleIndex } from './people';
import type { StatedGender } from './statedGender';
import { UNATTRIBUTED_KEY } from '../speakersModel';

/** A place in an article that a cell stands for: a claim, or a mention of a person never quoted. */
export interface Ref {
  uri: string;
  path: string;
  line: number;
  start: number;
  end: number;
  /** Who: the speaker's name, or the person mentioned. */
  who: string;
  /** What: the claim on one line, or the mention as written. */
  what: string;
}

export interface Chart {
  id: ChartId;
  title: string;
  /** One sentence on what is counted, shown under the title and read by screen readers. */
  description: string;
  /** What the numbers count. */
  unit: 'claims' | 'people';
  /** What the rows are ("Speaker", "Date" …): the tables' first column heading. */
  rowTitle: string;
  /** Stacked series; most charts have one. */
  series: string[];
  rows: { label: string; cells: { count: number; refs: Ref[] }[] }[];
}

export type ChartId = 'topSpeakers' | 'sourceTypes' | 'kindsPerSpeaker' | 'overTime' | 'quotedVsMentioned' | 'statedGender';

/** How many speakers the per-speaker charts show. */
export const TOP_SPEAKERS = 10;

const KIND_SERIES: { kind: ClaimKind; label: string }[] = [
  { kind: 'direct', label: 'Direct' },
  { kind: 'mixed', label: 'Mixed' },
  { kind: 'indirect', label: 'Reported' },
];

/** The charts of News: Show Share of Voice over some articles (the corpus, or just the current one). */
export function shareOfVoice(articles: readonly CorpusArticle[], people: PeopleIndex): Chart[] {
  const speakers = corpusSpeakers(articles, people);
  // Most charts count every claim of a speaker: make those references once per call.
  const all = new Map<CorpusSpeaker, Ref[]>();
  const allRefs = (s: CorpusSpeaker): Ref[] => {
    let refs = all.get(s);
    if (!refs) all.set(s, (refs = refsOf(s)));
    return refs;
  };
  const attributed = speakers.filter((s) => s.key !== UNATTRIBUTED_KEY);
  const top = attributed.slice(0, TOP_SPEAKERS);
  return [
    {
      id: 'topSpeakers',
      title: 'Top quoted speakers',
      description: `The ${top.length} speakers with the most quotes and reported claims.`,
      unit: 'claims',
      rowTitle: 'Speaker',
      series: ['Claims'],
      rows: top.map((s) => ({ label: s.name, cells: [cell(allRefs(s))] })),
    },
    {
      id: 'sourceTypes',
      title: 'Named people, organizations and unnamed sources',
      description: 'Claims by the kind of speaker they are attributed to.',
      unit: 'claims',
      rowTitle: 'Source',
      series: ['Claims'],
      rows: SOURCE_TYPES.map(({ label, test }) => ({ label, cells: [cell(speakers.filter(test).flatMap(allRefs))] })),
    },
    {
      id: 'kindsPerSpeaker',
      title: 'Direct, mixed and reported claims per speaker',
      description: 'How each top speaker is quoted: in their own words, partly, or in paraphrase.',
      unit: 'claims',
      rowTitle: 'Speaker',
      series: KIND_SERIES.map((k) => k.label),
      rows: top.map((s) => ({ label: s.name, cells: KIND_SERIES.map(({ kind }) => cell(refsOf(s, kind))) })),
    },
    overTime(articles, speakers, allRefs),
    quotedVsMentioned(articles, speakers, people, allRefs),
    statedGender(attributed, allRefs),
  ];
}

const SOURCE_TYPES: { label: string; test: (s: CorpusSpeaker) => boolean }[] = [
  { label: 'Named people', test: (s) => s.kind === 'person' },
  { label: 'Organizations', test: (s) => s.kind === 'organization' },
  { label: 'Other named (places, handles)', test: (s) => !['person', 'organization', 'unresolved', 'unattributed'].includes(s.kind) },
  { label: 'Unnamed sources', test: (s) => s.kind === 'unresolved' },
  { label: 'Unattributed', test: (s) => s.kind === 'unattributed' },
];

/** Claims per date header: by day when the dates fall in one month, else by month; undated articles last. */
function overTime(articles: readonly CorpusArticle[], speakers: readonly CorpusSpeaker[], allRefs: (s: CorpusSpeaker) => Ref[]): Chart {
  const dateOf = new Map(articles.map((a) => [a.uri, a.date]));
  const dated = speakers.flatMap(allRefs).map((ref) => ({ date: dateOf.get(ref.uri) ?? null, ref }));
  const dates = [...new Set(dated.map((x) => x.date).filter((d) => d !== null))].sort();
  const byMonth = dates.length > 0 && dates[0].slice(0, 7) !== dates[dates.length - 1].slice(0, 7);
  const period = (date: string | null): string => (date === null ? 'No date' : byMonth ? date.slice(0, 7) : date);
  const rows = new Map<string, Ref[]>(dates.map((d) => [period(d), []]));
  for (const { date, ref } of dated) {
    const label = period(date);
    const list = rows.get(label);
    if (list) list.push(ref);
    else rows.set(label, [ref]);
  }
  return {
    id: 'overTime',
    title: 'Claims over time',
    description: `Quotes and reported claims by the articles' date header, per ${byMonth ? 'month' : 'day'}.`,
    unit: 'claims',
    rowTitle: 'Date',
    series: ['Claims'],
    rows: [...rows].map(([label, refs]) => ({ label, cells: [cell(refs)] })),
  };
}

/** People quoted at least once vs people only mentioned, each counted once across the articles. */
function quotedVsMentioned(articles: readonly CorpusArticle[], speakers: readonly CorpusSpeaker[], people: PeopleIndex, allRefs: (s: CorpusSpeaker) => Ref[]): Chart {
  const quoted = speakers.filter((s) => s.kind === 'person');
  const quotedKeys = new Set(quoted.map((s) => nameKey(s.name)));
  const mentioned = new Map<string, Ref>();
  for (const article of articles) {
    for (const entity of article.analysis.entities) {
      if (entity.type !== 'person') continue;
      const name = people.find(entity.name)?.name ?? entity.name;
      const key = nameKey(name);
      if (quotedKeys.has(key) || mentioned.has(key)) continue;
      const first = entity.mentions[0];
      if (!first) continue;
      mentioned.set(key, { uri: article.uri, path: article.path, line: lineAt(article, first.start), start: first.start, end: first.end, who: name, what: first.text });
    }
  }
  return {
    id: 'quotedVsMentioned',
    title: 'People quoted vs merely mentioned',
    description: 'Named people who are quoted at least once, and those the articles name but never quote.',
    unit: 'people',
    rowTitle: 'Named people',
    series: ['People'],
    rows: [
      { label: 'Quoted', cells: [{ count: quoted.length, refs: quoted.flatMap(allRefs) }] },
      { label: 'Mentioned only', cells: [{ count: mentioned.size, refs: [...mentioned.values()] }] },
    ],
  };
}

const GENDER_ROWS = [
  { gender: 'female', label: 'Women (she, Mrs., Ms.)' },
  { gender: 'male', label: 'Men (he, Mr.)' },
  { gender: undefined, label: 'Not stated' },
] as const;

/**
 * Claims of named people by the gender the articles state for them. A person merged across articles takes the
 * gender the articles agree on; none, or articles that disagree, is "not stated".
 */
function statedGender(speakers: readonly CorpusSpeaker[], allRefs: (s: CorpusSpeaker) => Ref[]): Chart {
  const persons = speakers.filter((s) => s.kind === 'person');
  const genderOf = (s: CorpusSpeaker): StatedGender | undefined => {
    const stated = new Set<StatedGender>();
    for (const { article, claims } of s.articles) {
      for (const c of claims) {
        const gender = c.speaker?.entityId ? article.genders[c.speaker.entityId] : undefined;
        if (gender) stated.add(gender);
      }
    }
    return stated.size === 1 ? [...stated][0] : undefined;
  };
  const genders = new Map(persons.map((s) => [s, genderOf(s)]));
  return {
    id: 'statedGender',
    title: 'Speakers by gender as the articles state it',
    description: 'Claims of named people by the pronouns and honorifics the articles use for them; never guessed from a name.',
    unit: 'claims',
    rowTitle: 'Stated gender',
    series: ['Claims'],
    rows: GENDER_ROWS.map(({ gender, label }) => ({ label, cells: [cell(persons.filter((s) => genders.get(s) === gender).flatMap(allRefs))] })),
  };
}

function refsOf(speaker: CorpusSpeaker, kind?: ClaimKind): Ref[] {
  return speaker.articles.flatMap(({ article, claims }) => claims.filter((c) => !kind || c.kind === kind).map((c) => refOf(speaker, article, c)));
}

function refOf(speaker: CorpusSpeaker, article: CorpusArticle, claim: Claim): Ref {
  return { uri: article.uri, path: article.path, line: lineAt(article, claim.start), start: claim.start, end: claim.end, who: speaker.name, what: oneLineOf(claim) };
}

/** A claim appears in several charts: its one-line text is made once (and forgotten with the analysis). */
function oneLineOf(claim: Claim): string {
  let line = oneLines.get(claim);
  if (line === undefined) oneLines.set(claim, (line = oneLine(claim.text, 200)));
  return line;
}

const oneLines = new WeakMap<Claim, string>();

function cell(refs: Ref[]): { count: number; refs: Ref[] } {
  return { count: refs.length, refs };
}
