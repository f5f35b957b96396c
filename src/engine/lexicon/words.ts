/**
 * The one way the engine declares a word list: words separated by spaces or new lines (lower case unless case
 * matters, as in LEGAL_FORMS), and other word sets taken in whole ("words('who', SUBORDINATORS)").
 */
export function words(...parts: Array<string | ReadonlySet<string>>): ReadonlySet<string> {
  const set = new Set<string>();
  for (const part of parts) for (const w of typeof part === 'string' ? part.split(/\s+/) : part) if (w) set.add(w);
  return set;
}
