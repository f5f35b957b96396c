// Places written as a chain that narrows to its region ("Paxton, Illinois", "Blackburn, Lancashire, England"):
// the tagger, seeing an unknown town or county, often takes it for an organization, but only a place is
// written before a comma and the state, county or country it lies in.
import { isKnownPlace } from '../lexicon/places';
import { listedAsPlaceOnly, wordClass } from './gazetteer';
import type { LineMention } from './lineMention';
import { compiledNow } from '../text/compiledNow';

// Only a comma and spaces between the two names of a chain.
const CHAIN_COMMA = compiledNow(/^,[ \t]+$/u);
// What joins the names of a list ("Essex, Derbyshire and Surrey", "IDLC, Acme Lamps, …"): teams and companies
// are listed so, and a list is no chain. A comma may also go on with the chain ("…, Lancashire, England").
const LIST_COMMA = compiledNow(/^[ \t]*,[ \t]*$/u);
const LIST_WORD = compiledNow(/^[ \t]*,?[ \t]*(?:and|or|&)[ \t]*$/u);
// A chain's last place ends a clause: a word of the sentence after it ("Grace Road, Leicestershire extended their
// lead") shows a team or an actor.
const CLAUSE_END = compiledNow(/^[ \t]*(?:[,.;:)!?]|$)/u);
// A name with a lower-case letter: an acronym before a country ("NATO, Russia") is a list of actors, not a chain.
const WRITTEN_OUT = compiledNow(/\p{Ll}/u);

/** True when the lexicons know the name as a country, region, state or city, and not as an organization. */
function lexiconPlace(name: string): boolean {
  return isKnownPlace(name) || listedAsPlaceOnly(name.toLowerCase());
}

/** True when a word of the name is a given name the lexicons know. */
const hasGivenName = (name: string): boolean => name.split(/[ \t]+/u).some((w) => wordClass(w.toLowerCase()).includes('F'));

/**
 * Retypes (in place) the organizations of a line's sorted `names` that stand in such a chain: one right before ", "
 * and a place the lexicons know, and one the lexicons know as a place right after a place and ", " where the clause
 * ends. Neither when the two are part of a list (a name joined before or after them that is no known place), nor
 * a name ending in an organization's head word (`organizationHead`: "Michigan National Bank, Detroit"). Each is
 * marked sure, so that it outweighs the tagger's guesses for the same name elsewhere in the article (see ./merge
 * unifyTypes).
 */
export function typePlaceChains(line: string, names: LineMention[], organizationHead: (word: string) => boolean): void {
  const written = (m: LineMention): string => line.slice(m.start, m.end);
  // Whether x, the name before or after y, is listed with it: joined by a conjunction, or by a comma where
  // `other` (the one of the two further down the chain) is no known place.
  const listed = (x: LineMention | undefined, y: LineMention, other: LineMention): boolean => {
    if (x === undefined) return false;
    const between = x.end <= y.start ? line.slice(x.end, y.start) : line.slice(y.end, x.start);
    return LIST_WORD.test(between) || (LIST_COMMA.test(between) && !lexiconPlace(written(other)));
  };
  for (let i = 1; i < names.length; i++) {
    const [a, b] = [names[i - 1], names[i]];
    if (!CHAIN_COMMA.test(line.slice(a.end, b.start))) continue;
    const [first, second] = [written(a), written(b)];
    if (!lexiconPlace(second) || listed(names[i - 2], a, a) || listed(names[i + 1], b, names[i + 1])) continue;
    if (a.type === 'organization' && WRITTEN_OUT.test(first) && !organizationHead(first.slice(first.lastIndexOf(' ') + 1))) {
      a.type = 'place';
      a.sure = true;
    }
    // A "person" with no given name before a known place ending the clause ("born in Senlis, Oise", "Trosten,
    // England, 1945"): the tagger reads an unknown town as a surname.
    if (a.type === 'person' && b.type === 'place' && CLAUSE_END.test(line.slice(b.end)) && !hasGivenName(first)) {
      a.type = 'place';
      a.sure = true;
    }
    if (b.type === 'organization' && a.type === 'place' && CLAUSE_END.test(line.slice(b.end))) {
      b.type = 'place';
      b.sure = true;
    }
  }
}
