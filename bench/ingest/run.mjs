#!/usr/bin/env node
// Times `ingest` of the demo corpus into a fresh store: articles per second end to end
// (read, store raw, decode, extract, analyse, save), and the analysis alone without the store.
// usage: npm run build && node bench/ingest/run.mjs [folder]
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../dist/store/index.js';
import { ingestPaths } from '../../dist/ingest/run.js';
import { analyzeText } from '../../dist/api.js';

const folder = process.argv[2] ?? 'demo';
const files = [];
const walk = (d) => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.txt$/.test(n) && !/^ATTRIBUTION/.test(n)) files.push(p); } };
walk(folder);
const texts = files.map((f) => readFileSync(f, 'utf8'));

// Analysis alone (warm-up pass first, then the timed pass).
for (const t of texts.slice(0, 20)) analyzeText(t, { today: '2026-11-26' });
let t0 = performance.now();
const c0 = process.cpuUsage();
for (const t of texts) analyzeText(t, { today: '2026-11-26' });
const analyseS = (performance.now() - t0) / 1000;
// CPU time too: on a shared machine wall time measures the neighbours as much as the analysis
const cpu = process.cpuUsage(c0), analyseCpuS = (cpu.user + cpu.system) / 1e6;

// The whole ingest job into a new SQLite file.
const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'bench-ingest-')), 'bench.db'));
t0 = performance.now();
const report = await ingestPaths([folder], store, { today: '2026-11-26' });
const ingestS = (performance.now() - t0) / 1000;
const stats = store.stats();
store.close();

console.log(`corpus: ${folder} (${files.length} files, ${(texts.reduce((n, t) => n + t.length, 0) / 1024).toFixed(0)} KiB)`);
console.log(`analysis only : ${(files.length / analyseS).toFixed(1)} articles/s (${(analyseS * 1000 / files.length).toFixed(2)} ms/article)`);
console.log(`analysis only, CPU time of one core: ${(files.length / analyseCpuS).toFixed(1)} articles/s (${(analyseCpuS * 1000 / files.length).toFixed(2)} ms/article; load average ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
console.log(`ingest (store): ${(report.seen / ingestS).toFixed(1)} articles/s (${ingestS.toFixed(2)} s for ${report.seen}; ${report.analysed} analysed, ${report.failed.length} failed)`);
console.log(`found: ${stats.people} people, ${stats.organizations} organisations, ${stats.places} places, ${stats.quotes} quotes, ${stats.dates} dates, ${stats.quantities} figures, ${stats.events} events, ${stats.claims} claims`);
