// Small hand-made articles for the corpus models: text with quotes whose analysis is written out, so the tests
// check the models and not the engine.
import type { Analysis, Claim, Entity } from '../../../../src/engine/types';
import { corpusArticle, type CorpusArticle } from '../../../../src/presentation/corpus/article';

interface Said {
  /** The claim as written in the text. */
  quote: string;
  /** The speaker as written; resolved to `entity` when given. */
  speaker: string | null;
  entity?: { name: string; type: Entity['type'] };
  kind?: Claim['kind'];
}

/**
 * An article `date DATE` (or no header when date is null) with one paragraph per claim ("QUOTE, SPEAKER said.")
 * and `extra` paragraphs after them, analysed by hand: entities from the claims' speakers plus `mentioned`.
 */
export function article(path: string, date: string | null, said: Said[], extra: string[] = [], mentioned: { name: string; type: Entity['type'] }[] = []): CorpusArticle {
  let text = date ? `date ${date}\n\n` : '';
  const claims: Claim[] = [];
  const entities = new Map<string, Entity>();
  const entity = (name: string, type: Entity['type']): Entity => {
    const id = `${type}:${name.toLowerCase().replace(/\s+/g, '-')}`;
    let e = entities.get(id);
    if (!e) entities.set(id, (e = { id, type, name, mentions: [] }));
    return e;
  };
  said.forEach((s, i) => {
    const start = text.length;
    text += s.quote;
    const end = text.length;
    text += ', ';
    let speaker: Claim['speaker'] = null;
    if (s.speaker) {
      const at = text.length;
      text += s.speaker;
      const e = s.entity && entity(s.entity.name, s.entity.type);
      e?.mentions.push({ start: at, end: at + s.speaker.length, text: s.speaker, form: /^(she|he)$/i.test(s.speaker) ? 'pronoun' : 'name' });
      speaker = { start: at, end: at + s.speaker.length, text: s.speaker, entityId: e?.id ?? null, resolution: e ? 'named' : null };
      text += ' ';
    }
    const cue = { start: text.length, end: text.length + 4, text: 'said' };
    text += 'said.\n\n';
    claims.push({ id: `c${i}`, kind: s.kind ?? 'direct', start, end, spans: [{ start, end }], text: s.quote, cue, speaker });
  });
  for (const paragraph of extra) text += `${paragraph}\n\n`;
  for (const m of mentioned) {
    const at = text.indexOf(m.name);
    entity(m.name, m.type).mentions.push({ start: at, end: at + m.name.length, text: m.name, form: 'name' });
  }
  const analysis: Analysis = { textLength: text.length, entities: [...entities.values()], claims };
  return corpusArticle(`file:///ws/${path}`, path, text, analysis);
}

export const person = (name: string) => ({ name, type: 'person' as const });
export const organization = (name: string) => ({ name, type: 'organization' as const });
