// Stands in for src/formats/claimsCsv.ts (the CLI's `--format csv`, being landed by the CLI work) with the
// same functions, so the corpus export switches to it by changing one import and deleting this file.
import type { Analysis } from '../../engine/types';

export interface AnalysedArticle {
  file: string;
  text: string;
  analysis: Analysis;
}

const COLUMNS = ['file', 'date', 'line', 'speaker', 'speaker_as_written', 'kind', 'cue', 'claim'];

function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(values: readonly (string | number | null | undefined)[]): string {
  return values.map(field).join(',') + '\r\n';
}

export function claimsCsvHeader(): string {
  return row(COLUMNS);
}

export function claimsCsvRecords({ file, text, analysis }: AnalysedArticle): string {
  const date = /^\uFEFF?[ \t\u00A0]*date[ \t]+(\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? null;
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  return analysis.claims
    .map((c) => row([file, date, text.slice(0, c.start).split('\n').length, c.speaker?.entityId ? names.get(c.speaker.entityId) : null, c.speaker?.text, c.kind, c.cue?.text, c.text]))
    .join('');
}
