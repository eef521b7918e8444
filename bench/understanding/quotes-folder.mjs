#!/usr/bin/env node
// Speaker accuracy on a folder of made-up articles written apart from the code (e.g. held-out US political news
// sets a helper wrote from knowledge of the genre): FOLDER/*.txt and FOLDER/gold.json, as
// test/fixtures/quotes/us-politics (per file, each quotation's opening words and its speaker: full name first, then
// accepted short forms; null unattributable; `speech: false` a quoted title). Entries marked `transcript: true`
// (a "NAME:" turn of a transcript, no quote marks) and `continues: true` (a quotation's later paragraph) are
// scored apart. Strict scorer: test/quotes/speaker-score.mjs. Regex baseline in the same run.
//   npx tsc -p tsconfig.json && node bench/understanding/quotes-folder.mjs --dir FOLDER [--misses]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseDocument } from '../../dist/analyse/index.js';
import { extractPlainText } from '../../dist/extract/text/index.js';
import { nameMatches, scoreSpeakers } from '../../test/quotes/speaker-score.mjs';
import { baselineSpeakers } from './quote-baseline.mjs';

const dirAt = process.argv.indexOf('--dir');
if (dirAt < 0) { console.error('usage: node bench/understanding/quotes-folder.mjs --dir FOLDER [--misses]'); process.exit(1); }
const dir = process.argv[dirAt + 1];
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
const pct = (a, b) => `${(a / Math.max(1, b) * 100).toFixed(1)}% (${a}/${b})`;
const parts = { quotations: (g) => !g.transcript && !g.continues, 'transcript turns': (g) => g.transcript, 'later paragraphs': (g) => g.continues && !g.transcript };
for (const [label, keep] of Object.entries(parts)) {
  const t = { withSpeaker: 0, found: 0, right: 0, unattributable: 0, creditedUnattributable: 0, base: 0 };
  const misses = [];
  for (const [file, entries] of Object.entries(gold)) {
    const chosen = entries.filter(keep);
    if (!chosen.length) continue;
    const raw = readFileSync(join(dir, file), 'utf8');
    const doc = analyseDocument({ id: file, source: { fetchedAt: new Date(0).toISOString() }, ...extractPlainText(raw) }, { today: '2021-01-01' });
    const located = chosen.map((g) => ({ ...g, start: doc.text.indexOf(g.text) }));
    const s = scoreSpeakers(located, doc.quotes, doc.entities);
    for (const k of Object.keys(t)) if (k in s) t[k] += s[k];
    misses.push(...s.misses.map((m) => `${file.slice(0, 14)} ${m}`));
    const base = baselineSpeakers(doc.text);
    for (const g of located) if (g.speaker && g.speech !== false) { const b = base(g.start); if (b && nameMatches(b, g.speaker)) t.base++; }
  }
  if (!t.withSpeaker && !t.unattributable) continue;
  console.log(`${dir} ${label}: ${t.withSpeaker} with a speaker (${t.unattributable} unattributable apart)`);
  console.log(`  speaker accuracy  Storyline ${pct(t.right, t.withSpeaker)}   regex baseline ${pct(t.base, t.withSpeaker)}; found ${pct(t.found, t.withSpeaker)}; unattributable given a speaker ${pct(t.creditedUnattributable, t.unattributable)}`);
  if (process.argv.includes('--misses')) misses.forEach((m) => console.log(`    ${m}`));
}
