// ECB+ (train and dev topics) for the story benches and the linker's training script: every document
// through Storyline's analysis. Short items that the article check refuses (one-sentence news items)
// are analysed anyway, through the same extraction and annotators, and counted: the clusterer must
// place every document. STORYLINE_SHARED overrides ../shared; --cache FILE keeps the analyses between runs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const shared = resolve(process.env.STORYLINE_SHARED ?? '../shared');
const dist = resolve(process.env.STORYLINE_DIST ?? 'dist');

export function readDocs() {
  return readFileSync(`${shared}/corpus/ecbplus-dev/docs.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** Analyses of every document, by id, plus how many the article check refused. */
export async function analyseDocs(docs, cacheFile = null) {
  if (cacheFile && existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8'));
  const { analyzeText } = await import(`${dist}/api.js`);
  const { extract } = await import(`${dist}/extract/index.js`);
  const { analyseDocument, toAnalysis } = await import(`${dist}/analyse/index.js`);
  const analyses = {};
  let refused = 0;
  const t0 = performance.now();
  for (const d of docs) {
    const opts = { format: 'text', today: '2026-12-31', path: d.id, ...(d.url ? { url: d.url } : {}) };
    let a;
    try { a = analyzeText(d.text, opts); } catch {
      refused++;
      const article = { id: d.id, source: { path: d.id, ...(d.url ? { url: d.url } : {}) }, ...extract(d.text, 'text', { url: d.url ?? undefined }) };
      a = toAnalysis(analyseDocument(article, { today: '2026-12-31' }));
    }
    a.article.id = d.id;
    analyses[d.id] = a;
  }
  const out = { analyses, refused, msPerDoc: (performance.now() - t0) / docs.length };
  if (cacheFile) writeFileSync(cacheFile, JSON.stringify(out));
  return out;
}

/** Arrival order: by publication date (undated first, as buildStories does), ties by id. */
export const streamOrder = (docs, analyses) => [...docs].sort((x, y) =>
  (analyses[x.id].article.published ?? '').slice(0, 10).localeCompare((analyses[y.id].article.published ?? '').slice(0, 10)) || x.id.localeCompare(y.id));

/** Storyline's stories for `docs` (one stream): story id per document id. */
export async function storylineLabels(docs, analyses, options = {}, decide = undefined) {
  const { StoryBuilder } = await import(`${dist}/story/index.js`);
  const b = new StoryBuilder(options);
  const labels = new Map();
  for (const d of streamOrder(docs, analyses)) labels.set(d.id, b.add(analyses[d.id], undefined, decide ? decide(d) : undefined).storyId);
  // where each article ended: a later story merge (merge.ts) moves earlier articles
  for (const id of labels.keys()) labels.set(id, b.clusterer.storyOf(id) ?? labels.get(id));
  return { labels, builder: b };
}

/** The same stream through the store (what `storyline ingest` does): story id per document id. */
export async function storeLabels(docs, analyses) {
  const { SqliteStore } = await import(`${dist}/store/index.js`);
  const { ensureStories } = await import(`${dist}/story/refresh.js`);
  const store = new SqliteStore(':memory:');
  const raw = store.db.prepare("INSERT INTO raw_inputs (id, bytes, size, fetched_at, status) VALUES (?, ?, ?, '2026-01-01', 'analysed')");
  const art = store.db.prepare('INSERT INTO articles (id, title, published, published_from, language, site, text, analysis) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const d of streamOrder(docs, analyses)) {
    const a = analyses[d.id];
    raw.run(d.id, Buffer.from(d.text), d.text.length);
    art.run(d.id, a.article.title, a.article.published, a.article.publishedFrom, a.article.language ?? 'en', d.url ? new URL(d.url).hostname : null, a.article.text, JSON.stringify(a));
  }
  await ensureStories(store);
  const labels = new Map(store.db.prepare('SELECT article_id AS a, story_id AS s FROM story_done').all().map((r) => [r.a, r.s]));
  store.close();
  return labels;
}
