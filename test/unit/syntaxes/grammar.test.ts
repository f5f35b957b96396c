import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { ROOT } from '../paths';

// Tests run from out/test/unit; the repository root is three levels up.
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes/news-article.tmLanguage.json');
const SCOPE = 'text.news-article';

const QUOTE = 'string.quoted.double.news-article';
const QUOTE_BEGIN = 'punctuation.definition.string.begin.news-article';
const QUOTE_END = 'punctuation.definition.string.end.news-article';
const HANDLE = 'entity.name.tag.handle.news-article';
const HASHTAG = 'entity.other.hashtag.news-article';
const LINK = 'markup.underline.link.news-article';
const EMAIL = 'markup.underline.link.email.news-article';
const ATTRIBUTION = 'meta.attribution.embedded-post.news-article';
const AUTHOR = 'entity.name.author.news-article';
const POST_DATE = 'constant.other.date.news-article';
const HEADER = 'meta.header.date.news-article';
const HEADER_KEYWORD = 'keyword.other.date-header.news-article';
const HEADER_DATE = 'constant.numeric.date.news-article';

interface Token {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}

let grammar: vsctm.IGrammar;

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== SCOPE) return null;
      return vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
    },
  });
  const loaded = await registry.loadGrammar(SCOPE);
  if (!loaded) throw new Error(`grammar ${SCOPE} did not load`);
  return loaded;
}

/** Tokenizes a whole document line by line, carrying the rule stack as VS Code does. */
function tokenizeDocument(text: string): Token[][] {
  let stack = vsctm.INITIAL;
  return text.split(/\r?\n|\r/).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({
      text: line.slice(t.startIndex, t.endIndex),
      start: t.startIndex,
      end: Math.min(t.endIndex, line.length),
      scopes: t.scopes,
    }));
  });
}

function lineOf(text: string, lineIndex = 0): { line: string; tokens: Token[] } {
  const lines = text.split(/\r?\n|\r/);
  return { line: lines[lineIndex], tokens: tokenizeDocument(text)[lineIndex] };
}

/** Scopes shared by every token that overlaps the first occurrence of `part` in the line. */
function scopesOf(text: string, part: string, lineIndex = 0): string[] {
  const { line, tokens } = lineOf(text, lineIndex);
  const at = line.indexOf(part);
  assert.ok(at >= 0, `"${part}" not found in line ${lineIndex}`);
  const covering = tokens.filter((t) => t.end > at && t.start < at + part.length);
  assert.ok(covering.length > 0, `no token covers "${part}"`);
  return covering.map((t) => t.scopes).reduce((a, b) => a.filter((s) => b.includes(s)));
}

/** The exact text covered by consecutive tokens carrying `scope` (one string per run). */
function runsOf(text: string, scope: string, lineIndex = 0): string[] {
  const { line, tokens } = lineOf(text, lineIndex);
  const runs: string[] = [];
  let runStart = -1;
  tokens.forEach((t, i) => {
    const has = t.scopes.includes(scope);
    if (has && runStart < 0) runStart = t.start;
    const next = tokens[i + 1];
    if (has && (!next || !next.scopes.includes(scope))) {
      runs.push(line.slice(runStart, t.end));
      runStart = -1;
    }
  });
  return runs;
}

function assertHas(text: string, part: string, scope: string, lineIndex = 0): void {
  const scopes = scopesOf(text, part, lineIndex);
  assert.ok(scopes.includes(scope), `"${part}" should have ${scope}, has ${JSON.stringify(scopes)}`);
}

function assertLacks(text: string, part: string, scope: string, lineIndex = 0): void {
  const { line, tokens } = lineOf(text, lineIndex);
  const at = line.indexOf(part);
  assert.ok(at >= 0, `"${part}" not found`);
  const hit = tokens.find((t) => t.end > at && t.start < at + part.length && t.scopes.includes(scope));
  assert.strictEqual(hit, undefined, `"${part}" should not have ${scope}`);
}

const seedText = fs.readFileSync(path.join(ROOT, 'seeds/000_b46657698715220a.txt'), 'utf8');

