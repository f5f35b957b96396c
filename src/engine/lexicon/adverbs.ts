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
  temporarily permanently occasionally frequently rarely constantly continually regularly highly definitely
  absolutely totally completely truly deeply extremely especially particularly seriously genuinely easily greatly`);

// Lower-case words in -ly that are nouns, adjectives or verbs, not adverbs: "the family said", "a top ally said".
const LY_NOT_ADVERBS = words(`
  family ally assembly rally supply monopoly anomaly daily weekly monthly quarterly homily bully only
  italy july reply belly jelly holy lonely elderly friendly costly likely unlikely deadly ugly silly orderly
  yearly hourly nightly lovely lively kindly comply apply imply multiply rely tally`);
// A lower-case word in -ly of five letters or more, hyphens allowed ("matter-of-factly"); "fly", "ally" are none.
const LY_FORM = /^\p{Ll}[\p{Ll}-]{2,}ly$/u;

/**
 * Whether a word as written is an adverb in -ly ("gingerly", "Specifically"): in lower case, any word in -ly but
 * a noun, adjective or verb such as "family" or "daily"; capitalised, only a listed adverb, since names end in -ly
 * too ("Kelly").
 */
export function isLyAdverb(text: string): boolean {
  const w = text.toLowerCase();
  return LY_FORM.test(text) ? !LY_NOT_ADVERBS.has(w) : LY_ADVERBS.has(w);
}
