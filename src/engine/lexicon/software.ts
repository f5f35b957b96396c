// Words that show a program, an app or a site where a capitalised word follows "in" ("a bug in Firefox", "open the
// photo in Photoshop", "save it in Pages format"): written out by hand from general usage (not from any evaluation
// set). Only words that seldom stand before a place: not "crash" ("a plane crash in …"), "menu", "setting" or "apps".
import { words } from './words';

/** Nouns for parts and faults of a program, written right before "in" and the program's name ("a glitch in …"). */
export const SOFTWARE_NOUNS = words(`
  bug glitch glitches toolbar toolbars button buttons plugin plugins plug-in plug-ins add-on add-ons macro macros
  shortcut shortcuts preferences settings template templates formula formulas spreadsheet spreadsheets
`);

/** Verbs of working in a program, read a few words before "in" and the program's name ("edited the photo in …"). */
export const SOFTWARE_VERBS = words(`
  edit edits edited editing render renders rendered rendering debug debugged click clicks clicked paste pasted
  uninstall uninstalled bookmark bookmarked coded programmed formatted
`);

/** Verbs that show a program when their object is a file or a pronoun ("open it in …", "viewed the PDF in …"). */
export const OPENING_VERBS = words('open opens opened opening reopen reopened view views viewed');

/** Things a program opens ("open the attachment in …"). */
export const FILE_NOUNS = words(`
  file files document documents photo photos image images picture pictures link links page pages attachment
  attachments pdf PDF video videos spreadsheet spreadsheets
`);

/** Nouns that a program's name qualifies right after it ("in Pages format", "in Chrome's settings"). */
export const SOFTWARE_NOUNS_AFTER = words(`
  format formats browser document documents file files toolbar menu settings preferences app editor macro macros
  spreadsheet spreadsheets
`);
