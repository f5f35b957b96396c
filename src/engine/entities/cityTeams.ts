// A city is an organization only as its team, and teams play on sports pages: the tagger, trained mostly on Reuters
// 1996 (a third of it sports results), types towns as clubs elsewhere too ("signed as a solo artist from
// Liverpool", "the line between Brighton and Southampton").
import { compiledNow } from '../text/compiledNow';
import { listedAsPlaceOnly } from './gazetteer';
import { writtenOf, type LineMention } from './lineMention';

// A score or a result: "3-1", "beat", "won 2", "drew" … Any one makes the article a sports page.
const SPORTS = compiledNow(/(?<![\d.,/-])\d{1,2}-\d{1,2}(?![\d/-])|\b(?:beat|beats|drew|draw|defeated|innings|goals?|scored|halftime|half-time|playoffs?|semifinals?|quarterfinals?|league|club|clubs|match|matches|season|coach|squad|standings|championships?|tournaments?|cup|soccer|football|baseball|cricket|rugby|hockey|basketball|tennis|golf|games?|teams?|players?)\b/iu);
/**
 * The tagger's lead for "organization" under which a town it types so is taken for the town (./typeLeads; tuned
 * on the WikiGold and UNER train parts: a surer organization is usually a club or firm named after the town).
 */
const TEAM_LEAD = 120;

/** Retypes (in place), outside sports pages, the one-word organizations the lexicons know only as places. */
export function typeTownsOutsideSports(text: string, mentions: LineMention[]): void {
  if (SPORTS.test(text)) return;
  for (const m of mentions) {
    if (m.type !== 'organization' || m.doubted || m.typeLead === undefined || m.typeLead >= TEAM_LEAD) continue;
    const written = writtenOf(text, m);
    if (!/\s/u.test(written) && listedAsPlaceOnly(written.toLowerCase())) m.type = 'place';
  }
}
