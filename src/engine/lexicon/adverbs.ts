import { words } from './words';
// Adverbs in -ly that open a sentence capitalised ("Roughly translated from Latin, …", "Specifically, …",
// "Hastily politicizing the tragedy, Trump …"), where a suffix test cannot tell them from names in -ly ("Kelly",
// "Beverly", "Emily"). Written out by hand: the sentence, manner and time adverbs of English news style, lower case.
const LY_ADVERBS = words(`
  roughly specifically hastily ultimately publicly privately initially usually essentially shortly immediately
  eventually finally frankly honestly clearly obviously apparently reportedly allegedly notably importantly
  interestingly ironically similarly additionally consequently accordingly fortunately unfortunately
  surprisingly unsurprisingly increasingly generally typically originally previously recently currently
  certainly probably possibly really simply actually basically naturally technically traditionally
  historically politically personally separately subsequently quickly slowly suddenly briefly repeatedly
  openly quietly loudly firmly strongly largely mostly partly nearly merely barely hardly entirely fully
  seemingly presumably supposedly arguably admittedly undoubtedly evidently curiously oddly sadly happily
  luckily thankfully hopefully regrettably predictably inevitably understandably remarkably strikingly
  tellingly crucially critically significantly officially formally informally legally morally ethically
  economically financially militarily diplomatically domestically internationally nationally locally globally
  literally figuratively loosely broadly strictly precisely exactly approximately relatively comparatively
  alternatively conversely respectively formerly lately newly freshly momentarily
  temporarily permanently occasionally frequently rarely constantly continually regularly`);

/** Whether a (lower-case) word is an adverb in -ly, not a name such as "Kelly" or a noun such as "family". */
export function isLyAdverbWord(word: string): boolean {
  return LY_ADVERBS.has(word);
}
