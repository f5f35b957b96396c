// Titles of works written after a noun that says what they are ("the album A Beautiful Lie", "his 1801 novel
// "Florentin"", "the serial, Snakedance"): the tagger reads their capitals as people, organizations or places,
// and the engine has no type for a work, so the names inside them are dropped (see ./quotedTitles).
import { TITLE_SMALL_WORDS } from '../lexicon/closedClass';
import { words } from '../lexicon/words';
import { QUOTED_WORK_NOUNS, WORK_NOUNS } from '../lexicon/works';
import { compiledNow } from '../text/compiledNow';

// The work nouns as written in a sentence or opening one ("album", "Album").
const NOUN_FORMS = [...QUOTED_WORK_NOUNS].flatMap((n) => [n, n[0].toUpperCase() + n.slice(1)]);
// A work noun, then an optional comma or colon, then the title: in quotes, or a run of up to eight title-case words.
const AFTER_WORK_NOUN = compiledNow(new RegExp(
  String.raw`\b(${NOUN_FORMS.join('|')})([,:]?)\s+(?:["“]([^"“”\n]+)["”]|((?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*)`
  + String.raw`(?:\s+(?:of|the|a|an|to|in|on|and|for|with|at|by|from|[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*)){0,7}))`,
  'gu',
));
// After a comma a title opens with an article: the capitalised words after "the book," are more often its
// author's or another subject's name ("the book, Mitchell Zuckoff, said"), which an article never opens.
const ARTICLE = compiledNow(/^(?:The|A|An)\s/u);
// Small words that title case leaves in lower case: a title does not end in one.
const TRAILING_SMALL_WORDS = compiledNow(new RegExp(`(?:\\s+(?:${[...words(TITLE_SMALL_WORDS, 'with from')].join('|')}))+$`, 'u'));

/** The spans [start, end) of the titles of `line` named after a work noun. */
export function namedWorkTitles(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  AFTER_WORK_NOUN.lastIndex = 0;
  for (let m = AFTER_WORK_NOUN.exec(line); m; m = AFTER_WORK_NOUN.exec(line)) {
    const [whole, noun, comma, quoted, run] = m;
    const end = m.index + whole.length;
    if (quoted !== undefined) {
      out.push([end - quoted.length - 1, end - 1]);
      continue;
    }
    if (!WORK_NOUNS.has(noun) && !WORK_NOUNS.has(noun.toLowerCase())) continue;
    if (comma && !ARTICLE.test(run)) continue;
    const title = run.replace(TRAILING_SMALL_WORDS, '');
    out.push([end - run.length, end - run.length + title.length]);
  }
  return out;
}
