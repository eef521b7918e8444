// Incremental stories at scale: synthetic articles stored one by one into a SQLite file and placed
// in stories as they arrive (ensureStories after every batch of 500, as an ingest does). Prints the
// milliseconds per placed article (first 10k, last 10k, all), peak memory, store size, and the answer
// time of the story page and JSON API (server inject) for random stories, and a full rebuild of a 10k
// store (the previous design recomputed every story on the first read after any write). Placing is
// timed in CPU time of this process: on a shared machine wall time counts other processes' work.
// Synthetic article k = Wikinews article k mod 293 with every third word's last two letters changed
// per round (same length, so offsets hold; no near-duplicates across rounds), dated round × 30 days +
// its place in the round: about ten articles a day, like a steady archive.
// Usage: npm run bench:stories:scale [-- --sizes 10000,100000 --cache /tmp/wiki.json]
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dist = resolve(process.env.STORYLINE_DIST ?? 'dist');
const shared = resolve(process.env.STORYLINE_SHARED ?? '../shared');
const { analyzeText } = await import(`${dist}/api.js`);
const { SqliteStore } = await import(`${dist}/store/index.js`);
const { rawFromBytes } = await import(`${dist}/ingest/raw.js`);
const { ensureStories, refreshStories } = await import(`${dist}/story/refresh.js`);
const { createServer } = await import(`${dist}/server/index.js`);
const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const sizes = arg('--sizes', '10000,100000').split(',').map(Number);
const cache = arg('--cache', null);
// --keep FILE: keep the built store there (only the first size); --reuse FILE: skip building, time the pages of that store.
const keep = arg('--keep', null), reuse = arg('--reuse', null);

