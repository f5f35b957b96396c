// A small article and an Analysis of it written by hand, so the editor's view models are tested without the
// engine: a person quoted twice (once by a descriptor), an organization, a speaker that resolves to no
// entity, an unattributed quote, and a non-BMP character before the offsets that matter.
import type { Analysis, Claim, ClaimKind, Entity, Mention, Speaker } from '../../../src/engine/types';

export const TEXT = [
  'date 2024-03-01',
  '',
  '🇵🇱 “We will build it,” Jane Roe said. “It opens in May.”',
  '',
  'Acme Corp said costs had risen since March.',
  '',
  '“Nobody asked us,” residents said.',
  '',
  'The mayor said the bridge was worth it.',
  '',
  '“A *bold* [plan],” read a banner.',
].join('\n');

/** The span of the n-th occurrence (0-based) of `s` in TEXT. */
export function at(s: string, n = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= n; i++) {
    start = TEXT.indexOf(s, start + 1);
    if (start < 0) throw new Error(`fixture: no occurrence ${n} of ${s}`);
  }
  return { start, end: start + s.length };
}

function mention(s: string, form: Mention['form'] = 'name', n = 0): Mention {
  return { ...at(s, n), text: s, form };
}

function speaker(s: string, entityId: string | null, n = 0): Speaker {
  return { ...at(s, n), text: s, entityId, resolution: entityId ? 'named' : null };
}

function claim(id: string, kind: ClaimKind, pieces: string[], who: Speaker | null, cueAt: number | null): Claim {
  const spans = pieces.map((p) => at(p));
  return {
    id,
    kind,
    spans,
    start: spans[0].start,
    end: spans[spans.length - 1].end,
    text: pieces.join(' '),
    cue: cueAt === null ? null : { ...at('said', cueAt), text: 'said' },
    speaker: who,
  };
}

const jane: Entity = {
  id: 'person:jane-roe',
  type: 'person',
  name: 'Jane Roe',
  mentions: [mention('Jane Roe'), mention('The mayor', 'descriptor')],
};
const acme: Entity = { id: 'organization:acme-corp', type: 'organization', name: 'Acme Corp', mentions: [mention('Acme Corp')] };
const may: Entity = { id: 'date:may', type: 'date', name: 'May', mentions: [mention('May')] };
const march: Entity = { id: 'date:march', type: 'date', name: 'March', mentions: [mention('March')] };

export const CLAIMS = {
  build: claim('c-build', 'direct', ['“We will build it,”', '“It opens in May.”'], speaker('Jane Roe', jane.id), 0),
  costs: claim('c-costs', 'indirect', ['costs had risen since March'], speaker('Acme Corp', acme.id), 1),
  nobody: claim('c-nobody', 'direct', ['“Nobody asked us,”'], speaker('residents', null), 2),
  bridge: claim('c-bridge', 'indirect', ['the bridge was worth it'], speaker('The mayor', jane.id), 3),
  banner: claim('c-banner', 'direct', ['“A *bold* [plan],”'], null, null),
};

export const ANALYSIS: Analysis = {
  textLength: TEXT.length,
  entities: [jane, may, acme, march],
  claims: [CLAIMS.build, CLAIMS.costs, CLAIMS.nobody, CLAIMS.bridge, CLAIMS.banner],
};
