#!/usr/bin/env node
// The article save alone: the demo folder analysed once, then its raw inputs and analyses written into new SQLite
// files one transaction per article (as ingest wrote before) and 32 per transaction (as it writes now), twice each.
// usage: npm run build && node bench/ingest/save.mjs [folder]
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../dist/store/index.js';
import { rawFromBytes } from '../../dist/ingest/raw.js';
import { analyzeRaw } from '../../dist/api.js';
import { WRITE_BATCH } from '../../dist/ingest/outcomes.js';

const files = [];
const walk = (d) => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.txt$/.test(n)) files.push(p); } };
walk(process.argv[2] ?? 'demo');
const raws = files.map((f) => rawFromBytes(readFileSync(f), { path: f }, 'text/plain'));
const analyses = raws.map((r) => analyzeRaw(r, { today: '2026-11-26' }));
const ways = {
  'one transaction per article': (store) => { for (let i = 0; i < raws.length; i++) { store.saveRaw(raws[i]); store.saveAnalysis(analyses[i]); } },
  [`${WRITE_BATCH} articles per transaction`]: (store) => {
    for (let i = 0; i < raws.length; i += WRITE_BATCH) {
      const n = Math.min(i + WRITE_BATCH, raws.length);
      store.inTransaction(() => { for (let j = i; j < n; j++) store.saveRaw(raws[j]); });
      store.inTransaction(() => { for (let j = i; j < n; j++) store.saveAnalysis(analyses[j]); });
    }
  },
};
for (let round = 0; round < 2; round++) {
  for (const [name, save] of Object.entries(ways)) {
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'bench-save-')), 'x.db'));
    const t0 = performance.now(), c0 = process.cpuUsage();
    save(store);
    const ms = performance.now() - t0, c = process.cpuUsage(c0);
    console.log(`${name.padEnd(28)}: ${(ms / raws.length).toFixed(2)} ms wall, ${((c.user + c.system) / 1000 / raws.length).toFixed(2)} ms CPU per article (${raws.length} articles)`);
    store.close();
  }
}
