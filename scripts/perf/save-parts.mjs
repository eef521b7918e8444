#!/usr/bin/env node
// Where the article save's CPU goes: the demo folder (or FOLDER) analysed once, then per article the analysis JSON
// (stringify), the article row, the full-text row and the other rows timed apart, 32 articles per transaction as
// ingest writes, into a new SQLite file. Also the structured clone of an analysis (what a worker's result costs the
// main thread) and a JSON.parse of its text.
// usage: node scripts/perf/save-parts.mjs [FOLDER] [--dist DIR]
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const dist = resolve(args.includes('--dist') ? args[args.indexOf('--dist') + 1] : 'dist');
const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--dist') ?? 'demo';
const { SqliteStore } = await import(join(dist, 'store/index.js'));
const { rawFromBytes } = await import(join(dist, 'ingest/raw.js'));
const { analyzeRaw } = await import(join(dist, 'api.js'));
const files = [];
const walk = (d) => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.txt$/.test(n)) files.push(p); } };
walk(folder);
const raws = files.map((f) => rawFromBytes(readFileSync(f), { path: f }, 'text/plain'));
const analyses = raws.map((r) => analyzeRaw(r, { today: '2026-11-26' }));
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const per = (f, n = analyses.length) => { const c0 = cpu(); f(); return ((cpu() - c0) / n).toFixed(3); };
for (let round = 0; round < 2; round++) {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'save-parts-')), 'x.db'));
  const db = store.db;
  store.inTransaction(() => { for (const r of raws) store.saveRaw(r); });
  const json = [];
  const stringify = per(() => { for (const a of analyses) json.push(JSON.stringify(a)); });
  const parse = per(() => { for (const j of json) JSON.parse(j); });
  const clone = per(() => { for (const a of analyses) structuredClone(a); });
  const cloneText = per(() => { for (const j of json) structuredClone(j); });
  const kb = json.reduce((n, j) => n + j.length, 0) / json.length / 1024;
  const art = db.prepare('INSERT INTO articles (id, title, published, language, site, text, analysis) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const fts = db.prepare('INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)');
  const batches = (f) => { for (let i = 0; i < analyses.length; i += 32) db.transaction(() => { for (let j = i; j < Math.min(i + 32, analyses.length); j++) f(analyses[j], j); })(); };
  const rows = per(() => batches((a, j) => art.run(a.article.id, a.article.title, a.article.published, a.article.language, null, a.article.text, json[j])));
  const text = per(() => batches((a) => fts.run(a.article.id, a.article.title ?? '', a.article.text)));
  store.close();
  const full = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'save-parts-')), 'x.db'));
  full.inTransaction(() => { for (const r of raws) full.saveRaw(r); });
  const whole = per(() => { for (let i = 0; i < analyses.length; i += 32) full.inTransaction(() => { for (let j = i; j < Math.min(i + 32, analyses.length); j++) full.saveAnalysis(analyses[j]); }); });
  full.close();
  console.log(`round ${round + 1}, ${analyses.length} articles, analysis JSON ${kb.toFixed(1)} KB: CPU ms per article — whole save ${whole}; of it stringify ${stringify}, ` +
    `article row ${rows}, full-text row ${text}; JSON.parse ${parse}, structured clone of the analysis ${clone}, of its JSON text ${cloneText}`);
}
