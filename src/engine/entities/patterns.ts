// Entities found by their form rather than by the tagger: URLs (also bare "pic.twitter.com/…",
// "example.com/path"), @handles, #hashtags and dates. Offsets are relative to the text given.
import type { EntityType } from '../types';
import { compiledNow } from '../text/compiledNow';

export interface Found {
  start: number;
  end: number;
  type: EntityType;
}

// Common top-level domains, so that a bare "example.com/path" is a URL but "U.S." or "Inc." is not.
const TLD
  = 'com|org|net|edu|gov|mil|int|io|co|info|biz|news|tv|me|ly|app|dev|ai|eu|uk|us|ca|au|de|fr|it|es|nl|be|ch|'
    + 'at|se|no|dk|fi|pl|lt|lv|ee|ru|ua|by|cz|sk|hu|ro|bg|gr|pt|ie|jp|cn|in|br|mx|ar|za|nz|tr|il|kr|tw|hk|sg';
const URL = compiledNow(new RegExp(
  String.raw`\b(?:(?:https?|ftp)://|www\.)[^\s<>"“”'‘’()\[\]{}]+`
  + String.raw`|\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:${TLD})\b(?:/[^\s<>"“”'‘’()\[\]{}]*)?`,
  'giu',
));
// What every URL holds, read with URL's flags: "://" or "www." (its first branch), or a letter or digit, a period and
// a letter (its second, a domain before its top-level one). Few lines hold it, and the rest skip URL's search,
// which tries its domain branch at every word and was a twentieth of the names' per-line pass.
const URL_HINT = compiledNow(/:\/\/|www\.|[a-z0-9]\.[a-z]/iu);
const HANDLE = compiledNow(/(?<![\p{L}\p{N}_@.])@[A-Za-z0-9_]{1,30}(?![\p{L}\p{N}_@])/gu);
const HASHTAG = compiledNow(/(?<![\p{L}\p{N}_&#])#[\p{L}_][\p{L}\p{M}\p{N}_]*/gu);

const MONTH
  = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|`
    + String.raw`Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const DAY = String.raw`(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[6-9]|20)[0-9]{2}`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const DATE = compiledNow(new RegExp(
  [
    String.raw`\b${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])\b`,
    String.raw`\b(?:${WEEKDAY},?\s+)?${MONTH}\s+${DAY}(?:,?\s+${YEAR})?\b`,
    String.raw`\b(?:${WEEKDAY},?\s+)?${DAY}\s+${MONTH}(?:,?\s+${YEAR})?\b`,
    String.raw`\b${MONTH},?\s+${YEAR}\b`,
    // A month alone, but not "May" (a modal verb far more often than the month).
    String.raw`\b(?!May\b)${MONTH}(?!\p{L})`,
    String.raw`\b${WEEKDAY}\b`,
  ].join('|'),
  'gu',
));

function collect(re: RegExp, text: string, type: EntityType, out: Found[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = m.index + m[0].length;
    // A sentence's closing punctuation is not part of a URL.
    if (type === 'url') while (end > m.index && /[.,;:!?…]/.test(text[end - 1])) end--;
    if (end > m.index) out.push({ start: m.index, end, type });
  }
}

const PRIORITY: EntityType[] = ['url', 'handle', 'hashtag', 'date'];

/** URLs, handles, hashtags and dates in `text`, sorted, without overlaps (of two, the earlier kind wins). */
export function findPatterns(text: string): Found[] {
  const all: Found[] = [];
  if (URL_HINT.test(text)) collect(URL, text, 'url', all);
  for (const [re, type] of [[HANDLE, 'handle'], [HASHTAG, 'hashtag'], [DATE, 'date']] as const) {
    collect(re, text, type, all);
  }
  all.sort((a, b) => a.start - b.start || PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type));
  const kept: Found[] = [];
  for (const f of all) {
    const last = kept[kept.length - 1];
    if (!last || f.start >= last.end) kept.push(f);
    else if (PRIORITY.indexOf(f.type) < PRIORITY.indexOf(last.type)) kept[kept.length - 1] = f;
  }
  return kept;
}
