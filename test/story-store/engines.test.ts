// Stories on both engines (SQLite and PostgreSQL): articles are placed once as they arrive, a read places only what
// is new, a re-analysed article keeps its story, a rebuild keeps ids and members, two processes placing at once
// place each article once, a worker places what it analyses, and both engines build the same stories.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../src/api.js';
import { enqueueSources, runWorker } from '../../src/ingest/queue.js';
import { rawFromBytes, type RawDocument } from '../../src/ingest/raw.js';
import type { Analysis } from '../../src/model/analysis.js';
import { openEngine, type Store } from '../../src/store/index.js';
import { ensureStories, refreshStories } from '../../src/story/refresh.js';
import type { StoredDossier } from '../../src/story/refresh-dossier.js';
import { ENGINES } from '../support/engines.js';

const DIR = fileURLToPath(new URL('../fixtures/entities/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
let raws: RawDocument[];
let analyses: Analysis[];
beforeAll(() => {
  // The fixtures in date order, one site each of three.
  raws = FILES.map((f, i) => rawFromBytes(Buffer.from(readFileSync(join(DIR, f), 'utf8'), 'utf8'), { url: `https://site${i % 3}.example/${f}` }, 'text/plain', 'utf-8'));
  analyses = raws.map((r, i) => analyzeRaw(r, { published: `2020-01-${String(10 + i).padStart(2, '0')}`, today: '2025-01-01' }));
});

async function filled(db: string): Promise<Store> {
  const store = await openEngine(db);
  for (const [i, a] of analyses.entries()) { await store.saveRaw(raws[i]!); await store.saveAnalysis(a); }
  return store;
}

/** Every story with its dossier, in list order. */
async function everything(store: Store): Promise<Array<{ id: string; dossier: StoredDossier }>> {
  const page = await store.stories.list({ limit: 1000, offset: 0 });
  return Promise.all(page.items.map(async (s) => (await store.stories.dossier<StoredDossier>(s.id))!));
}
const membership = async (store: Store) => [...(await store.stories.exportData()).storyOf].sort((x, y) => x[0].localeCompare(y[0]));

describe.each(ENGINES)('stories on the $name store', (engine) => {
  const test = it.skipIf(!engine.available);

  test('places each stored article once; a second read places nothing; lists, dossiers and id prefixes read back', async () => {
    const store = await filled(await engine.fresh());
    try {
      expect(await store.stories.hasPending()).toBe(true);
      expect((await ensureStories(store))?.placed).toBe(analyses.length);
      expect(await ensureStories(store)).toBeNull();
      const members = await membership(store);
      expect(members.map(([a]) => a)).toEqual(analyses.map((a) => a.article.id).sort());
      const stories = await everything(store);
      expect(stories.length).toBeGreaterThan(1);
      expect(stories.length).toBeLessThan(analyses.length);
      for (const s of stories) {
        const own = members.filter(([, sid]) => sid === s.id).map(([a]) => a).sort();
        expect(s.dossier.articleList.map((a) => a.id).sort()).toEqual(own);
      }
      const first = stories[0]!.id;
      expect(await store.stories.resolveId(first.slice(0, 8))).toBe(first);
      expect(await store.stories.resolveId('zzzz')).toBeNull();
      expect(await store.stories.counts()).toMatchObject({ articles: analyses.length, stories: stories.length });
    } finally { await store.close(); }
  });

  test('a re-analysed article keeps its story, and a rebuild keeps story ids and members', async () => {
    const store = await filled(await engine.fresh());
    try {
      await ensureStories(store);
      const before = await membership(store);
      const counts = await store.stories.counts();
      await store.saveAnalysis(analyses[3]!);
      expect(await store.stories.hasPending()).toBe(false);
      expect(await ensureStories(store)).toBeNull();
      expect(await store.stories.counts()).toEqual(counts);
      const r = await refreshStories(store);
      expect(r.placed).toBe(analyses.length);
      expect(await membership(store)).toEqual(before);
      expect(await store.stories.hasPending()).toBe(false);
    } finally { await store.close(); }
  });

  test('two processes placing at once place every article exactly once', async () => {
    const db = await engine.fresh();
    const a = await filled(db);
    const b = await openEngine(db);
    try {
      await Promise.all([ensureStories(a), ensureStories(b)]);
      expect((await a.stories.counts()).articles).toBe(analyses.length);
      expect((await membership(b)).length).toBe(analyses.length);
      const total = (await everything(b)).reduce((n, s) => n + s.dossier.articleList.length + s.dossier.copies.length, 0);
      expect(total).toBe(analyses.length);
    } finally { await a.close(); await b.close(); }
  });

  test('a worker places the articles it analyses in stories', async () => {
    const store = await openEngine(await engine.fresh());
    try {
      const sources = raws.slice(0, 5).map((r, i) => ({ name: FILES[i]!, load: async () => r }));
      expect((await enqueueSources(sources, store)).queued).toBe(5);
      expect((await runWorker(store, { drain: true })).done).toBe(5);
      expect(await store.stories.hasPending()).toBe(false);
      expect((await store.stories.counts()).articles).toBe(5);
    } finally { await store.close(); }
  });
});

describe('both engines build the same stories', () => {
  it.skipIf(!ENGINES.every((e) => e.available))('same members, titles and dossiers from the same articles', async () => {
    const [sqlite, postgres] = await Promise.all(ENGINES.map(async (e) => filled(await e.fresh())));
    try {
      for (const s of [sqlite!, postgres!]) await ensureStories(s);
      expect(await membership(postgres!)).toEqual(await membership(sqlite!));
      expect(await everything(postgres!)).toEqual(await everything(sqlite!));
    } finally { await sqlite!.close(); await postgres!.close(); }
  });
});