describe('news-article grammar', () => {
  before(async () => {
    grammar = await loadGrammar();
  });

  describe('date header', () => {
    it('scopes the seed header despite the leading space and the text after it', () => {
      assert.deepStrictEqual(runsOf(seedText, HEADER), ['date 2021-06-14']);
      assert.deepStrictEqual(runsOf(seedText, HEADER_KEYWORD), ['date']);
      assert.deepStrictEqual(runsOf(seedText, HEADER_DATE), ['2021-06-14']);
      assertLacks(seedText, 'During a meeting', HEADER);
    });

    it('accepts indentation and a BOM', () => {
      assert.deepStrictEqual(runsOf('  date 2025-04-16\n\nText.', HEADER_DATE), ['2025-04-16']);
      assert.deepStrictEqual(runsOf('\uFEFFdate 2025-04-16', HEADER_DATE), ['2025-04-16']);
    });

    it('is a header only on the first line and only with a full date', () => {
      assert.deepStrictEqual(runsOf('Intro.\ndate 2021-06-14', HEADER, 1), []);
      assert.deepStrictEqual(runsOf('date 2021-06-145', HEADER), []);
      assert.deepStrictEqual(runsOf('update 2021-06-14', HEADER), []);
    });
  });

  describe('quoted passages', () => {
    it('scopes curly quotes with their marks and leaves the attribution outside', () => {
      const text = '“The link has got even stronger,” Nausėda said.';
      assert.deepStrictEqual(runsOf(text, QUOTE), ['“The link has got even stronger,”']);
      assert.deepStrictEqual(runsOf(text, QUOTE_BEGIN), ['“']);
      assert.deepStrictEqual(runsOf(text, QUOTE_END), ['”']);
      assertLacks(text, 'Nausėda said', QUOTE);
    });

    it('scopes both halves of a quote split around its attribution', () => {
      const text = '“We underestimated it,” Małecka said. “That is our responsibility.”';
      assert.deepStrictEqual(runsOf(text, QUOTE), ['“We underestimated it,”', '“That is our responsibility.”']);
    });

    it('scopes straight, « », „ “ and „ ” quotes', () => {
      assert.deepStrictEqual(runsOf('"For years," he said.', QUOTE), ['"For years,"']);
      assert.deepStrictEqual(runsOf('«We will not wait,» Ibáñez said.', QUOTE), ['«We will not wait,»']);
      assert.deepStrictEqual(runsOf('„We decided“, Baumgärtner said.', QUOTE), ['„We decided“']);
      assert.deepStrictEqual(runsOf('„Nie wiem”, powiedział.', QUOTE), ['„Nie wiem”']);
      assert.deepStrictEqual(runsOf('It was »for the record«, she said.', QUOTE), ['»for the record«']);
    });

    it('keeps a quote open across lines of one paragraph', () => {
      const text = '“First line\nsecond line,” she said.';
      assert.deepStrictEqual(runsOf(text, QUOTE, 0), ['“First line']);
      assert.deepStrictEqual(runsOf(text, QUOTE, 1), ['second line,”']);
      assertLacks(text, 'she said', QUOTE, 1);
    });

    it('closes an unclosed paragraph of a multi-paragraph quote at the blank line', () => {
      const text = '“Our members are not asking for charity.\n\n“Until then, the tractors stay,” he said.\n\nThe minister left.';
      assert.deepStrictEqual(runsOf(text, QUOTE, 0), ['“Our members are not asking for charity.']);
      assert.ok(!tokenizeDocument(text)[1].some((t) => t.scopes.includes(QUOTE)), 'blank line is outside the quote');
      assert.deepStrictEqual(runsOf(text, QUOTE_BEGIN, 2), ['“']);
      assert.deepStrictEqual(runsOf(text, QUOTE, 2), ['“Until then, the tractors stay,”']);
      assertLacks(text, 'he said', QUOTE, 2);
      assertLacks(text, 'The minister left.', QUOTE, 4);
    });

    it('handles CRLF line endings like LF', () => {
      const text = '"For years we were gardeners,\r\nunderwater," Bækgaard said.\r\n\r\nNext paragraph.';
      assert.deepStrictEqual(runsOf(text, QUOTE, 1), ['underwater,"']);
      assertLacks(text, 'Next paragraph.', QUOTE, 3);
    });

    it('does not open a string at an inch mark or a lone closing mark', () => {
      const inch = 'A 12" single by @band sold out, see example.org/shop today.';
      assert.deepStrictEqual(runsOf(inch, QUOTE), []);
      assertHas(inch, '@band', HANDLE);
      assertHas(inch, 'example.org/shop', LINK);
      const lone = 'He left” early and posted #Update at @desk.';
      assert.deepStrictEqual(runsOf(lone, QUOTE), []);
      assertHas(lone, '#Update', HASHTAG);
      assertHas(lone, '@desk', HANDLE);
    });

    it('keeps handles, hashtags and links scoped after a lone opening mark', () => {
      const text = 'She wrote “unfinished and tagged @NATO #NATO2030 pic.twitter.com/N4houT6GZq';
      assert.deepStrictEqual(runsOf(text, QUOTE), ['“unfinished and tagged @NATO #NATO2030 pic.twitter.com/N4houT6GZq']);
      assertHas(text, '@NATO', HANDLE);
      assertHas(text, '#NATO2030', HASHTAG);
      assertHas(text, 'pic.twitter.com/N4houT6GZq', LINK);
      assertLacks(text, 'She wrote', QUOTE);
    });
  });

  describe('handles, hashtags and links', () => {
    it('scopes handles without trailing sentence punctuation', () => {
      const text = 'met with US President @Potus. Thanks @daralnour.books, and @x_y!';
      assert.deepStrictEqual(runsOf(text, HANDLE), ['@Potus', '@daralnour.books', '@x_y']);
    });

    it('does not take an email address for a handle', () => {
      const text = 'Write to press@example.org or @press.';
      assert.deepStrictEqual(runsOf(text, HANDLE), ['@press']);
      assert.deepStrictEqual(runsOf(text, EMAIL), ['press@example.org']);
      assert.deepStrictEqual(runsOf('Ask jane@newsroom or mail@@home.', HANDLE), []);
    });

    it('scopes hashtags with letters from any script but not numbers', () => {
      const text = 'Tags: #Ålegræs #Havmiljø #NATOSummit, item #45 and a#b.';
      assert.deepStrictEqual(runsOf(text, HASHTAG), ['#Ålegræs', '#Havmiljø', '#NATOSummit']);
    });

    it('scopes full and bare URLs without trailing punctuation', () => {
      const text
        = 'See https://example.org/a?b=1, (http://x.dk/p) and pic.twitter.com/N4houT6GZq or oresund-institute.dk/eelgrass.';
      assert.deepStrictEqual(runsOf(text, LINK), [
        'https://example.org/a?b=1',
        'http://x.dk/p',
        'pic.twitter.com/N4houT6GZq',
        'oresund-institute.dk/eelgrass',
      ]);
    });

    it('does not take abbreviations, decimals or times for links', () => {
      const text = 'The U.S. economy grew 3.5 per cent, e.g. at 10 a.m. on Sept.11 in Washington.';
      assert.deepStrictEqual(runsOf(text, LINK), []);
    });
  });

  describe('embedded post attribution', () => {
    it('scopes the seed post attribution with name, handle and date', () => {
      const lines = seedText.split(/\r?\n/);
      const index = lines.findIndex((l) => l.includes('(@GitanasNauseda)'));
      assert.ok(index > 0, 'seed has the embedded post');
      assert.deepStrictEqual(runsOf(seedText, ATTRIBUTION, index), [
        '— Gitanas Nausėda (@GitanasNauseda) June 14, 2021',
      ]);
      assert.deepStrictEqual(runsOf(seedText, AUTHOR, index), ['Gitanas Nausėda']);
      assert.deepStrictEqual(runsOf(seedText, POST_DATE, index), ['June 14, 2021']);
      assert.deepStrictEqual(runsOf(seedText, HANDLE, index), ['@Potus', '@NATO', '@GitanasNauseda']);
      assert.deepStrictEqual(runsOf(seedText, HASHTAG, index), ['#NATOSummit', '#NATO2030']);
      assert.deepStrictEqual(runsOf(seedText, LINK, index), ['pic.twitter.com/N4houT6GZq']);
      // The post body itself is not an attribution.
      assertLacks(seedText, 'During turbulent times', ATTRIBUTION, index);
    });

    it('accepts day-first dates, a missing date, and RTL text and emoji before it', () => {
      const text = 'شكراً لكم! 📚✨ — Layla Haddad (@laylahaddad_books) 27 September 2024';
      assert.deepStrictEqual(runsOf(text, AUTHOR), ['Layla Haddad']);
      assert.deepStrictEqual(runsOf(text, HANDLE), ['@laylahaddad_books']);
      assert.deepStrictEqual(runsOf(text, POST_DATE), ['27 September 2024']);
      const undated = 'Back soon. — Rasmus Bækgaard (@rbaekgaard)';
      assert.deepStrictEqual(runsOf(undated, ATTRIBUTION), ['— Rasmus Bækgaard (@rbaekgaard)']);
      assert.deepStrictEqual(runsOf(undated, POST_DATE), []);
    });

    it('does not take a parenthetical dash aside for an attribution', () => {
      const text = 'The minister — who spoke (briefly) on Monday — left.';
      assert.deepStrictEqual(runsOf(text, ATTRIBUTION), []);
    });
  });

  describe('sample articles', () => {
    const seedsDir = path.join(ROOT, 'seeds');
    const samples = fs.readdirSync(seedsDir).filter((f) => /\.(article|news|txt)$/.test(f));

    it('has samples to check', () => {
      assert.ok(samples.length >= 6, `found ${samples.length} samples`);
    });

    it('gives every sample a date header and closes every quote within its paragraph', () => {
      for (const file of samples) {
        const text = fs.readFileSync(path.join(seedsDir, file), 'utf8');
        const lines = tokenizeDocument(text);
        assert.strictEqual(runsOf(text, HEADER_DATE).length, 1, `${file}: date header`);
        lines.forEach((tokens, i) => {
          if (tokens.every((t) => t.text.trim() === '')) {
            const leaked = tokens.find((t) => t.scopes.includes(QUOTE));
            assert.strictEqual(leaked, undefined, `${file}: quote leaks into blank line ${i + 1}`);
          }
        });
      }
    });

    it('finds the embedded posts of the Danish and Jordanian samples', () => {
      for (const [file, handle] of [
        ['003_copenhagen_eelgrass.article', '@rbaekgaard'],
        ['005_amman_book_fair.article', '@laylahaddad_books'],
      ]) {
        const text = fs.readFileSync(path.join(seedsDir, file), 'utf8');
        const index = text.split(/\r?\n/).findIndex((l) => l.includes(`(${handle})`));
        const attribution = runsOf(text, ATTRIBUTION, index);
        assert.strictEqual(attribution.length, 1, file);
        assert.ok(attribution[0].includes(handle), file);
      }
    });
  });
});

