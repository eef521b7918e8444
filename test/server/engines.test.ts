// The server on both engines (SQLite and PostgreSQL): the JSON API and the dashboard read through the engine
// interface — articles, search, entities, a story with its page, feeds and saved searches — and a posted article is
// stored and readable. The PostgreSQL run needs STORYLINE_TEST_PG (see test/support/engines.ts).
import { describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../src/api.js';
import { rawFromBytes } from '../../src/ingest/raw.js';
import { analyseInline } from '../../src/server/ingest.js';
import { createServer } from '../../src/server/index.js';
import { openEngine, type Store } from '../../src/store/index.js';
import { ENGINES } from '../support/engines.js';
import { annotatedArticles, fixtureTexts, TODAY } from './helpers.js';

async function filled(db: string): Promise<Store> {
  const store = await openEngine(db);
  for (const { path, text } of fixtureTexts()) {
    const raw = rawFromBytes(Buffer.from(text, 'utf8'), { path }, 'text/plain');
    await store.saveRaw(raw);
    await store.saveAnalysis(analyzeRaw(raw, { today: TODAY }));
  }
  for (const a of annotatedArticles()) {
    await store.saveRaw({ ...rawFromBytes(Buffer.from(a.article.text), { path: a.article.source.path }, 'text/plain'), id: a.article.id });
    await store.saveAnalysis(a);
  }
  await store.feeds.add('https://news.example/feed.xml', '2025-01-01T00:00:00.000Z', 600);
  await store.searches.add({ name: 'bridge', words: 'bridge', entityKey: null, storyId: null, webhook: null, createdAt: '2025-01-01T00:00:00.000Z' });
  return store;
}

describe.each(ENGINES)('the server on the $name store', (engine) => {
  it.skipIf(!engine.available)('serves articles, search, entities, a story, feeds and saved searches, and stores a posted article', async () => {
    const store = await filled(await engine.fresh());
    const app = await createServer({ store, today: TODAY, analyse: analyseInline });
    try {
      const json = async (url: string) => { const r = await app.inject(url); expect(r.statusCode, url).toBe(200); return r.json(); };
      const articles = await json('/api/articles?limit=100');
      expect(articles.total).toBe(fixtureTexts().length + 2);
      const one = await json(`/api/articles/${articles.items[0].id.slice(0, 10)}`);
      expect(one.article.id).toBe(articles.items[0].id);
      const hits = await json('/api/search?q=bridge');
      expect(hits.items.map((h: { id: string }) => h.id)).toEqual(expect.arrayContaining(annotatedArticles().map((a) => a.article.id)));
      const entities = await json('/api/entities?q=kessler');
      expect(entities.items[0].name).toBe('Maria Kessler');
      const kessler = await json(`/api/entities/${encodeURIComponent(entities.items[0].key)}`);
      expect(kessler.articles).toHaveLength(2);
      // Both articles naming Maria Kessler five days apart make one story, with its ledger and timeline.
      const stories = await json('/api/stories?limit=100');
      const bridge = stories.items.find((s: { articles: number; id: string }) => s.articles === 2 && s.id);
      expect(bridge).toBeDefined();
      const story = await json(`/api/stories/${bridge.id}`);
      expect(story.articleList.map((a: { id: string }) => a.id).sort()).toEqual(annotatedArticles().map((a) => a.article.id).sort());
      for (const page of ['/', '/articles', '/search?q=bridge', '/entities', `/stories/${bridge.id}`, '/stories', '/feeds']) {
        const r = await app.inject(page);
        expect(r.statusCode, page).toBe(200);
        expect(r.headers['content-type']).toMatch(/text\/html/);
      }
      expect((await app.inject(`/stories/${bridge.id}`)).body).toContain('Maria Kessler');
      expect((await json('/api/feeds'))[0]).toMatchObject({ url: 'https://news.example/feed.xml', state: 'new' });
      const atom = await app.inject('/searches/bridge/atom.xml');
      expect(atom.statusCode).toBe(200);
      expect(atom.body).toContain('<feed');
      const posted = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'Bridge reopens\n\nMaria Kessler said the bridge in Rotterdam reopened on Friday after repairs.', published: '2024-03-09' } });
      expect(posted.statusCode).toBe(201);
      expect((await json('/api/articles?limit=100')).total).toBe(fixtureTexts().length + 3);
      expect((await json(`/api/articles/${posted.json().article.id}`)).article.text).toContain('reopened on Friday');
    } finally {
      await app.close();
      await store.close();
    }
  });
});
