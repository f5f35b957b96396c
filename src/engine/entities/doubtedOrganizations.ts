// The document's word on the organizations the tagger doubted in their sentence (./unsureOrganizations): most
// such names in web text are products, currencies or common words, but one the article names elsewhere as an
// organization without doubt is that organization here too.
import { bareCompanyKey } from '../lexicon/organizations';
import { nameKeyOf, type LineMention } from './lineMention';

/** The mentions less the doubted organizations the rest of the article does not confirm; the confirmed ones lose their doubt. */
export function withConfirmedOrganizations(text: string, mentions: LineMention[]): LineMention[] {
  if (!mentions.some((m) => m.doubted)) return mentions;
  const sure = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'organization' || m.doubted) continue;
    const key = nameKeyOf(text, m);
    sure.add(key);
    // A company named with its legal form ("Acme Holdings, Inc.") confirms its bare name ("Acme Holdings").
    const bare = bareCompanyKey(key);
    if (bare) sure.add(bare);
  }
  const out: LineMention[] = [];
  for (const m of mentions) {
    if (m.doubted) {
      if (!sure.has(nameKeyOf(text, m))) continue;
      m.doubted = undefined;
    }
    out.push(m);
  }
  return out;
}
