// The stored-story provider behind the server: API and page for a story, hostile text kept as text.
import { describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/index.js';
import { SqliteStore } from '../../src/store/index.js';
import { hostileAnalysis, PAYLOADS } from '../browser/hostile.js';
import { annotatedArticles } from '../server/helpers.js';
import { rawFromBytes } from '../../src/ingest/raw.js';
import { addAnnotated } from '../server/helpers.js';

describe('stored stories in the server', () => {
  it('serves the ledger, positions and merged timeline, and escapes hostile story text on the page', async () => {
    const store = new SqliteStore(':memory:');
    addAnnotated(store);
    const a = hostileAnalysis();
    store.saveRaw({ id: a.article.id, bytes: Buffer.from('x'), source: a.article.source, mediaType: 'text/plain', charset: null });
    store.saveAnalysis(a);
    const app = await createServer({ store });
    const list = (await app.inject('/api/stories')).json() as { items: Array<{ id: string; anchor: string }>; total: number };
    expect(list.total).toBeGreaterThan(0);
    const kessler = list.items.find((s) => s.anchor === 'person:maria kessler')!;
    const d = (await app.inject(`/api/stories/${kessler.id}`)).json();
    expect(d.positions.find((p: { name: string }) => p.name === 'Maria Kessler').positions[0]).toMatchObject({ stance: 'assert', text: 'The bridge will open in May.' });
    expect(d.timeline.every((e: { sources: unknown[] }) => e.sources.length >= 1)).toBe(true);
    expect(d.sources).toBeGreaterThanOrEqual(1);
    for (const s of list.items) {
      const body = (await app.inject(`/stories/${s.id}`)).body;
      for (const p of PAYLOADS) expect(body, s.id).not.toContain(p);
      expect(body.match(/<script/g), s.id).toHaveLength(1);
    }
    await app.close();
    store.close();
  });

  it('names an untitled article on the story page by its date, not by its id', async () => {
    const store = new SqliteStore(':memory:');
    const [a] = annotatedArticles();
    const untitled = { ...a!, article: { ...a!.article, title: null } };
    store.saveRaw({ ...rawFromBytes(Buffer.from(untitled.article.text), { path: 'untitled.txt' }, 'text/plain'), id: untitled.article.id });
    store.saveAnalysis(untitled);
    const app = await createServer({ store });
    const [story] = ((await app.inject('/api/stories')).json() as { items: Array<{ id: string }> }).items;
    const body = (await app.inject(`/stories/${story!.id}`)).body;
    expect(body).toContain(`untitled article of ${untitled.article.published!.slice(0, 10)}`);
    expect(body).not.toContain(`>${untitled.article.id}<`);
    await app.close();
    store.close();
  });
});
