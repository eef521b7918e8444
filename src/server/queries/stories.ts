// Stories for the API and pages: `storedStories` reads the story tables kept by src/story/incremental.ts through the
// store (either engine), first placing any article stored since the last placement (usually none: ingest and the
// worker place their own). The StoryProvider interface is the seam for others.
import type { Static } from '@sinclair/typebox';
import type { Page, SqliteStore, Store, StoredStorySummary } from '../../store/index.js';
import { asStore } from '../../store/index.js';
import { ensureStories } from '../../story/refresh.js';
import type { StoredDossier } from '../../story/refresh-dossier.js';
import type { StoryDetail, StorySummary } from '../schemas.js';

export type StorySummaryT = Static<typeof StorySummary>;
export type StoryDetailT = Static<typeof StoryDetail>;

export interface StoryProvider {
  list(store: Store, page: { limit: number; offset: number }): Promise<Page<StorySummaryT>>;
  get(store: Store, id: string): Promise<StoryDetailT | null>;
  /** The story that absorbed story `id` when two stories of one event merged (links to `id` lead there). */
  mergedInto?(store: Store, id: string): Promise<string | null>;
}

const storedSummary = (s: StoredStorySummary): StorySummaryT =>
  ({ id: s.id, title: s.title, articles: s.articleCount, from: s.firstDate, to: s.lastDate, anchor: s.anchor });

/** Stories from the store's story tables; a read places only articles stored since the last placement. */
export function storedStories(): StoryProvider {
  return {
    async list(store, page) {
      await ensureStories(store);
      const p = await store.stories.list(page);
      return { ...p, items: p.items.map(storedSummary) };
    },
    async get(store, id) {
      await ensureStories(store);
      return storedDetail(store, id);
    },
    async mergedInto(store, id) { return asStore(store).stories.mergedInto(id); },
  };
}

/** One stored story as the API gives it, without checking freshness. */
export async function storedDetail(given: Store | SqliteStore, id: string): Promise<StoryDetailT | null> {
  const row = await asStore(given).stories.dossier<StoredDossier>(id);
  return row ? { ...storedSummary(row), ...row.dossier } : null;
}
