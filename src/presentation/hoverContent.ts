// What a hover says about the entity mention and the quotes at an offset. Pure: no `vscode` import, so the
// wording and the counts are unit-tested in plain Node; hoverProvider.ts turns it into a trusted MarkdownString.
import { attributionOf } from '../engine/attribution';
import { oneLine, wordedCue } from '../formats/report';
import { claimLabel } from './claimsModel';
import type { Analysis, Claim, ClaimKind, Entity, EntityType, Mention, Span } from '../engine/types';
import { counted } from '../formats/counted';

/** Provided by the Speakers view: reveals the speaker node of an entity id. */
export const REVEAL_SPEAKER_COMMAND = 'newsAnnotator.revealSpeaker';

export interface HoverContent {
  /** Markdown; the only command link it holds is REVEAL_SPEAKER_COMMAND. */
  markdown: string;
  /** The range the hover belongs to: the mention, else the quote piece, cue or speaker under the offset. */
  span: Span;
}

const TYPE_LABEL: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  date: 'Date',
  handle: 'Social-media handle',
  hashtag: 'Hashtag',
  url: 'Link',
};

const KIND_LABEL: Record<ClaimKind, string> = {
  direct: 'Direct quote',
  mixed: 'Mixed quote (partly quoted, partly paraphrased)',
  indirect: 'Reported speech',
};

const contains = (span: Span, offset: number) => span.start <= offset && offset < span.end;

/** Escapes text so Markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

function revealLink(entityId: string): string {
  const args = encodeURIComponent(JSON.stringify([entityId]));
  return `[Show in Speakers](command:${REVEAL_SPEAKER_COMMAND}?${args} "Reveal this speaker in the Speakers view")`;
}

/** How many of an entity's claims its hover lists, and how many of the forms it is written in. */
const LISTED_CLAIMS = 5;
const LISTED_FORMS = 12;

/** Every form merged into the entity ("Obama", "the president", "he"), so a wrong merge shows at a glance. */
function formsLine(entity: Entity): string {
  const forms = [...new Set(entity.mentions.map((m) => oneLine(m.text, 60)))];
  const shown = forms.slice(0, LISTED_FORMS).map((f) => `“${escapeMarkdown(f)}”`);
  if (forms.length > LISTED_FORMS) shown.push(`and ${forms.length - LISTED_FORMS} more`);
  return `Written as ${shown.join(', ')}`;
}

/** One claim of a speaker with its cue, which says what kind of saying it was ("praised", "denied"). */
function saidLine(claim: Claim): string {
  const cue = wordedCue(claim);
  return `- ${cue ? `*${escapeMarkdown(oneLine(cue.text, 40))}*: ` : ''}${escapeMarkdown(claimLabel(claim, 70))}`;
}

/** A pronoun or descriptor says whom it was resolved to: "“he” refers to **Joe Roe**". */
function referenceLine(entity: Entity, mention: Mention): string | null {
  if (mention.form !== 'pronoun' && mention.form !== 'descriptor') return null;
  return `“${escapeMarkdown(oneLine(mention.text, 60))}” refers to **${escapeMarkdown(entity.name)}** (resolved ${mention.form})`;
}

function entitySection(entity: Entity, mention: Mention, claims: readonly Claim[]): string {
  const said = claims.filter((c) => c.speaker?.entityId === entity.id);
  const counts = [counted(entity.mentions.length, 'mention')];
  if (said.length > 0) counts.push(counted(said.length, 'claim'));
  const reference = referenceLine(entity, mention);
  const lines = [...(reference ? [reference] : []), `**${escapeMarkdown(entity.name)}** · ${TYPE_LABEL[entity.type]}`, counts.join(' · '), formsLine(entity)];
  if (said.length > 0) {
    const more = said.length > LISTED_CLAIMS ? `\n- … and ${said.length - LISTED_CLAIMS} more` : '';
    lines.push(said.slice(0, LISTED_CLAIMS).map(saidLine).join('\n') + more);
    lines.push(revealLink(entity.id));
  }
  return lines.join('\n\n');
}

function claimSection(claim: Claim, entities: ReadonlyMap<string, Entity>, linked: Set<string>): string {
  const attribution = attributionOf(claim, entities);
  const speaker = claim.speaker;
  let by = 'unattributed (no speaker found)';
  if (attribution.entityId !== null) {
    by = `by **${escapeMarkdown(attribution.name)}**`;
    if (speaker && speaker.text !== attribution.name) by += ` (written “${escapeMarkdown(speaker.text)}”)`;
  } else if (attribution.kind === 'unresolved') {
    by = `by **${escapeMarkdown(attribution.name)}** (unresolved: not linked to a named entity)`;
  } else if (attribution.kind !== 'unattributed') {
    by = `by **${escapeMarkdown(attribution.name)}** (named together)`;
  }
  const lines = [`**${KIND_LABEL[claim.kind]}** ${by}`];
  lines.push(claim.cue ? `Cue: “${escapeMarkdown(claim.cue.text)}”` : 'No attribution cue');
  if (attribution.entityId !== null && !linked.has(attribution.entityId)) {
    linked.add(attribution.entityId);
    lines.push(revealLink(attribution.entityId));
  }
  return lines.join('\n\n');
}

/** The hover at a text offset, or undefined when nothing annotated is there. */
export function hoverAt(analysis: Analysis, offset: number): HoverContent | undefined {
  let hit: { entity: Entity; mention: Mention } | undefined;
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) {
      const narrower = !hit || mention.end - mention.start < hit.mention.end - hit.mention.start;
      if (contains(mention, offset) && narrower) hit = { entity, mention };
    }
  }
  const claims: { claim: Claim; span: Span }[] = [];
  for (const claim of analysis.claims) {
    const at = [...claim.spans, claim.cue, claim.speaker].find((s): s is Span => !!s && contains(s, offset));
    if (at) claims.push({ claim, span: at });
  }
  if (!hit && claims.length === 0) return undefined;

  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const sections: string[] = [];
  // One "Show in Speakers" link per speaker, however many sections name it.
  const linked = new Set<string>();
  if (hit) {
    sections.push(entitySection(hit.entity, hit.mention, analysis.claims));
    linked.add(hit.entity.id);
  }
  for (const { claim } of claims) sections.push(claimSection(claim, entities, linked));
  const at = hit ? hit.mention : claims[0].span;
  return { markdown: sections.join('\n\n---\n\n'), span: { start: at.start, end: at.end } };
}