let base;
if (cache && existsSync(cache)) base = JSON.parse(readFileSync(cache, 'utf8'));
else {
  base = readFileSync(`${shared}/corpus/wikinews/wikinews_en_2019_2020.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((r) => {
    const a = analyzeText(r.text, { format: 'text', published: r.date, today: '2026-12-31', path: r.id });
    a.article.id = r.id; a.article.title = r.title; if (r.url) a.article.source.url = r.url;
    return a;
  });
  if (cache) writeFileSync(cache, JSON.stringify(base));
}
base.sort((x, y) => x.article.published.localeCompare(y.article.published));
const ROUND = base.length, START = Date.parse('2000-01-01');

function synth(k) {
  const round = Math.floor(k / ROUND), b = base[k % ROUND];
  const tag = (round + 1).toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26))).padStart(2, 'q').slice(-2);
  let n = 0;
  const text = b.article.text.replace(/\p{L}{5,}/gu, (w) => (n++ % 3 === 2 ? w.slice(0, -2) + tag : w));
  const id = `syn${String(k).padStart(7, '0')}`;
  const published = new Date(START + (round * 30 + Math.floor(((k % ROUND) * 30) / ROUND)) * 864e5).toISOString().slice(0, 10);
  const a = { ...b, article: { ...b.article, id, text, published, publishedFrom: 'given', source: { path: `${id}.txt`, url: b.article.source.url } } };
  return { a, raw: { ...rawFromBytes(Buffer.from(text, 'utf8'), { path: `${id}.txt` }, 'text/plain', 'utf-8'), id } };
}

const mb = (x) => (x / 2 ** 20).toFixed(0);
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
async function pageTimes(store) {
  // Story page and API answer times for random stories, through the server (inject: no network).
  const app = await createServer({ store });
  const ids = store.db.prepare('SELECT id FROM stories WHERE rowid IN (SELECT abs(random()) % (SELECT max(rowid) FROM stories) + 1 FROM stories LIMIT 200)').all().map((r) => r.id);
  // The largest stories too: they are the slowest pages, a random sample seldom holds them.
  ids.push(...store.db.prepare('SELECT id FROM stories ORDER BY article_count DESC LIMIT 10').all().map((r) => r.id));
  const page = [], api = [];
  // One untimed request each first: the first answer of a process compiles the page code.
  await app.inject({ url: `/stories/${ids[0]}` }); await app.inject({ url: `/api/stories/${ids[0]}` });
  for (const id of ids) {
    let t = performance.now(); const r1 = await app.inject({ url: `/stories/${id}` }); page.push(performance.now() - t);
    t = performance.now(); const r2 = await app.inject({ url: `/api/stories/${id}` }); api.push(performance.now() - t);
    if (r1.statusCode !== 200 || r2.statusCode !== 200) throw new Error(`story ${id}: ${r1.statusCode}/${r2.statusCode}`);
  }
  await app.close();
  return { page, api, ids };
}
const pageLine = ({ page, api, ids }) => `story page median ${pct(page, 0.5).toFixed(1)} ms p99 ${pct(page, 0.99).toFixed(1)} ms max ${Math.max(...page).toFixed(1)} ms, ` +
  `API median ${pct(api, 0.5).toFixed(1)} ms p99 ${pct(api, 0.99).toFixed(1)} ms max ${Math.max(...api).toFixed(1)} ms (${ids.length} stories: random + the 10 largest)`;
if (reuse) {
  const store = new SqliteStore(reuse);
  const { n, largest } = store.db.prepare('SELECT count(*) AS n, max(article_count) AS largest FROM stories').get();
  console.log(`${reuse}: ${n} stories (largest ${largest} articles); ${pageLine(await pageTimes(store))}`);
  store.close();
  process.exit(0);
}
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-scale-'));
  const file = keep && n === sizes[0] ? keep : join(dir, 'scale.db');
  const store = new SqliteStore(file);
  const insRaw = store.db.prepare("INSERT INTO raw_inputs (id, bytes, size, fetched_at, status) VALUES (?, ?, ?, '2026-01-01', 'analysed')");
  const insArticle = store.db.prepare("INSERT INTO articles (id, title, published, published_from, language, site, text, analysis) VALUES (?, ?, ?, 'given', ?, ?, ?, ?)");
  let wallMs = 0, windowMs = 0;
  let peak = 0, placeMs = 0, first10k = 0, lastWindow = [], saveMs = 0;
  const t0 = performance.now();
  for (let k = 0; k < n; k += 500) {
    let t = performance.now();
    // The articles rows only (what placing reads): the entity, quote and search tables an ingest also
    // fills are left out, to spend the run on the part measured.
    store.db.transaction(() => { for (let j = k; j < Math.min(n, k + 500); j++) { const { a, raw } = synth(j); insRaw.run(raw.id, raw.bytes, raw.bytes.length); insArticle.run(a.article.id, a.article.title, a.article.published, a.article.language ?? 'en', a.article.source.url ? new URL(a.article.source.url).hostname : null, a.article.text, JSON.stringify(a)); } })();
    saveMs += performance.now() - t;
    // CPU time of this process (user + system): the machine may be shared, wall time would count others' work.
    t = performance.now();
    const cpu = process.cpuUsage();
    await ensureStories(store);
    const used = process.cpuUsage(cpu);
    const ms = (used.user + used.system) / 1000;
    wallMs += performance.now() - t;
    placeMs += ms;
    if (k < 10000) first10k += ms;
    if (k >= n - 10000) lastWindow.push(ms);
    peak = Math.max(peak, process.memoryUsage().rss);
    windowMs += ms;
    if ((k + 500) % 2000 === 0) { console.log(`  ${k + 500} articles: ${(windowMs / 2000).toFixed(2)} ms CPU/article over the last 2000, rss ${mb(process.memoryUsage().rss)} MB, ${((performance.now() - t0) / 1000).toFixed(0)} s`); windowMs = 0; }
  }
  const lastMs = lastWindow.reduce((s, x) => s + x, 0) / (lastWindow.length * 500);
  const size = ['', '-wal'].map((x) => (existsSync(file + x) ? statSync(file + x).size : 0)).reduce((s, x) => s + x, 0);
  const storyBytes = store.db.prepare(`SELECT sum(pgsize) AS b FROM dbstat WHERE name IN ('stories', 'story_articles', 'story_postings', 'story_profiles', 'story_inputs', 'story_done',
    'story_df', 'story_source_df', 'story_sources', 'minhash_bands', 'minhash_signatures', 'entity_keys', 'entity_sources', 'global_entities', 'entity_links', 'duplicates')`).get()?.b ?? null;
  const { n: stories, largest } = store.db.prepare('SELECT count(*) AS n, max(article_count) AS largest FROM stories').get();
  const times = await pageTimes(store);
  console.log(`scale ${n}: placing ${(placeMs / n).toFixed(2)} ms CPU/article overall (${(wallMs / n).toFixed(2)} ms wall), first 10k ${(first10k / Math.min(n, 10000)).toFixed(2)}, last 10k ${lastMs.toFixed(2)} (storing the article rows: ${(saveMs / n).toFixed(2)} ms/article, not counted); ` +
    `${stories} stories (largest ${largest} articles); peak rss ${mb(peak)} MB; store ${mb(size)} MB of which story state ${storyBytes === null ? '?' : mb(storyBytes)} MB; ` +
    pageLine(times));
  if (n <= 10000 && !keep) {
    const r = await refreshStories(store);
    console.log(`  full rebuild (stories --rebuild) of the ${n} store: ${((r.ms.load + r.ms.build + r.ms.write) / 1000).toFixed(1)} s, ${r.stories} stories`);
  }
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
