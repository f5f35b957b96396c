// The people file (.news-annotator/people.json): canonical names, the aliases articles use for them, and
// optional attributes. It merges a person's speaker nodes across articles that name them differently.

export interface Person {
  name: string;
  aliases: string[];
  /** Free-form facts the user keeps (role, affiliation …), shown in tooltips. */
  attributes: Record<string, string>;
}

export interface PeopleFile {
  people: Person[];
  /** What was wrong with the file, one message per problem; the valid entries are still used. */
  errors: string[];
}

/**
 * Reads the people file: a list of `{ "name": …, "aliases": […], "attributes": {…} }`, or an object with such
 * a list under `people`. Bad entries are reported and skipped, never fatal.
 */
export function parsePeople(json: string): PeopleFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { people: [], errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.people) ? data.people : undefined;
  if (!list) return { people: [], errors: ['expected a list of people, or an object with a "people" list'] };
  const people: Person[] = [];
  const errors: string[] = [];
  list.forEach((entry: unknown, i: number) => {
    if (!isObject(entry) || typeof entry.name !== 'string' || !entry.name.trim()) {
      errors.push(`entry ${i + 1}: needs a "name" string`);
      return;
    }
    const aliases = Array.isArray(entry.aliases) ? entry.aliases.filter((a): a is string => typeof a === 'string' && !!a.trim()) : [];
    if (entry.aliases !== undefined && aliases.length !== (Array.isArray(entry.aliases) ? entry.aliases.length : -1)) {
      errors.push(`entry ${i + 1} (${entry.name}): "aliases" must be a list of strings`);
    }
    const attributes: Record<string, string> = {};
    if (isObject(entry.attributes)) {
      for (const [key, value] of Object.entries(entry.attributes)) if (value !== null && typeof value !== 'object') attributes[key] = String(value);
    }
    people.push({ name: entry.name.trim(), aliases, attributes });
  });
  return { people, errors };
}

/**
 * The form names are compared in: Unicode-normalised, without diacritics, case or repeated spaces, so that
 * "Begoña Ibáñez" and "BEGONA IBANEZ" match.
 */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
    // Names repeat across a corpus: remember them, within bounds.
    if (nameKeys.size >= NAME_KEYS_KEPT) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

const nameKeys = new Map<string, string>();
const NAME_KEYS_KEPT = 50_000;

/** Finds the person a name or alias belongs to. */
export class PeopleIndex {
  private readonly byName = new Map<string, Person>();

  constructor(readonly people: readonly Person[] = []) {
    for (const person of people) {
      for (const name of [person.name, ...person.aliases]) if (!this.byName.has(nameKey(name))) this.byName.set(nameKey(name), person);
    }
  }

  find(name: string): Person | undefined {
    return this.byName.get(nameKey(name));
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
