// Writes a long article (300 KB by default) for trying the views on a big file as a reader would: the seeds/
// sample articles' prose (real sentences, with the junk entities real text brings) interleaved with live-blog
// updates that quote many people, organizations and unnamed sources, as a day's live coverage does.
// Deterministic (a seeded generator): the same size gives the same text. Never uses the eval texts.
//   node scripts/long-article.mjs OUT.article [--kb 300]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIRST = ['Anna', 'Marek', 'Lucía', 'Tomás', 'Ingrid', 'Karim', 'Sofia', 'Jonas', 'Amira', 'Pieter', 'Elena', 'Yusuf', 'Greta', 'Mateo', 'Hana', 'Oskar'];
const LAST = ['Kowalska', 'Brandt', 'Ferreira', 'Novak', 'Lindqvist', 'Haddad', 'Rossi', 'Varga', 'Okafor', 'Jansen', 'Moreau', 'Demir', 'Costa', 'Nielsen', 'Ibáñez', 'Horvat'];
const ROLES = ['the mayor', 'the finance minister', 'a union leader', 'the committee chair', 'an opposition lawmaker', 'the company’s chief executive', 'a local shop owner', 'the city engineer'];
const ORGS = ['the Transport Ministry', 'the City Council', 'the Harbour Authority', 'the Farmers’ Union', 'Northline Rail', 'the European Commission', 'the Green Party', 'the Chamber of Commerce'];
const UNNAMED = ['A spokesperson', 'Officials', 'A senior diplomat', 'Residents', 'Two people familiar with the talks', 'Critics'];
const CLAIMS = [
  'the plan would be ready before the winter', 'the budget had been cut twice this year', 'nobody had been consulted about the route',
  'the vote should be delayed until the report is published', 'prices would fall once the new line opens', 'the talks were making progress',
  'the figures did not add up', 'the harbour would stay open during the works', 'the government had broken its promise', 'more money was needed for repairs',
];
const QUOTES = [
  'We will not accept a deal that leaves families behind', 'This is the most important decision the city has made in a decade',
  'Nobody told us the bridge would close', 'We are ready to sign tomorrow', 'The numbers speak for themselves', 'It is too early to say',
];

function generator(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The seed articles' bodies (their `date` header line dropped). */
function seedBodies() {
  const dir = path.join(root, 'seeds');
  return fs.readdirSync(dir).filter((f) => /^\d{3}_/.test(f)).sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF?\s*date[^\n]*\n/, '').trim());
}

export function longArticle(bytes) {
  const random = generator(42);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const bodies = seedBodies();
  const parts = ['date 2024-05-06', 'Live: the harbour, the rail line and the budget, as it happened'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const update = [
      `Update ${String(8 + Math.floor(i / 6) % 14).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
      `“${pick(QUOTES)},” said ${name}, ${pick(ROLES)}. ${name.split(' ')[1]} added that ${pick(CLAIMS)}.`,
      `${pick(ORGS).replace(/^the/, 'The')} said in a statement that ${pick(CLAIMS)}.`,
      `${pick(UNNAMED)} said ${pick(CLAIMS)}, according to ${pick(ORGS)}.`,
      // A passer-by heard once, as live coverage has many: double-barrelled names are almost all different.
      `“${pick(QUOTES)},” said ${pick(FIRST)} ${pick(LAST)}-${pick(LAST)}, who lives nearby.`,
    ].join('\n\n');
    const part = i % 3 === 2 ? bodies[(i / 3) % bodies.length | 0] : update;
    parts.push(part);
    size += Buffer.byteLength(part) + 2;
  }
  return parts.join('\n\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: node scripts/long-article.mjs OUT.article [--kb 300]');
  const at = process.argv.indexOf('--kb');
  const kb = at > 0 ? Number(process.argv[at + 1]) : 300;
  fs.writeFileSync(out, longArticle(kb * 1024));
  console.log(`${out}: ${kb} KB`);
}
