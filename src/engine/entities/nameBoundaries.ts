// Where a name starts, made to hold whatever the tagger's weights. Retrained weights move the first word of a name
// after a title, an initial or an article back and forth ("Secretary of State John F. Kerry" read "F. Kerry",
// "A Government Accountability Office" read "Accountability Office"); these rules read the start from the words
// themselves, on the tagger's labels (B-X opens a name of class X, I-X goes on with it, O is outside).
import { genderOfGivenName } from '../lexicon/gender';
import { isRoleNoun, isTitle, titleLengthAt } from '../lexicon/roles';
import { words } from '../lexicon/words';
import type { Token } from '../text/tokens';
import { relabel } from './bioLabels';
import { isCommonWord } from './commonWords';
import { CAPITALISED, INITIAL, NAME_WORD } from './nameShapes';

// A quotation mark that may open a sentence before its first word.
const OPEN_QUOTE = /^["“‘']$/u;
// A word in lower case (what goes on with a sentence after a name).
const LOWER_CASE_WORD = /^\p{Ll}/u;
// Articles: one before a name is not the name's, but the capitalised words after it are.
const ARTICLE = words('a an the A An The');
// Lower-case words inside an organization's name between capitalised ones ("Bank of England", "Doctors for Peace").
const NAME_JOINER = words('of for and &');
// The most capitalised words before an organization's name an article may open it with.
const ARTICLE_REACH = 4;

/** The class of a label ("PER" of "B-PER"), '' for "O". */
const classOf = (label: string): string => label.slice(2);

/** One past the last token of the run of names that token `i` opens (labels[i] a B-X). */
function runEnd(labels: readonly string[], i: number): number {
  let j = i + 1;
  while (j < labels.length && labels[j] === 'I-' + classOf(labels[i])) j++;
  return j;
}

/** True when a capitalised word can be a given name: the lexicon has it as one, or it is no common word, title or role. */
function givenNameLike(word: string): boolean {
  if (!NAME_WORD.test(word) || isTitle(word) || isRoleNoun(word)) return false;
  return genderOfGivenName(word) !== null || !isCommonWord(word.toLowerCase());
}

/**
 * A person's name that opens with an initial takes the given name before it ("John" | "F. Kerry"), whatever the
 * tagger made of that word (nothing, or the end of a title's department: "Secretary of State John").
 */
function givenNameBeforeInitials(tokens: Token[], labels: string[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (labels[i] !== 'B-PER' || !INITIAL.test(tokens[i].text)) continue;
    const before = i - 1;
    if (labels[before].endsWith('-PER') || !givenNameLike(tokens[before].text)) continue;
    // Only a space between: a given name and its initial are not parted by punctuation.
    if (tokens[before].end + 1 < tokens[i].start) continue;
    labels[before] = 'B-PER';
    labels[i] = 'I-PER';
  }
}

/**
 * A given name, initials and a capitalised surname are one person's name, whatever the tagger typed or cut of them
 * ("Delwyn K." read as an organization and "Ostrander" left out): no other kind of name has a middle initial.
 */
function personWithInitials(tokens: Token[], labels: string[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (labels[i][0] !== 'B' || labels[i] === 'B-PER' || !givenNameLike(tokens[i].text)) continue;
    let k = i + 1;
    while (k < tokens.length && INITIAL.test(tokens[k].text)) k++;
    if (k === i + 1 || k >= tokens.length || !givenNameLike(tokens[k].text)) continue;
    // The tagger's name ends within the three; the surname opens no longer name of its own.
    const end = runEnd(labels, i);
    if (end > k + 1 || (end <= k && labels[k][0] !== 'O' && runEnd(labels, k) > k + 1) || (labels[k + 1] ?? 'O')[0] === 'I') continue;
    relabel(labels, i, k + 1, 'PER');
  }
}

/** True when a title ends right before token `at` ("Secretary of State" before "John"). */
function titleEndsBefore(tokens: Token[], at: number): boolean {
  const texts = tokens.slice(Math.max(0, at - 4), at + 1).map((t) => t.text);
  for (let k = 0; k < texts.length - 1; k++) {
    if (titleLengthAt(texts, k) === texts.length - 1 - k) return true;
  }
  return false;
}

/**
 * A title before a person's name is not the name's, but the name starts right after it: the given names the tagger
 * left out or gave to another name between the title and the person's name join it ("Prime Minister" | "Jane" |
 * "Roe" is "Jane Roe").
 */
function personStartsAfterTitle(tokens: Token[], labels: string[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (labels[i] !== 'B-PER') continue;
    let from = i;
    // At most two given names (or initials) between the title and the name the tagger found.
    while (from > 0 && i - from < 2 && !labels[from - 1].endsWith('-PER')
      && (givenNameLike(tokens[from - 1].text) || INITIAL.test(tokens[from - 1].text))) from--;
    if (from === i || !titleEndsBefore(tokens, from)) continue;
    relabel(labels, from, runEnd(labels, i), 'PER');
  }
}

/**
 * A person's name goes on over a particle and the capitalised word after it ("Osama" | "bin" | "Laden"), whatever
 * the tagger took that word for, when it is a word of its own (a longer name after a particle is another's:
 * "Sergio de" | "Buenos Aires" is not read so).
 */
function surnameAfterParticle(tokens: Token[], labels: string[], particles: ReadonlySet<string>): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!labels[i - 1].endsWith('-PER') || labels[i] !== 'O' || !particles.has(tokens[i].text)) continue;
    const next = i + 1;
    if (!NAME_WORD.test(tokens[next].text) || labels[next][0] === 'I') continue;
    const end = labels[next] === 'O' ? next + 1 : runEnd(labels, next);
    if (end !== next + 1 || (labels[end] ?? 'O')[0] === 'I') continue;
    if (labels[next] === 'O' && isCommonWord(tokens[next].text.toLowerCase())) continue;
    labels[i] = 'I-PER';
    labels[next] = 'I-PER';
  }
}

