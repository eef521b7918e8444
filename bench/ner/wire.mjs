#!/usr/bin/env node
// Wire-copy probe: made-up 1990s-style wire items (results lines, standings, scoreboards, leaderboards, datelines,
// briefs) in test/fixtures/entities/wire/, each name marked {P …} / {O …} / {L …} as wire-news annotation marks
// them (teams are organisations, a country in brackets after a player is a place, tournaments and demonyms are no
// name). Written from knowledge of the genre, not from any corpus; the team's held-out wire news is scored apart.
// Runs the whole pipeline (plain-text extraction, then analysis) and scores the named mentions (text and type,
// as a multiset per item) of person / organization / place.
//   npx tsc -p tsconfig.json && node bench/ner/wire.mjs [--misses] [--dir FOLDER]
// --dir scores another folder of items marked the same way (a held-out set written apart from these rules).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseDocument } from '../../dist/analyse/index.js';
import { extractPlainText } from '../../dist/extract/text/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dirAt = process.argv.indexOf('--dir');
const dir = dirAt > 0 ? process.argv[dirAt + 1] : join(root, 'test/fixtures/entities/wire');
const TYPES = { P: 'person', O: 'organization', L: 'place' };

/** The text without marks, and the marked names as "type|text". */
export function readMarked(marked) {
  const gold = [];
  const text = marked.replace(/\{([POL]) ([^}]+)\}/g, (_, t, name) => { gold.push(`${TYPES[t]}|${name}`); return name; });
  return { text, gold };
}

const count = (xs) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map());
let tp = 0, np = 0, ng = 0;
const misses = process.argv.includes('--misses');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const { text, gold } = readMarked(readFileSync(join(dir, file), 'utf8'));
  const article = { id: file, source: { fetchedAt: new Date(0).toISOString() }, ...extractPlainText(text) };
  const doc = analyseDocument(article, { today: '1996-12-31' });
  // named mentions only: a description ("the company") resolved to an entity is not a name
  const found = doc.entities.filter((e) => ['person', 'organization', 'place'].includes(e.type))
    .flatMap((e) => e.mentions.map((m) => `${e.type}|${doc.text.slice(m.start, m.end)}`))
    .filter((m) => /^\p{Lu}/u.test(m.split('|')[1]) && !/^(The|A|An) \p{Ll}/u.test(m.split('|')[1]));
  // the headline becomes the title, outside the analysed body: its names are not scored
  const headline = article.title && text.startsWith(article.title) ? readMarked(readFileSync(join(dir, file), 'utf8').split('\n')[0]).gold : [];
  const inBody = [...gold];
  for (const h of headline) inBody.splice(inBody.indexOf(h), 1);
  const g = count(inBody), f = count(found);
  let hit = 0;
  for (const [k, n] of f) hit += Math.min(n, g.get(k) ?? 0);
  tp += hit; np += found.length; ng += inBody.length;
  const p = hit / Math.max(1, found.length), r = hit / Math.max(1, inBody.length);
  console.log(`${file.padEnd(22)} P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${(2 * p * r / Math.max(1e-9, p + r)).toFixed(2)}  (${hit}/${found.length} found, ${inBody.length} gold)`);
  if (misses) {
    for (const [k, n] of g) if ((f.get(k) ?? 0) < n) console.log(`    missed ${k} ×${n - (f.get(k) ?? 0)}`);
    for (const [k, n] of f) if ((g.get(k) ?? 0) < n) console.log(`    extra  ${k} ×${n - (g.get(k) ?? 0)}`);
  }
}
const P = tp / np, R = tp / ng;
console.log(`all                    P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${(2 * P * R / (P + R)).toFixed(3)}  (${tp}/${np} found, ${ng} gold)`);
