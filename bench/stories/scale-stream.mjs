// The synthetic stream and the page timing of bench/stories/scale.mjs, shared with scale-replicate.mjs so both
// place the same articles and time the pages the same way.
// Synthetic article k = Wikinews article k mod 293 with every third word's last two letters changed per round (same
// length, so offsets hold; no near-duplicates across rounds), dated round × 30 days + its place in the round.
// Caveat for long streams: the tag is the last two letters of round + 1 in base 26 (a 1-digit number padded with
// 'q'), so it first repeats at round 416 (417 ends in "qb" like round 0's 1), at k = 121 888, and only 676 tags
// exist: from there on a round's texts equal an earlier round's and are placed as exact copies (MinHash finds them
// whatever their dates), so a direct run much beyond 120k articles measures the copy path, not placement
// (scale-replicate.mjs measures 1M without going there).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const dist = resolve(process.env.STORYLINE_DIST ?? 'dist');
const shared = resolve(process.env.STORYLINE_SHARED ?? '../shared');
const { analyzeText } = await import(`${dist}/api.js`);
const { rawFromBytes } = await import(`${dist}/ingest/raw.js`);
const { createServer } = await import(`${dist}/server/index.js`);

export const START = Date.parse('2000-01-01');
export const DAYS_PER_ROUND = 30;

/** The 293 Wikinews analyses, oldest first (read from `cache` when given and present, else analysed and cached there). */
export function loadBase(cache) {
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
  return base.sort((x, y) => x.article.published.localeCompare(y.article.published));
}

/** Synthetic article k of the stream over `base`: its analysis and its raw input. */
export function synth(base, k) {
  const ROUND = base.length;
  const round = Math.floor(k / ROUND), b = base[k % ROUND];
  const tag = (round + 1).toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26))).padStart(2, 'q').slice(-2);
  let n = 0;
  const text = b.article.text.replace(/\p{L}{5,}/gu, (w) => (n++ % 3 === 2 ? w.slice(0, -2) + tag : w));
  const id = `syn${String(k).padStart(7, '0')}`;
  const published = new Date(START + (round * DAYS_PER_ROUND + Math.floor(((k % ROUND) * DAYS_PER_ROUND) / ROUND)) * 864e5).toISOString().slice(0, 10);
  const a = { ...b, article: { ...b.article, id, text, published, publishedFrom: 'given', source: { path: `${id}.txt`, url: b.article.source.url } } };
  return { a, raw: { ...rawFromBytes(Buffer.from(text, 'utf8'), { path: `${id}.txt` }, 'text/plain', 'utf-8'), id } };
}

/** Prepared inserts of the articles rows a stream writes (what placing reads; no entity, quote or search rows). */
export function articleWriter(store) {
  const insRaw = store.db.prepare("INSERT INTO raw_inputs (id, bytes, size, fetched_at, status) VALUES (?, ?, ?, '2026-01-01', 'analysed')");
  const insArticle = store.db.prepare("INSERT INTO articles (id, title, published, published_from, language, site, text, analysis) VALUES (?, ?, ?, 'given', ?, ?, ?, ?)");
  return ({ a, raw }) => {
    insRaw.run(raw.id, raw.bytes, raw.bytes.length);
    insArticle.run(a.article.id, a.article.title, a.article.published, a.article.language ?? 'en', a.article.source.url ? new URL(a.article.source.url).hostname : null, a.article.text, JSON.stringify(a));
  };
}

export const mb = (x) => (x / 2 ** 20).toFixed(0);
export const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** The tables of the story state (their pages are the "story state" of the store size). */
export const STORY_TABLES = ['stories', 'story_articles', 'story_postings', 'story_profiles', 'story_inputs', 'story_done',
  'story_df', 'story_source_df', 'story_sources', 'minhash_bands', 'minhash_signatures', 'entity_keys', 'entity_sources', 'global_entities', 'entity_links', 'duplicates'];
export const storyStateBytes = (store) => store.db.prepare(`SELECT sum(pgsize) AS b FROM dbstat WHERE name IN (${STORY_TABLES.map((t) => `'${t}'`).join(', ')})`).get()?.b ?? null;

export async function pageTimes(store) {
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
export const pageLine = ({ page, api, ids }) => `story page median ${pct(page, 0.5).toFixed(1)} ms p99 ${pct(page, 0.99).toFixed(1)} ms max ${Math.max(...page).toFixed(1)} ms, ` +
  `API median ${pct(api, 0.5).toFixed(1)} ms p99 ${pct(api, 0.99).toFixed(1)} ms max ${Math.max(...api).toFixed(1)} ms (${ids.length} stories: random + the 10 largest)`;
