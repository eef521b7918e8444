// Story splits on the store path, on both engines: when a story's members form two groups apart (split.ts), the
// group without the story's first member leaves for a new stored story with its placements and dossier inputs; the
// kept story's dossier, dates and count follow its remaining members, and the result is the in-memory clusterer's.
import { describe, expect, it } from 'vitest';
import { analyzeRaw, analyzeText } from '../../src/api.js';
import { rawFromBytes, type RawDocument } from '../../src/ingest/raw.js';
import type { Analysis } from '../../src/model/analysis.js';
import { openEngine, type Store } from '../../src/store/index.js';
import { StoryBuilder } from '../../src/story/index.js';
import { ensureStories } from '../../src/story/refresh.js';
import type { StoredDossier } from '../../src/story/refresh-dossier.js';
import { loadState } from '../../src/story/incremental-state.js';
import { call } from '../../src/store/steps.js';
import { TWO_FIRES, looseLinker } from '../story/two-fires.js';
import { ENGINES } from '../support/engines.js';

const docs: Array<{ raw: RawDocument; a: Analysis }> = TWO_FIRES.map(([id, published, title, text]) => {
  const raw = rawFromBytes(Buffer.from(`${title}\n\n${text}`, 'utf8'), { url: `https://news${id.length}.example/${id}` }, 'text/plain', 'utf-8');
  return { raw, a: analyzeRaw(raw, { ...(published ? { published } : {}), today: '2025-01-01' }) };
});
const options = { linker: looseLinker({ bar: 0.5, minPart: 3 }) };

const membership = async (store: Store) => [...(await store.stories.exportData()).storyOf].sort((x, y) => x[0].localeCompare(y[0]));