describe('news-article language contribution', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'news-article');

  it('registers the language for .article and .news with a configuration file', () => {
    assert.ok(language, 'news-article language contributed');
    assert.deepStrictEqual(language.extensions, ['.article', '.news']);
    assert.strictEqual(language.aliases[0], 'News Article');
    assert.ok(fs.existsSync(path.join(ROOT, language.configuration)));
    JSON.parse(fs.readFileSync(path.join(ROOT, language.configuration), 'utf8'));
  });

  it('has a firstLine rule that accepts the date header lines of the samples only', () => {
    const firstLine = new RegExp(language.firstLine);
    assert.ok(firstLine.test(seedText.split('\n')[0]));
    assert.ok(firstLine.test('  date 2025-04-16'));
    assert.ok(!firstLine.test('Date: 2025-04-16'));
    assert.ok(!firstLine.test('The update 2025-04-16'));
  });

  it('points the grammar contribution at the grammar file and its scope', () => {
    const contribution = manifest.contributes.grammars.find((g: { language: string }) => g.language === 'news-article');
    assert.strictEqual(contribution.scopeName, SCOPE);
    const raw = JSON.parse(fs.readFileSync(path.join(ROOT, contribution.path), 'utf8'));
    assert.strictEqual(raw.scopeName, SCOPE);
  });
});
