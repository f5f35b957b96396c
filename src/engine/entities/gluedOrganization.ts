// An organization's name glued to the person's name after it, when no punctuation parts them ("the
// Washington Post Trump said", "Speaker of the House Newt Gingrich"): the tagger reads one name.
import { words } from '../lexicon/words';

// Head nouns that end an organization's name and are never a given name: companies', institutions', news
// outlets' and legislatures' ("Acme Corporation", "Budget Office", "Washington Post", "the House").
const GLUED_HEAD = words(
  'corporation company group holdings industries airlines airways bank university college institute party union '
  + 'association federation council committee commission agency ministry department foundation '
  + 'post times journal tribune herald gazette news office service services bureau board house senate congress parliament court',
);
// Of those, the ones that name an organization alone (a chamber: "the House"): the rest need a name before them.
const CHAMBER = words('house senate congress parliament');

/**
 * In a run of capitalised words read as one name, the index of the word that ends an organization's name
 * glued before a person's: the last head noun with only capitalised words after it. 0 when the run opens
 * with a chamber ("House Newt Gingrich"), -1 when no organization is glued there.
 */
export function gluedOrganizationEnd(written: readonly string[]): number {
  for (let k = written.length - 2; k >= 0; k--) {
    if (!/^\p{Lu}/u.test(written[k]) || !GLUED_HEAD.has(written[k].toLowerCase())) continue;
    if (k === 0 && !CHAMBER.has(written[k].toLowerCase())) return -1;
    return written.slice(k + 1).every((w) => /^\p{Lu}/u.test(w)) ? k : -1;
  }
  return -1;
}
