// Story pages on a large PostgreSQL store (issue 13: "a story page answers in under 100 ms at 1M"). Placing a million
// articles one by one would take many hours here (10–30 ms of CPU each), so the story tables are filled the way the
// article rows are: from real material, combined. The material is the stories Storyline itself builds from the 293
// Wikinews articles (analysed, stored in a throwaway SQLite file, placed by the incremental builder): each synthetic
// story copies one real story's title and dossier (the page's whole payload: merged timeline, ledger, members) and
// takes as many synthetic articles as that story has members, until every article of the big store is in a story.
// The page then reads through the product's own code: the server (inject, no network) and PostgresStore.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { backendCpu } from './cluster.mjs';
import { percentiles } from './search-timing.mjs';

/**
 * The dossiers of the stories built from the Wikinews corpus, and each article's entities (the rows the store keeps),
 * cached in `cache` when given.
 */
export async function realStories(root, dist, shared, cache) {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8'));
  const { analyzeText } = await import(join(dist, 'api.js'));
  const { SqliteStore } = await import(join(dist, 'store/index.js'));
  const { ensureStories } = await import(join(dist, 'story/refresh.js'));
  const { entityKey } = await import(join(dist, 'store/keys.js'));
  const dir = mkdtempSync(join(tmpdir(), 'storyline-story-pages-'));
  const store = new SqliteStore(join(dir, 'wikinews.db'));
  try {
    const docs = readFileSync(join(shared, 'corpus/wikinews/wikinews_en_2019_2020.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const insRaw = store.db.prepare("INSERT INTO raw_inputs (id, bytes, size, fetched_at, status) VALUES (?, ?, ?, '2026-01-01', 'analysed')");
    const insArticle = store.db.prepare("INSERT INTO articles (id, title, published, published_from, language, site, text, analysis) VALUES (?, ?, ?, 'given', 'en', ?, ?, ?)");
    const entities = [];
    for (const [t, d] of docs.entries()) {
      const a = analyzeText(d.text, { format: 'text', published: d.date, today: '2026-12-31', path: d.id });
      // most mentioned first, so a bench keeping k entities an article keeps the ones an article is about
      const ranked = [...a.entities].sort((x, y) => y.mentions.length - x.mentions.length);
      for (const [rank, e] of ranked.entries()) {
        entities.push({ t, rank, local_id: e.id, key: entityKey(e), name: e.name, type: e.type, mentions: e.mentions.length,
          lat: e.geo?.lat ?? null, lon: e.geo?.lon ?? null, country: e.geo?.country ?? null });
      }
      a.article.id = d.id; a.article.title = d.title;
      store.db.transaction(() => { insRaw.run(d.id, Buffer.from(d.text), d.text.length); insArticle.run(d.id, d.title, d.date, 'en.wikinews.org', d.text, JSON.stringify(a)); })();
    }
    await ensureStories(store);
    const stories = store.db.prepare('SELECT title, first_date, last_date, article_count, source_count, anchor, dossier FROM stories ORDER BY id').all();
    const material = { stories, entities, articles: docs.length };
    if (cache) writeFileSync(cache, JSON.stringify(material));
    return material;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every article `syn<i>` (1..m, as bench/store/search-scale.mjs names them) put in a story copied from the material's
 * stories, in turn, each taking as many articles as its original has; with `entities` > 0, article i also gets the
 * first `entities` entities (most mentioned first) of Wikinews article i mod 293, so keys are as skewed as in news.
 */
export async function fillStories(url, m, material, entities, log = () => {}) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const t0 = performance.now();
    const secs = () => ((performance.now() - t0) / 1000).toFixed(0);
    await c.query('TRUNCATE stories CASCADE');
    const st = material.stories;
    await c.query(`CREATE TEMP TABLE template AS SELECT * FROM jsonb_to_recordset($1::jsonb)
      AS s(t int, title text, first_date text, last_date text, article_count int, source_count int, anchor text, dossier text)`, [JSON.stringify(st.map((x, t) => ({ ...x, t })))]);
    // Story k copies template k mod T; its first article is one past the articles of the stories before it.
    const perRound = st.reduce((n, x) => n + x.article_count, 0);
    const rounds = Math.ceil(m / perRound);
    await c.query(`CREATE TEMP TABLE plan AS SELECT r * $1::int + t AS k, t, r * $2::int + (sum(article_count) OVER (PARTITION BY r ORDER BY t) - article_count) + 1 AS first, article_count
      FROM template, generate_series(0, $3::int - 1) r`, [st.length, perRound, rounds]);
    await c.query('DELETE FROM plan WHERE first > $1', [m]);
    const stories = Number((await c.query('SELECT count(*) AS n FROM plan')).rows[0].n);
    const BATCH = 20_000;
    for (let from = 0; from < stories; from += BATCH) {
      await c.query(`INSERT INTO stories (id, title, first_date, last_date, article_count, source_count, anchor, dossier)
        SELECT 's' || lpad(p.k::text, 8, '0'), t.title || ' (' || p.k || ')', t.first_date, t.last_date, least(p.article_count, $3::int - p.first + 1),
          t.source_count, t.anchor, t.dossier FROM plan p JOIN template t USING (t) WHERE p.k >= $1 AND p.k < $2`, [from, from + BATCH, m]);
      await c.query(`INSERT INTO story_articles (story_id, article_id)
        SELECT 's' || lpad(p.k::text, 8, '0'), 'syn' || lpad(a::text, 13, '0') FROM plan p, generate_series(p.first, least(p.first + p.article_count - 1, $3::int)) a
        WHERE p.k >= $1 AND p.k < $2 ORDER BY p.k, a`, [from, from + BATCH, m]);
      log(`stories: ${Math.min(stories, from + BATCH)} of ${stories} written (${secs()} s)`);
    }
    if (entities > 0) {
      await c.query(`CREATE TEMP TABLE template_entities AS SELECT * FROM jsonb_to_recordset($1::jsonb)
        AS e(t int, rank int, local_id text, key text, name text, type text, mentions int, lat float8, lon float8, country text)`,
      [JSON.stringify(material.entities.filter((e) => e.rank < entities))]);
      for (let from = 1; from <= m; from += 100_000) {
        await c.query(`INSERT INTO entities (article_id, local_id, key, name, type, roles, aliases, mention_count, lat, lon, country)
          SELECT 'syn' || lpad(i::text, 13, '0'), e.local_id, e.key, e.name, e.type, '[]', '[]', e.mentions, e.lat, e.lon, e.country
          FROM generate_series($1::int, $2::int) i JOIN template_entities e ON e.t = i % $3::int`, [from, Math.min(m, from + 99_999), material.articles]);
        log(`entities: articles up to ${Math.min(m, from + 99_999)} (${secs()} s)`);
      }
    }
    for (const t of ['stories', 'story_articles', 'entities']) await c.query(`VACUUM ANALYZE ${t}`);
    return { stories, seconds: (performance.now() - t0) / 1000 };
  } finally {
    await c.end();
  }
}

export async function storyCount(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return Number((await c.query('SELECT count(*) AS n FROM stories')).rows[0].n); } finally { await c.end(); }
}


/**
 * Answer times of the story page, its JSON, the stories list and the front page, through the server, for `n` random
 * stories plus the 10 largest (the slowest pages; a random sample seldom holds them).
 */
export async function timeStoryPages(dist, store, url, n) {
  const { createServer } = await import(join(dist, 'server/index.js'));
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const ids = (await c.query('SELECT id FROM stories ORDER BY random() LIMIT $1', [n])).rows.map((r) => r.id);
  ids.push(...(await c.query('SELECT id FROM stories ORDER BY article_count DESC LIMIT 10')).rows.map((r) => r.id));
  await c.end();
  const app = await createServer({ store });
  let serverCpu = null;
  const get = async (path, into) => {
    const s0 = serverCpu ? serverCpu() : 0;
    const c0 = process.cpuUsage();
    const t = performance.now();
    const r = await app.inject({ url: path });
    into.ms.push(performance.now() - t);
    const c = process.cpuUsage(c0);
    // CPU of this process and of the database's server processes: what the answer cost without waiting for a core
    if (serverCpu) into.cpu.push(serverCpu() - s0 + (c.user + c.system) / 1000);
    if (r.statusCode !== 200) throw new Error(`${path}: ${r.statusCode} ${r.body.slice(0, 200)}`);
  };
  const page = { ms: [], cpu: [] }, api = { ms: [], cpu: [] }, list = { ms: [], cpu: [] }, home = { ms: [], cpu: [] };
  // One untimed request of each kind first: the first answer of a process compiles the page code.
  const warm = { ms: [], cpu: [] };
  for (const p of [`/stories/${ids[0]}`, `/api/stories/${ids[0]}`, '/stories', '/']) await get(p, warm);
  if (process.platform === 'linux' && ['127.0.0.1', 'localhost'].includes(new URL(url).hostname)) serverCpu = await backendCpu(url);
  for (const [i, id] of ids.entries()) {
    await get(`/stories/${id}`, page);
    await get(`/api/stories/${id}`, api);
    if (i % 10 === 0) { await get(`/stories?offset=${i * 5}`, list); await get('/', home); }
  }
  await app.close();
  const both = (x) => ({ ...percentiles(x.ms), cpu: x.cpu.length ? percentiles(x.cpu) : null });
  return { stories: ids.length, page: both(page), api: both(api), list: both(list), home: both(home), lists: list.ms.length };
}
