#!/usr/bin/env node
// PostgreSQL search at scale on a synthetic store: M articles (default 1,000,000) whose text is two ~800-character
// passages of the real corpus picked at random (so words, sentence shapes and word frequencies are real news text)
// and whose title is a third passage's first words. The rows are written straight into the store's own schema (the
// migration creates it) and the GIN index is built after the load; search then runs through the store's code
// (PostgresStore.search: count, ranked page, ts_headline snippets), p50/p95 over the same kind of queries as
// bench/store/engines.mjs. Entities, quotes and the other tables stay empty: this measures search, and the size per
// article printed is for this synthetic store only.
// With --stories N, every article is also put in a story (bench/store/story-pages.mjs: dossiers copied from the stories
// Storyline builds from the Wikinews corpus) and the story page, its JSON, the stories list and the front page are
// timed for N random stories and the 10 largest (goal: story page p95 under 100 ms).
// usage: npm run bench:engines:scale -- [--articles 1000000] [--queries 200] [--reuse] [--repeat 1] [--pages FILE]
//   [--stories 200 [--entities 8] [--story-cache FILE]]  (--entities K: each article also names K entities, see story-pages.mjs)
// (--reuse: with STORYLINE_BENCH_PG, search a store this bench filled before instead of filling it again; --repeat K:
// each query's time is the median of K runs;
// --pages FILE: write the first two pages of every query to FILE, or when FILE exists, count the pages identical to it)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { backendCpu, benchServer, databaseBytes, freshDatabase } from './cluster.mjs';
import { corpusTexts } from './inputs.mjs';
import { queries, samePages, searchPages, timeSearch } from './search-timing.mjs';
import { fillStories, realStories, storyCount, timeStoryPages } from './story-pages.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// STORYLINE_DIST: another build of the product (e.g. the one before a change) against the same store.
const DIST = process.env.STORYLINE_DIST ? join(ROOT, process.env.STORYLINE_DIST) : join(ROOT, 'dist');
const { PostgresStore } = await import(join(DIST, 'store/index.js'));
const SHARED = join(ROOT, '..', 'shared');
const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
const M = Number(arg('articles', '1000000'));
const QUERIES = Number(arg('queries', '200'));
const BATCH = 100_000;
const REUSE = process.argv.includes('--reuse');
const REPEAT = Number(arg('repeat', '1'));
const STORIES = Number(arg('stories', '0'));
const ENTITIES = Number(arg('entities', '0'));

