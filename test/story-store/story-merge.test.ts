// Story–story merges on the store path, on both engines: when an article's story grows into another story of the
// same event, the stored stories become one — members, placements, dossier and a saved search following the absorbed
// story move to the kept one, the absorbed story's row is gone (its links redirect to the kept one), and the result is
// the in-memory clusterer's.
import { describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../src/api.js';
import { rawFromBytes, type RawDocument } from '../../src/ingest/raw.js';
import type { Analysis } from '../../src/model/analysis.js';
import { analyseInline } from '../../src/server/ingest.js';
import { createServer } from '../../src/server/index.js';
import { openEngine, type Store } from '../../src/store/index.js';
import { StoryBuilder } from '../../src/story/index.js';
import { ensureStories } from '../../src/story/refresh.js';
import type { StoredDossier } from '../../src/story/refresh-dossier.js';
import { HARBOUR_FIRE, HARBOUR_FIRE_LATER, strictLinker } from '../story/harbour-fire.js';
import { ENGINES } from '../support/engines.js';

const analysed = (reports: typeof HARBOUR_FIRE): Array<{ raw: RawDocument; a: Analysis }> => reports.map(([id, published, title, text]) => {
  const raw = rawFromBytes(Buffer.from(`${title}\n\n${text}`, 'utf8'), { url: `https://news${id.length}.example/${id}` }, 'text/plain', 'utf-8');
  return { raw, a: analyzeRaw(raw, { published, today: '2025-01-01' }) };
});
const docs = analysed(HARBOUR_FIRE);
const options = { linker: strictLinker(0.1) };

async function add(store: Store, from: number, to: number): Promise<void> {
  for (const { raw, a } of docs.slice(from, to)) { await store.saveRaw(raw); await store.saveAnalysis(a); }
  await ensureStories(store, options);
}
const membership = async (store: Store) => [...(await store.stories.exportData()).storyOf].sort((x, y) => x[0].localeCompare(y[0]));

describe.each(ENGINES)('story merges on the $name store', (engine) => {
  it.skipIf(!engine.available)('merges the inquiry\'s story into the fire\'s as in memory, moving its members, dossier and saved search', async () => {
    const store = await openEngine(await engine.fresh());
    try {
      await add(store, 0, 3);
      const before = await membership(store);
      const [fire, inquiry] = [before.find(([a]) => a === docs[0]!.a.article.id)![1], before.find(([a]) => a === docs[2]!.a.article.id)![1]];
      expect(fire).not.toBe(inquiry);
      await store.searches.add({ name: 'inquiry', words: null, entityKey: null, storyId: inquiry, webhook: null, createdAt: '2025-01-01T00:00:00Z' });

      await add(store, 3, 4);
      const after = await membership(store);
      expect(new Set(after.map(([, s]) => s))).toEqual(new Set([fire])); // the larger, first story keeps its id
      expect((await store.stories.counts()).stories).toBe(1);
      expect(await store.stories.dossier(inquiry)).toBeNull();
      const kept = (await store.stories.dossier<StoredDossier>(fire))!;
      expect(kept.articleCount).toBe(4);
      expect(kept.dossier.articleList.map((x) => x.id).sort()).toEqual(docs.map((d) => d.a.article.id).sort());
      expect([kept.firstDate, kept.lastDate]).toEqual(['2021-03-01', '2021-03-05']);
      expect((await store.searches.get('inquiry'))?.storyId).toBe(fire);

      // links to the absorbed story lead to the kept one: the store knows where it went, the page and the API redirect
      expect(await store.stories.mergedInto(inquiry)).toBe(fire);
      expect(await store.stories.mergedInto(fire)).toBeNull();
      const app = await createServer({ store, today: '2025-01-01', analyse: analyseInline });
      try {
        for (const [path, heir] of [[`/stories/${inquiry}`, `/stories/${fire}`], [`/api/stories/${inquiry}`, `/api/stories/${fire}`]] as const) {
          const r = await app.inject(path);
          expect([r.statusCode, r.headers.location], path).toEqual([302, heir]);
          expect((await app.inject(heir)).statusCode, heir).toBe(200);
        }
        expect((await app.inject('/api/stories/no-such-story')).statusCode).toBe(404);
      } finally { await app.close(); }

      const b = new StoryBuilder(options);
      for (const { a } of docs) b.add(a);
      expect(b.stories()).toHaveLength(1);
    } finally { await store.close(); }
  });

  it.skipIf(!engine.available)('merges stories half a year apart at the far bar, as in memory', async () => {
    const later = analysed(HARBOUR_FIRE_LATER), far = { linker: strictLinker(0.1, 0.1, 0.2) };
    const store = await openEngine(await engine.fresh());
    try {
      for (const { raw, a } of later) { await store.saveRaw(raw); await store.saveAnalysis(a); }
      await ensureStories(store, far);
      const stored = await membership(store);
      expect(new Set(stored.map(([, s]) => s)).size).toBe(1);
      const story = (await store.stories.dossier<StoredDossier>(stored[0]![1]))!;
      expect([story.articleCount, story.firstDate, story.lastDate]).toEqual([4, '2021-03-01', '2021-09-05']);
      const b = new StoryBuilder(far);
      for (const { a } of later) b.add(a);
      expect(b.stories().map((x) => x.articles.length)).toEqual([4]);
    } finally { await store.close(); }

    const apart = await openEngine(await engine.fresh());
    try {
      for (const { raw, a } of later) { await apart.saveRaw(raw); await apart.saveAnalysis(a); }
      await ensureStories(apart, { linker: strictLinker(0.1, undefined, 0.2) });
      expect(new Set((await membership(apart)).map(([, s]) => s)).size).toBe(2);
    } finally { await apart.close(); }
  });
});
