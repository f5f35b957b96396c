// Legal forms of companies: the company-law abbreviations of English-, German-, Romance-, Dutch- and
// Nordic-language countries. Source: the legal-form abbreviations in common use, written out by hand.
import { words } from './words';

/**
 * Legal forms as they are written after a company's name ("Lear Corp", "Alpentrans AG"). Case matters, so that
 * "CO" (Colorado) or "As" are not taken: this list makes a run of capitalised words a company by itself.
 */
export const LEGAL_FORMS = words(`
  Inc Inc. Corp Corp. Co Co. Cos Cos. Ltd Ltd. LLC LLP Plc PLC plc AG GmbH SpA S.p.A. SA S.A. NV N.V. BV B.V.
  AB ASA Oy Oyj A/S KGaA Srl S.r.l. Pty Bhd Berhad SE INC CORP LTD L.P. L.L.C.`);

/**
 * Legal forms in lower case, without their period, as the last word of a name already typed an organization:
 * its bare name ("Alpentrans" for "Alpentrans AG") is the same company. Wider than LEGAL_FORMS ("Group",
 * "AS", "KG"), since the name is already known to be an organization.
 */
const LEGAL_FORM_KEYS = words('ag gmbh inc ltd llc plc corp co sa sas spa nv bv ab asa oy oyj as a/s kg se srl pty group');

/** Whether a lower-case word (a period allowed at its end) is a legal form ending an organization's name. */
export function isLegalFormKey(word: string): boolean {
  return LEGAL_FORM_KEYS.has(word.endsWith('.') ? word.slice(0, -1) : word);
}

/**
 * A company's name key (lower case, single spaces) without its legal form ("lear" for "lear corp.", "google" for
 * "google, inc."), or undefined when it ends in none: the bare name is the same company.
 */
export function bareCompanyKey(key: string): string | undefined {
  const cut = key.lastIndexOf(' ');
  return cut > 0 && isLegalFormKey(key.slice(cut + 1)) ? key.slice(0, cut).replace(/,$/u, '') : undefined;
}

/**
 * Sports clubs' forms, part of the club's name: written before it ("FC Basel", "VfB Stuttgart", "AC Milan") or,
 * the first four, after it ("Sunderland A.F.C.", "Valencia CF"). Case matters ("Sc", "sv" are no forms). Source:
 * the abbreviations of European football clubs' registered names, written out by hand.
 */
export const CLUB_FORMS_AFTER = words('FC F.C. AFC A.F.C. CF C.F.');
export const CLUB_FORMS_BEFORE = words(CLUB_FORMS_AFTER, 'SC SV VfB VfL TSV FSV SpVgg FK NK SK AC RC KV KRC');
