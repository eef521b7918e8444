// A PostgreSQL search that stops counting (a very common word) says so through the server: the API keeps
// `totalIsLowerBound`, and the search page says "more than N" and lists the newest first. The store's bound is
// lowered to 1 so that the two hand-annotated articles (both about a bridge) exceed it.
import { describe, expect, it } from 'vitest';
import { rawFromBytes } from '../../src/ingest/raw.js';
import { analyseInline } from '../../src/server/ingest.js';
import { createServer } from '../../src/server/index.js';
import { PostgresStore } from '../../src/store/index.js';
import { ENGINES } from '../support/engines.js';
import { annotatedArticles, TODAY } from './helpers.js';

const postgres = ENGINES.find((e) => e.name === 'postgres')!;

describe('the server on a PostgreSQL search past its counting bound', () => {
  it.skipIf(!postgres.available)('says the total is a lower bound in the API and on the search page', async () => {
    const store = await PostgresStore.open(await postgres.fresh(), 2, { searchBound: 1 });
    const app = await createServer({ store, today: TODAY, analyse: analyseInline });
    try {
      const articles = annotatedArticles();
      for (const a of articles) {
        await store.saveRaw({ ...rawFromBytes(Buffer.from(a.article.text), { path: a.article.source.path }, 'text/plain'), id: a.article.id });
        await store.saveAnalysis(a);
      }
      const api = await app.inject('/api/search?q=bridge&limit=1');
      expect(api.statusCode).toBe(200);
      const newest = articles[articles.length - 1]!.article.id;
      expect(api.json()).toMatchObject({ total: 1, totalIsLowerBound: true, items: [{ id: newest }] });
      const page = await app.inject('/search?q=bridge&limit=1');
      expect(page.body).toContain('more than 1 articles found, newest first');
      expect(page.body).toMatch(/1–1 of 1\+/);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