/**
 * After an article, the capitalised words before an organization's name are its own ("A" | "Government" |
 * "Accountability Office", "The" | "International" | "Atomic Energy Agency"): the name starts after the article
 * (./organizationRuns has joined a run the tagger cut that ends in a head noun). An article opening the sentence
 * that the tagger put in the name is not the name's.
 */
function organizationAfterArticle(tokens: Token[], labels: string[]): void {
  for (let a = 0; a + 1 < tokens.length; a++) {
    if (!ARTICLE.has(tokens[a].text)) continue;
    // An article the tagger opened a name with, at a sentence's start, is left out ("The" | "Acme Group").
    if (a === 0 && labels[0] === 'B-ORG' && labels[1] === 'I-ORG' && CAPITALISED.test(tokens[1].text)) {
      labels[0] = 'O';
      labels[1] = 'B-ORG';
    }
    if (labels[a] !== 'O' || !CAPITALISED.test(tokens[a + 1].text)) continue;
    // The capitalised words after the article, with joiners between them ("Bank of England"), and no title.
    let end = a + 1;
    while (end < tokens.length && (CAPITALISED.test(tokens[end].text) || (NAME_JOINER.has(tokens[end].text) && CAPITALISED.test(tokens[end + 1]?.text ?? '')))) end++;
    if (tokens.slice(a + 1, end).some((t) => isTitle(t.text))) continue;
    // An organization the tagger found that opens inside the run, after words it left out.
    let org = a + 1;
    while (org < end && labels[org] === 'O') org++;
    if (org > a + 1 && org < end && labels[org] === 'B-ORG' && org - (a + 1) <= ARTICLE_REACH) relabel(labels, a + 1, runEnd(labels, org), 'ORG');
  }
}

// An article opening a sentence, capitalised as the sentence's first word.
const OPENING_ARTICLE = words('A An The');

/**
 * Capitalised words after the article that opens a sentence, ending in an organization's head noun before a
 * lower-case word, are an organization's name even where the tagger found none ("A Rural Housing Office study
 * found"): the article's capital makes the tagger unsure where a name starts, and retrained weights tip it either
 * way. Two words at least, each written as a name is, none a title.
 */
function organizationOpeningSentence(tokens: Token[], labels: string[], isOrganizationHead: (word: string) => boolean): void {
  const a = OPEN_QUOTE.test(tokens[0]?.text ?? '') ? 1 : 0;
  if (!OPENING_ARTICLE.has(tokens[a]?.text ?? '')) return;
  let end = a + 1;
  while (end < tokens.length && NAME_WORD.test(tokens[end].text) && labels[end] === 'O' && !isTitle(tokens[end].text)) end++;
  if (end - a - 1 < 2 || !isOrganizationHead(tokens[end - 1].text) || !LOWER_CASE_WORD.test(tokens[end]?.text ?? '')) return;
  relabel(labels, a + 1, end, 'ORG');
}

/** What the rules need to know of the words around a name. */
export interface BoundaryWords {
  /** Lower-case words between a given name and a surname ("bin", "van", "de"). */
  particles: ReadonlySet<string>;
  /** True when a capitalised word ends an organization's name ("Agency", "Party", "Office"). */
  isOrganizationHead(word: string): boolean;
}

/** Sets the starts of names in one sentence's labels (changed in place) by the rules above. */
export function steadyNameStarts(tokens: Token[], labels: string[], known: BoundaryWords): void {
  givenNameBeforeInitials(tokens, labels);
  personWithInitials(tokens, labels);
  personStartsAfterTitle(tokens, labels);
  surnameAfterParticle(tokens, labels, known.particles);
  organizationAfterArticle(tokens, labels);
  organizationOpeningSentence(tokens, labels, known.isOrganizationHead);
}