describe.each(ENGINES)('story splits on the $name store', (engine) => {
  it.skipIf(!engine.available)('parts the dated fire from the undated one as in memory, moving its members and dossier', async () => {
    const store = await openEngine(await engine.fresh());
    try {
      for (const { raw, a } of docs.slice(0, 5)) { await store.saveRaw(raw); await store.saveAnalysis(a); }
      await ensureStories(store, options);
      // one story until the sixth report: a group of two is below the split's minimum of three
      expect(new Set((await membership(store)).map(([, s]) => s)).size).toBe(1);
      await store.saveRaw(docs[5]!.raw); await store.saveAnalysis(docs[5]!.a);
      await ensureStories(store, options);

      const after = await membership(store);
      const storyOf = (i: number) => after.find(([a]) => a === docs[i]!.a.article.id)![1];
      expect(new Set([0, 1, 2].map(storyOf)).size).toBe(1);
      expect(new Set([3, 4, 5].map(storyOf)).size).toBe(1);
      expect(storyOf(0)).not.toBe(storyOf(3));
      expect((await store.stories.counts()).stories).toBe(2);
      const [kept, parted] = [(await store.stories.dossier<StoredDossier>(storyOf(0)))!, (await store.stories.dossier<StoredDossier>(storyOf(3)))!];
      expect([kept.articleCount, parted.articleCount]).toEqual([3, 3]);
      expect(kept.dossier.articleList.map((x) => x.id).sort()).toEqual([0, 1, 2].map((i) => docs[i]!.a.article.id).sort());
      expect(parted.dossier.articleList.map((x) => x.id).sort()).toEqual([3, 4, 5].map((i) => docs[i]!.a.article.id).sort());
      expect([kept.firstDate, parted.firstDate, parted.lastDate]).toEqual([null, '2021-06-14', '2021-06-16']);

      const b = new StoryBuilder(options);
      for (const { a } of docs) b.add(a);
      expect(b.stories().map((s) => s.articles.length)).toEqual([3, 3]);
    } finally { await store.close(); }
  });

  it.skipIf(!engine.available)('skips a merge the split check would take apart, so a saved search stays on its story', async () => {
    // a fourth undated Kessel report makes the undated group large enough that the two fires' stories qualify for a
    // merge on every new Dorn report; merged, they would split again at once (and the merge moved the search away)
    const k4: [string, string | null, string, string] = ['kessel-4', '2021-06-15', 'Wiring blamed for Kessel grain warehouse fire', 'Faulty wiring caused the fire that destroyed the Kessel harbour grain warehouse, Marrow cooperative manager Ilse Brandt said. The winter grain of the cooperative was lost when the roof collapsed.'];
    const all = [...TWO_FIRES.slice(0, 3), k4, ...TWO_FIRES.slice(3)];
    const flapOptions = { linker: { ...looseLinker({ bar: 0.5, minPart: 2 }), minContent: 0.3, merge: { dated: 0.01 } } };
    const store = await openEngine(await engine.fresh());
    const b = new StoryBuilder(flapOptions);
    try {
      let followed: string | null = null, inMemory: string | null = null;
      for (const [id, published, title, text] of all) {
        const raw = rawFromBytes(Buffer.from(`${title}\n\n${text}`, 'utf8'), { url: `https://n.example/${id}` }, 'text/plain', 'utf-8');
        const a = analyzeRaw(raw, { ...(published ? { published } : {}), today: '2025-01-01' });
        await store.saveRaw(raw); await store.saveAnalysis(a);
        await ensureStories(store, flapOptions);
        const m = analyzeText(text, { format: 'text', ...(published ? { published } : {}), today: '2025-01-01', path: id });
        m.article.id = id; m.article.title = title;
        b.add(m);
        if (id === 'dorn-2') {
          followed = new Map((await store.stories.exportData()).storyOf).get(a.article.id)!;
          await store.searches.add({ name: 'follow-dorn', words: null, entityKey: null, storyId: followed, webhook: null, createdAt: '2025-01-01' } as never);
          inMemory = b.stories().find((s) => s.articles.includes('dorn-1'))!.id;
        }
        if (id === 'dorn-3') {
          const storyOf = new Map((await store.stories.exportData()).storyOf);
          expect(storyOf.get(a.article.id)).toBe(followed);
          expect((await store.searches.list()).map((x) => x.storyId)).toEqual([followed]);
          expect(b.stories().find((s) => s.articles.includes('dorn-3'))!.id).toBe(inMemory);
        }
      }
      expect(followed).not.toBeNull();
      expect(b.stories().map((s) => s.articles.length)).toEqual([4, 3]);
    } finally { await store.close(); }
  });

  it.skipIf(!engine.available)('moves the copies of leaving members with them, on the store as in memory', async () => {
    // a syndicated copy of the first Dorn report (another host, a credit line added) is placed before the split
    const [, published, title, text] = TWO_FIRES[3]!;
    const raw = rawFromBytes(Buffer.from(`${title}\n\n${text} Reporting by the Mirror desk.`, 'utf8'), { url: 'https://mirror.example/dorn-1-copy' }, 'text/plain', 'utf-8');
    const copy = { raw, a: analyzeRaw(raw, { published: published!, today: '2025-01-01' }) };
    const store = await openEngine(await engine.fresh());
    try {
      for (const { raw: r, a } of [...docs.slice(0, 5), copy]) { await store.saveRaw(r); await store.saveAnalysis(a); }
      await ensureStories(store, options);
      expect((await store.stories.counts()).duplicates).toBe(1);
      await store.saveRaw(docs[5]!.raw); await store.saveAnalysis(docs[5]!.a);
      await ensureStories(store, options);

      const storyOf = new Map((await store.stories.exportData()).storyOf);
      const [keptId, partedId] = [storyOf.get(docs[0]!.a.article.id)!, storyOf.get(docs[3]!.a.article.id)!];
      expect(keptId).not.toBe(partedId);
      expect(storyOf.get(copy.a.article.id)).toBe(partedId);
      const [kept, parted] = [(await store.stories.dossier<StoredDossier>(keptId))!, (await store.stories.dossier<StoredDossier>(partedId))!];
      expect(kept.dossier.copies).toEqual([]);
      expect(parted.dossier.copies.map((c) => c.id)).toEqual([copy.a.article.id]);
      // the stored states' copy counts, read through the index a placement gets (one more article, not placed)
      const extra = rawFromBytes(Buffer.from('Parade in Lenzburg\n\nA brass band led the spring parade through the old town of Lenzburg on Saturday, and hundreds of children in costumes followed the musicians past the market square.', 'utf8'), { url: 'https://n.example/parade' }, 'text/plain', 'utf-8');
      await store.saveRaw(extra); await store.saveAnalysis(analyzeRaw(extra, { today: '2025-01-01' }));
      const counts: number[] = [];
      await store.stories.placePending(1, function* (index) {
        for (const id of [keptId, partedId]) counts.push(loadState((yield* call(index.profile(id)))!).copies);
      });
      expect(counts).toEqual([0, 1]);

      const b = new StoryBuilder(options);
      for (const { a } of [...docs.slice(0, 5), copy, docs[5]!]) b.add(a);
      const stories = b.stories();
      expect(stories.map((s) => s.copies)).toEqual([[], [copy.a.article.id]]);
      expect(stories[1]!.articles).toContain(docs[3]!.a.article.id);
    } finally { await store.close(); }
  });
});
