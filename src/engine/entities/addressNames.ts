// Names in e-mail addresses. A name inside an Internet address ("jo.roe@example.com", "<Jo.Roe@example.com>")
// is part of the address, no mention of its own; a name written with an in-house mail system's domain glued to it
// ("Jo Roe@ACME", Lotus Notes' form) is the person's address, one mention of the person, and the organization
// after a slash there ("Jo Roe/ACME@acmegate") is the organization's. Per line, after the tagger's pass (./local).
import { genderOfGivenName } from '../lexicon/gender';
import type { LineMention } from './lineMention';

// An Internet e-mail address: a local part, "@" and a domain with a dot ("…@example.com").
const INTERNET_ADDRESS = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// An in-house mail domain glued after a name: "@" and one word, no dot after it ("Jo Roe@ACME").
const HOUSE_DOMAIN = /^@\p{L}[\p{L}\p{N}-]*(?![\p{L}\p{N}.@-])/u;
// An organization after a slash, then its house domain, ending a person's mention ("Jo Roe/ACME@acmegate").
const SLASH_ORGANIZATION = /\/(\p{Lu}[\p{L}\p{N}-]*)(@\p{L}[\p{L}\p{N}-]*)?$/u;

const NAMED = new Set(['person', 'organization', 'place']);

/** True when the mention's words open with a given name or it is a person's: the words before "@" name a person. */
const namesPerson = (line: string, m: LineMention): boolean =>
  m.type === 'person' || genderOfGivenName(line.slice(m.start, m.end).split(/\s/u)[0]) !== null;

// A sender's name as mail headers write it, surname first in quotes before the address: "Roe, Jo" <jo@…>.
const SURNAME_FIRST_SENDER = /"(\p{Lu}[\p{L}'’-]+, \p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?)"\s*<[^<>\s]+@[^<>\s]+>/gu;

/** The line's mentions with the names in e-mail addresses read as the addresses show them. `mentions` are sorted. */
export function withAddressNames(line: string, mentions: LineMention[]): LineMention[] {
  if (!line.includes('@')) return mentions;
  const addresses = [...line.matchAll(INTERNET_ADDRESS)].map((a) => [a.index, a.index + a[0].length]);
  const senders = [...line.matchAll(SURNAME_FIRST_SENDER)].map((a): LineMention => ({ start: a.index + 1, end: a.index + 1 + a[1].length, type: 'person' }));
  const out: LineMention[] = [];
  for (const m of mentions) {
    const sender = senders.find((p) => m.start < p.end && p.start < m.end);
    if (sender) {
      if (!out.includes(sender)) out.push(sender);
      continue;
    }
    if (!NAMED.has(m.type)) {
      out.push(m);
      continue;
    }
    if (addresses.some(([a, b]) => m.start >= a && m.end <= b)) continue;
    const prev = out[out.length - 1];
    // The house domain after a name already taken in ("ACME" of "Jo Roe@ACME").
    if (prev && NAMED.has(prev.type) && m.end <= prev.end) continue;
    const text = line.slice(m.start, m.end);
    const slash = m.type === 'person' ? SLASH_ORGANIZATION.exec(text) : null;
    if (slash) {
      out.push({ ...m, end: m.start + slash.index });
      const domain = slash[2] ? '' : HOUSE_DOMAIN.exec(line.slice(m.end))?.[0] ?? '';
      out.push({ start: m.start + slash.index + 1, end: m.end + domain.length, type: 'organization' });
      continue;
    }
    const at = text.indexOf('@');
    if (at > 0 && HOUSE_DOMAIN.test(text.slice(at)) && namesPerson(line, m)) {
      // "Jo Roe@ACME COMMUNICATIONS": the person's address ends with the domain.
      const domain = HOUSE_DOMAIN.exec(text.slice(at))![0];
      out.push({ ...m, end: m.start + at + domain.length, type: 'person' });
      continue;
    }
    const domain = HOUSE_DOMAIN.exec(line.slice(m.end));
    if (domain) {
      // "Jo Roe@ACME": the person's address; "ACME@acmegate" after a slash: the organization's.
      const afterSlash = line[m.start - 1] === '/';
      out.push({ ...m, end: m.end + domain[0].length, type: afterSlash ? 'organization' : namesPerson(line, m) ? 'person' : m.type });
      continue;
    }
    out.push(m);
  }
  const missed = senders.filter((p) => !out.includes(p));
  return missed.length ? [...out, ...missed].sort((a, b) => a.start - b.start) : out;
}
