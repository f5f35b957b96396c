// Writes src/engine/lexicon/learnedCues.ts: cue verbs learned from PolNeAR train's gold (never dev), for the
// long tail of reporting and stance verbs our hand list (lexicon/speech.ts) lacks. For every lower-case verb form
// that heads a gold cue, it counts how often the form heads one (`cues`) against how often it occurs outside
// quotation marks (`seen`); a form is kept when it heads at least MIN_CUES cues and its precision cues / seen is
// at least MIN_PRECISION, so that a form the annotators rarely draw as a cue ("planned", "carried") stays out.
// Only word statistics are written, never text.
// A form that mostly follows a determiner is a noun and is left out.
// Adjective cues are learned the same way, per construction: a word after a copula ("is", "remain", with up to two
// adverbs) and before a complement ("eager to", "critical of", "hopeful that") is kept when that construction
// heads at least MIN_ADJECTIVE_CUES gold cues with precision (cues / constructions outside quotation marks) at
// least MIN_PRECISION.
// Phrasal cues are learned the same way, per construction: a verb form the lists lack right before a particle
// ("laid out", "shot back", "weighed in") is kept when the pair heads at least MIN_PHRASAL_CUES gold cues with
// precision (cues / pairs outside quotation marks) at least MIN_PRECISION.
// Usage: npm run build:cues (needs ../shared/eval beside the repo)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importEngine } from './importEngine.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '..', 'shared', 'eval');
const OUT = join(root, 'src', 'engine', 'lexicon', 'learnedCues.ts');
const MIN_CUES = 8;
const MIN_PRECISION = 0.5;
// Adjective constructions are rarer than verb forms; at 8 only two would pass.
const MIN_ADJECTIVE_CUES = 4;
// Verb-particle pairs are rarer than verb forms too; at 8 only three would pass, at 5 "weighed in" (its content
// a topic more often than a statement) would.
const MIN_PHRASAL_CUES = 6;
// Particles that make a verb a cue with it: "pointed out", "shot back", "lashed out at", "weighed in on".
const PARTICLE = /^(?:out|up|back|in|off|down|over|on|at|with|against|about|after)$/;
// A word between a copula (and up to two adverbs) and the complement it takes: "are deeply skeptical of".
const ADJECTIVE_CONSTRUCTION = /(?<![\p{L}'’])(?:am|is|are|was|were|be|been|being|['’]m|['’]re|['’]s|remain|remains|remained)\s+(?:(?:\p{Ll}+ly|not|n['’]t|never|also|still|now|so|very|more|less|most|too|quite|all|both)\s+){0,2}(\p{Ll}+)\s+(?:that|of|about|to|whether|over|with)(?![\p{L}'’])/dgu;
// Passives of acts, whose subject undergoes rather than holds a view ("was charged with", "is meant to"), and -ing
// forms, which the grammar reads as progressive verbs.
const NOT_AN_ADJECTIVE = /^(?:charged|meant|\p{Ll}+ing)$/u;
const WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}+(?![\p{L}\p{N}'’-])/gu;
// Verb forms only: past, -ing and third person. Adverbs in -ly and nouns in -ss, -ment(s), -tion(s), -ism(s),
// -ness, -ence(s), -ance(s) are parts of cues annotators draw, not their verbs.
const VERB_FORM = /^\p{Ll}{3,}(?:ed|ing|s)$/u;
// Before a particle an irregular past is a verb form too ("laid out", "shot back").
const PHRASAL_VERB_FORM = /^\p{Ll}{3,}$/u;
const NOT_A_VERB = /(?:ly|ss|ments?|tions?|sions?|isms?|ness|ences?|ances?|ers?|ors?|ists?|ics|ous|ings)$/u;
// Forms the grammar reads by construction elsewhere (raising verbs: claims/raising.ts), not as cue verbs.
const READ_ELSEWHERE = new Set(['seemed', 'seems', 'appeared', 'appears', 'expected', 'known', 'according']);
// Naming verbs: their object is a name or a title ("a report titled …", "a resident named …"), which speech.ts
// reads as speech only around a quotation (its NAMING verbs); learned, they would take any name for a claim.
const NAMING = new Set(['titled', 'named', 'deemed', 'listed', 'nominated']);
// Verbs of a topic or a courtesy ("discussed possibilities to …", "talked to her", "thanked the crowd"): PolNeAR
// draws them as cues, but they report what was talked about or an act, not a statement, and the project's own
// annotation (seeds/, the unit tests' sample articles) counts no claim there.
const NOT_A_STATEMENT = new Set(['discussed', 'discussing', 'talked', 'talking', 'thanked']);
// Verbs of releasing a document ("issued a policy paper welcoming the plan"): the document's own verb reports,
// and the grammar reads it with the document as its speaker (grammar/participle.ts).
const RELEASING = new Set(['issued']);
// A form that follows a determiner this often is a noun ("the complaints"), whatever its ending.
const MAX_AFTER_DETERMINER = 0.3;
const DETERMINER = /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those)$/;
// Quotation marks: words inside them are quoted speech, not cues.
const QUOTED = /["“”„«»][^"“”„«»]*["“”„«»]/gu;

const trainFile = join(evalDir, 'polnear_train.jsonl');
if (!existsSync(trainFile)) {
  console.log(`No training gold at ${trainFile}: the cue list needs ../shared/eval beside the repo.`);
  process.exit(0);
}

// The hand list, so that only forms it lacks are learned: speech.ts with the learned list it reads left empty.
const withoutLearned = {
  name: 'without-learned-cues',
  setup(build) {
    build.onResolve({ filter: /\/learnedCues$/ }, () => ({ path: 'learnedCues', namespace: 'empty' }));
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export const LEARNED_CUES = ""; export const LEARNED_ADJECTIVES = ""; export const LEARNED_PHRASAL = "";', loader: 'js' }));
  },
};
const { cueVerb, isCatenative, isParticleCatenative, phrasalCue } = await importEngine(
  'export { cueVerb, isCatenative, isParticleCatenative, phrasalCue } from \'./src/engine/lexicon/speech\';',
  [withoutLearned],
);

const cues = new Map();
const seen = new Map();
const afterDeterminer = new Map();
const adjectiveCues = new Map();
const adjectiveSeen = new Map();
const phrasalCues = new Map();
const phrasalSeen = new Map();
const add = (map, w) => map.set(w, (map.get(w) ?? 0) + 1);
for (const line of readFileSync(trainFile, 'utf8').trim().split('\n')) {
  const { text, attributions } = JSON.parse(line);
  const cueSpans = attributions.flatMap((a) => a.cue?.spans ?? []);
  const unquoted = text.replace(QUOTED, (q) => ' '.repeat(q.length));
  let previous = null;
  for (const m of unquoted.matchAll(WORD)) {
    add(seen, m[0]);
    if (previous && DETERMINER.test(previous[0])) add(afterDeterminer, m[0]);
    // A verb form and the particle right after it (one space apart): a phrasal construction.
    if (previous && PARTICLE.test(m[0]) && m.index === previous.index + previous[0].length + 1) {
      const pair = `${previous[0]} ${m[0]}`;
      const [start, end] = [previous.index, m.index + m[0].length];
      add(phrasalSeen, pair);
      if (cueSpans.some(([a, b]) => a <= start && b >= end)) add(phrasalCues, pair);
    }
    previous = m;
  }
  for (const a of attributions) {
    for (const [start, end] of a.cue?.spans ?? []) for (const m of text.slice(start, end).matchAll(WORD)) add(cues, m[0]);
  }
  for (const m of unquoted.matchAll(ADJECTIVE_CONSTRUCTION)) {
    const [w, [start, end]] = [m[1], m.indices[1]];
    add(adjectiveSeen, w);
    if (cueSpans.some(([a, b]) => a < end && b > start)) add(adjectiveCues, w);
  }
}

const learned = [...cues]
  .filter(([w, n]) => n >= MIN_CUES && VERB_FORM.test(w) && !NOT_A_VERB.test(w) && !READ_ELSEWHERE.has(w) && !NAMING.has(w) && !NOT_A_STATEMENT.has(w) && !RELEASING.has(w) && !cueVerb(w))
  .map(([w, n]) => ({ w, n, seen: Math.max(n, seen.get(w) ?? 0) }))
  .filter((x) => x.n / x.seen >= MIN_PRECISION && (afterDeterminer.get(x.w) ?? 0) / x.seen <= MAX_AFTER_DETERMINER)
  .sort((a, b) => a.w.localeCompare(b.w));

// A cue verb that takes its hearer as object ("was asked to", "is assured of") has the hearer, not the speaker,
// as subject of its passive; a strong speech verb ("is said to") is read as raising, a catenative ("quick to
// condemn") with the cue verb after it.
const adjectives = [...adjectiveCues]
  .filter(([w, n]) => n >= MIN_ADJECTIVE_CUES && !NOT_AN_ADJECTIVE.test(w) && !READ_ELSEWHERE.has(w) && !cueVerb(w)?.takesHearer && !cueVerb(w)?.strong && !isCatenative(w))
  .map(([w, n]) => ({ w, n, seen: adjectiveSeen.get(w) }))
  .filter((x) => x.n / x.seen >= MIN_PRECISION)
  .sort((a, b) => a.w.localeCompare(b.w));

// A pair whose verb the lists read already (or learn above), alone or with this particle, or that passes its subject on to an
// infinitive ("went on to say"), adds nothing.
const phrasals = [...phrasalCues]
  .map(([pair, n]) => ({ pair, w: pair.slice(0, pair.indexOf(' ')), particle: pair.slice(pair.indexOf(' ') + 1), n, seen: phrasalSeen.get(pair) }))
  .filter((x) => x.n >= MIN_PHRASAL_CUES && PHRASAL_VERB_FORM.test(x.w) && !PARTICLE.test(x.w) && (afterDeterminer.get(x.w) ?? 0) / (seen.get(x.w) ?? 1) <= MAX_AFTER_DETERMINER && !NOT_A_VERB.test(x.w) && !NOT_A_STATEMENT.has(x.w) && !cueVerb(x.w) && !learned.some((l) => l.w === x.w) && !phrasalCue(x.w, x.particle) && !isParticleCatenative(x.w, x.particle))
  .filter((x) => x.n / x.seen >= MIN_PRECISION)
  .sort((a, b) => a.pair.localeCompare(b.pair));

const rows = learned.map((x) => `${x.w} ${x.n} ${x.seen}`).join('\n');
const adjectiveRows = adjectives.map((x) => `${x.w} ${x.n} ${x.seen}`).join('\n');
const phrasalRows = phrasals.map((x) => `${x.pair} ${x.n} ${x.seen}`).join('\n');
writeFileSync(
  OUT,
  `// Generated by scripts/build-cue-list.mjs (npm run build:cues) from PolNeAR train's gold: verb forms that head a
// cue at least ${MIN_CUES} times with precision (cues / occurrences outside quotation marks) at least ${MIN_PRECISION}, which
// the hand list in speech.ts lacks. Each row: form, cues headed, occurrences. Do not edit by hand; rebuild.
export const LEARNED_CUES = \`
${rows}\`;

// Adjectives after a copula heading a cue at least ${MIN_ADJECTIVE_CUES} times with precision (cues / constructions "copula
// (adverbs) adjective complement" outside quotation marks) at least ${MIN_PRECISION}: "is eager to", "critical of".
// Each row: adjective, cues headed, constructions seen.
export const LEARNED_ADJECTIVES = \`
${adjectiveRows}\`;

// Verb forms the lists lack right before a particle, the pair heading a cue at least ${MIN_PHRASAL_CUES} times with precision (cues /
// pairs outside quotation marks) at least ${MIN_PRECISION}: "laid out", "shot back". Each row: form, particle, cues headed, pairs seen.
export const LEARNED_PHRASAL = \`
${phrasalRows}\`;
`,
);
console.log(`${learned.length} learned cue forms, ${adjectives.length} adjectives and ${phrasals.length} phrasal cues written to ${OUT}`);