const passages = corpusTexts(SHARED).flatMap((t) => t.match(/[\s\S]{1,800}(?=\s|$)/g) ?? []).filter((p) => p.length > 200);
async function load(url, n) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query('CREATE TEMP TABLE passages (id int PRIMARY KEY, t text NOT NULL)');
  await c.query('INSERT INTO passages SELECT i - 1, t FROM unnest($1::text[]) WITH ORDINALITY AS p(t, i)', [passages]);
  await c.query('DROP INDEX articles_search');
  let t0 = performance.now();
  for (let from = 1; from <= M; from += BATCH) {
    const to = Math.min(M, from + BATCH - 1);
    await c.query(`WITH g AS (SELECT i, 'syn' || lpad(i::text, 13, '0') AS id FROM generate_series($1::int, $2::int) i),
        r AS (INSERT INTO raw_inputs (id, bytes, size, fetched_at, status) SELECT id, '\\x00', 1, '2026-01-01', 'analysed' FROM g)
      INSERT INTO articles (id, title, published, language, text, analysis)
      SELECT g.id, left(p3.t, 70), to_char(date '2019-01-01' + (g.i % 2000), 'YYYY-MM-DD'), 'en', p1.t || E'\\n\\n' || p2.t, '{}'
      FROM g JOIN passages p1 ON p1.id = (hashint4(g.i) & 2147483647) % $3
        JOIN passages p2 ON p2.id = (hashint4(g.i + 7919) & 2147483647) % $3
        JOIN passages p3 ON p3.id = (hashint4(g.i + 104729) & 2147483647) % $3`, [from, to, n]);
    process.stderr.write(`loaded ${to} articles (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  const loadS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  await c.query("SET maintenance_work_mem = '512MB'");
  await c.query('CREATE INDEX articles_search ON articles USING gin (search) WITH (fastupdate = off)');
  await c.query('VACUUM ANALYZE articles');
  const indexS = (performance.now() - t0) / 1000;
  await c.end();
  return { loadS, indexS };
}

const isLocal = (url) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
const server = await benchServer(ROOT);
try {
  const url = REUSE ? Object.assign(new URL(server.url), { pathname: '/bench_search_scale' }).toString() : await freshDatabase(server.url, 'bench_search_scale');
  const opening = performance.now();
  const store = await PostgresStore.open(url); // creates the schema, or brings a reused one up to date
  const openS = (performance.now() - opening) / 1000;
  let loadS = 0;
  let indexS = 0;
  const n = passages.length;
  if (!REUSE) ({ loadS, indexS } = await load(url, n));
  const qs = queries(SHARED, QUERIES);
  await store.search(qs[0]); // the pool's connection, whose server process backendCpu follows
  const t = await timeSearch(store, qs, REPEAT, process.platform === 'linux' && isLocal(url) ? () => backendCpu(url) : null);
  const pagesFile = arg('pages', '');
  const pages = pagesFile ? await searchPages(store, qs) : [];
  const reference = pagesFile && existsSync(pagesFile) ? JSON.parse(readFileSync(pagesFile, 'utf8')) : null;
  if (pagesFile && !reference) writeFileSync(pagesFile, JSON.stringify(pages));
  let storyLines = [];
  if (STORIES) {
    const material = await realStories(ROOT, DIST, SHARED, arg('story-cache', ''));
    const templates = material.stories;
    // A reused store keeps the stories a previous run wrote (filling a million takes a while).
    const kept = REUSE ? await storyCount(url) : 0;
    const filled = kept ? { stories: kept, seconds: 0 } : await fillStories(url, M, material, ENTITIES, (line) => process.stderr.write(`${line}\n`));
    const p = await timeStoryPages(DIST, store, url, STORIES);
    const f = (x) => `p50 ${x.p50.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms, max ${x.max.toFixed(1)} ms${x.cpu ? ` (CPU p50 ${x.cpu.p50.toFixed(1)}, p95 ${x.cpu.p95.toFixed(1)} ms)` : ''}`;
    storyLines = [
      `stories: ${filled.stories} copied from the ${templates.length} Storyline builds from Wikinews (largest ${Math.max(...templates.map((t) => t.article_count))} articles), every article in one${ENTITIES ? `, naming up to ${ENTITIES} entities of its Wikinews original` : ''}; ${kept ? 'kept from the run that filled the store' : `written in ${filled.seconds.toFixed(0)} s`}`,
      `story page (${p.stories} stories: random + the 10 largest): ${f(p.page)} (goal: p95 under 100 ms); JSON ${f(p.api)}`,
      `stories list (${p.lists} pages): ${f(p.list)}; front page: ${f(p.home)}`,
    ];
  }
  const bytes = await databaseBytes(url);
  await store.close();
  console.log(`synthetic PostgreSQL store: ${M} articles from ${n} corpus passages · ${REUSE ? `reused (opened in ${openS.toFixed(1)} s, migrations included)` : `load ${loadS.toFixed(0)} s, GIN index ${indexS.toFixed(0)} s`}`);
  console.log(`search, ${qs.length} queries${REPEAT > 1 ? ` (each the median of ${REPEAT} runs)` : ''} (1-2 title words; count + page of 20 + snippets; ${t.broad} broad: newest first): p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms, max ${t.max.toFixed(1)} ms (goal: p95 under 50 ms)`);
  if (t.cpu) console.log(`CPU per search (the server's processes and this one; without waiting for a core): p50 ${t.cpu.p50.toFixed(1)} ms, p95 ${t.cpu.p95.toFixed(1)} ms, max ${t.cpu.max.toFixed(1)} ms`);
  console.log(`slowest: ${t.slowest.map((s) => `"${s.q}" ${s.ms.toFixed(1)} ms (${s.total})`).join(', ')}`);
  if (pagesFile) console.log(reference ? `result pages identical to ${pagesFile}: ${samePages(pages, reference)} of ${pages.length}` : `result pages written to ${pagesFile}`);
  for (const line of storyLines) console.log(line);
  console.log(`database size: ${(bytes / 1e9).toFixed(2)} GB, ${(bytes / M / 1024).toFixed(2)} KiB per synthetic article (text and search index only)`);
} finally {
  server.stop();
}
