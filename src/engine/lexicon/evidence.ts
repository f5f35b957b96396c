import { words } from '../lexicon/words';
// Things that news cites as the source of a finding, not persons: "a new poll shows …", "…, records show",
// "the study found …". Source: the evidential subjects of English news style (polls, documents, data and
// reports, and the ads, suits and articles that argue), written out by hand; singular and plural forms, lower case.

const NOUNS = words(`
  poll polls polling survey surveys study studies research analysis analyses report reports data figures
  numbers statistics results estimates projections records record documents document filings filing email
  emails memo memos files video videos footage photo photos images census tally count review audit investigation
  inquiry probe evidence findings testimony transcript transcripts letter statement release index model
  forecast ratings experience history measure bill plan proposal initiative platform rule ruling order law
  average averages slide slides chart charts graph graphs table tables tracker trackers ad ads advertisement
  commercial commercials lawsuit lawsuits suit complaint editorial editorials article column book`);

/** Whether a (lower-case) noun names a document, finding or measure that can "show", "find" or "call for". */
export function isEvidenceNoun(word: string): boolean {
  return NOUNS.has(word);
}
