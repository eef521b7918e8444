#!/usr/bin/env node
// The article save as the store grows: the demo folder analysed once, then its analyses written ROUNDS times into
// one new SQLite file under new ids (32 per transaction, as ingest writes), printing the CPU per article of each
// round. A save whose cost rises with the rounds reads rows of earlier articles it should not need.
// usage: npm run build && node bench/ingest/save-growth.mjs [folder] [--rounds 10]
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../dist/store/index.js';
import { rawFromBytes } from '../../dist/ingest/raw.js';
import { analyzeRaw } from '../../dist/api.js';
import { WRITE_BATCH } from '../../dist/ingest/outcomes.js';

const args = process.argv.slice(2);
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 10;
const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds') ?? 'demo';
const files = [];
const walk = (d) => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.txt$/.test(n)) files.push(p); } };
walk(folder);
const raws = files.map((f) => rawFromBytes(readFileSync(f), { path: f }, 'text/plain'));
const analyses = raws.map((r) => analyzeRaw(r, { today: '2026-11-26' }));
const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'bench-save-growth-')), 'x.db'));
const line = [];
for (let round = 0; round < rounds; round++) {
  // each round's copies under new ids (made before the clock starts)
  const copies = analyses.map((a, j) => {
    const c = structuredClone(a);
    c.article.id = `${a.article.id}-${round}`;
    return { raw: { ...raws[j], id: c.article.id }, analysis: c };
  });
  const c0 = process.cpuUsage();
  for (let i = 0; i < copies.length; i += WRITE_BATCH) {
    const batch = copies.slice(i, i + WRITE_BATCH);
    store.inTransaction(() => { for (const c of batch) store.saveRaw(c.raw); });
    store.inTransaction(() => { for (const c of batch) store.saveAnalysis(c.analysis); });
  }
  const c = process.cpuUsage(c0);
  line.push(`${(round + 1) * copies.length}: ${((c.user + c.system) / 1000 / copies.length).toFixed(2)}`);
}
store.close();
console.log(`save, CPU ms per article by articles stored (${analyses.length} per round): ${line.join(' | ')}`);
