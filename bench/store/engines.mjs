#!/usr/bin/env node
// The store engines side by side, in one run: the same N articles (default 5,000, built from ../shared/corpus)
// ingested with SQLite inline (the analysis in the ingesting process, as `storyline ingest` does) and with
// PostgreSQL plus 1, 2 and 4 `storyline worker` processes (after `ingest --queue`); the store's own cost with the
// analyses done beforehand; search p50/p95 on both resulting stores; database size per article.
// usage: npm run bench:engines -- [--n 5000] [--workers 1,2,4] [--queries 200]
// PostgreSQL: STORYLINE_BENCH_PG=postgres://… names a server, else a throwaway cluster is started (scripts/postgres.sh,
// fsync on).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeRaw } from '../../dist/api.js';
import { ingestSources } from '../../dist/ingest/run.js';
import { readRawFile } from '../../dist/ingest/sources.js';
import { PostgresStore, SqliteEngine, SqliteStore } from '../../dist/store/index.js';
import { placeNewArticles } from '../../dist/story/refresh.js';
import { benchServer, databaseBytes, freshDatabase } from './cluster.mjs';
import { writeInputs } from './inputs.mjs';
import { queries, timeSearch } from './search-timing.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHARED = join(ROOT, '..', 'shared');
const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
const N = Number(arg('n', '5000'));
const WORKERS = arg('workers', '1,2,4').split(',').map(Number);
const QUERIES = Number(arg('queries', '200'));
const TODAY = '2026-11-26';

const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-engines-'));
const inputs = join(dir, 'in');
const { bytes, distinct } = writeInputs(SHARED, inputs, N);
const files = readdirSync(inputs).sort().map((f) => join(inputs, f));
const sources = files.map((p) => ({ name: p, load: () => readRawFile(p) }));
console.log(`${N} articles (${distinct} distinct corpus texts, ${(bytes / 1e6).toFixed(1)} MB) · ${WORKERS.join('/')} workers · node ${process.version}`);

const run = (args) => new Promise((resolve, reject) => {
  const child = spawn(process.execPath, [join(ROOT, 'bin/storyline.js'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  child.on('exit', (code) => (code === 0 ? resolve(err) : reject(new Error(`storyline ${args[0]} exited ${code}: ${err.trim().split('\n').pop()}`))));
});
const seconds = (t0) => (performance.now() - t0) / 1000;
const fileBytes = (p) => ['', '-wal', '-shm'].reduce((n, s) => n + (existsSync(p + s) ? statSync(p + s).size : 0), 0);

const server = await benchServer(ROOT);
const rows = [];
try {
  // SQLite inline: analysed in this process (worker threads for big batches, as `storyline ingest` chooses).
  const sqlitePath = join(dir, 'inline.db');
  const sqlite = new SqliteStore(sqlitePath);
  let t0 = performance.now();
  const rep = await ingestSources(sources, sqlite, { today: TODAY });
  const inlineS = seconds(t0);
  t0 = performance.now();
  await placeNewArticles(sqlite);
  const storiesS = seconds(t0);
  rows.push({ setup: 'SQLite inline', s: inlineS, n: rep.analysed, note: `${rep.failed.length} failed; placing them in stories took another ${storiesS.toFixed(1)} s` });

  // PostgreSQL: `ingest --queue`, then k worker processes until the queue is empty.
  let lastPg = null;
  for (const k of WORKERS) {
    const url = await freshDatabase(server.url, `bench_engines_w${k}`);
    t0 = performance.now();
    await run(['ingest', '--queue', inputs, '--db', url, '--today', TODAY]);
    const queueS = seconds(t0);
    await Promise.all(Array.from({ length: k }, (_, i) => run(['worker', '--drain', '--name', `bench-${i}`, '--db', url])));
    const totalS = seconds(t0);
    const store = await PostgresStore.open(url);
    const stats = await store.stats();
    await store.close();
    rows.push({ setup: `PostgreSQL, ${k} worker${k > 1 ? 's' : ''}`, s: totalS, n: stats.articles, note: `queueing took ${queueS.toFixed(1)} s; ${stats.failed} failed` });
    lastPg = url;
  }
  console.log('\ningest (read, store raw, analyse, save)      articles/s   seconds   articles');
  for (const r of rows) console.log(`${r.setup.padEnd(44)} ${(r.n / r.s).toFixed(1).padStart(10)} ${r.s.toFixed(1).padStart(9)} ${String(r.n).padStart(10)}   ${r.note}`);

  // The store's own cost: the same analyses, done beforehand, saved one article per transaction.
  const sample = [];
  const analyses = [];
  for (const raw of await Promise.all(files.slice(0, Math.min(N, 300)).map((p) => readRawFile(p)))) {
    try { analyses.push(analyzeRaw(raw, { today: TODAY })); sample.push(raw); } catch { /* refused input: nothing to save */ }
  }
  const saveAll = async (store) => {
    const t = performance.now();
    for (let i = 0; i < sample.length; i++) { await store.saveRaw(sample[i]); await store.saveAnalysis(analyses[i]); }
    return sample.length / seconds(t);
  };
  const sqliteOnly = SqliteEngine.open(join(dir, 'save-only.db'));
  const pgOnly = await PostgresStore.open(await freshDatabase(server.url, 'bench_engines_save'));
  console.log(`\nsaving ${sample.length} analysed articles (store only)   SQLite ${(await saveAll(sqliteOnly)).toFixed(0)}/s · PostgreSQL ${(await saveAll(pgOnly)).toFixed(0)}/s`);
  await sqliteOnly.close();
  await pgOnly.close();

  // Search on the stores just filled, and their size.
  const qs = queries(SHARED, QUERIES);
  const sq = await timeSearch(new SqliteEngine(sqlite), qs);
  const pgStore = await PostgresStore.open(lastPg);
  const pq = await timeSearch(pgStore, qs);
  await pgStore.close();
  sqlite.close();
  console.log(`search over ${N} articles, ${qs.length} queries      SQLite p50 ${sq.p50.toFixed(1)} ms, p95 ${sq.p95.toFixed(1)} ms · PostgreSQL p50 ${pq.p50.toFixed(1)} ms, p95 ${pq.p95.toFixed(1)} ms`);
  const perArticle = (b) => `${(b / N / 1024).toFixed(1)} KiB`;
  console.log(`size per article (raw input included)        SQLite ${perArticle(fileBytes(sqlitePath))} · PostgreSQL ${perArticle(await databaseBytes(lastPg))}`);
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
