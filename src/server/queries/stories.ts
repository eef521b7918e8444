// Stories for the API and pages: `storedStories` reads the story tables kept by src/story/incremental.ts,
// first placing any article stored since the last placement (usually none: ingest places its own). The StoryProvider interface is the seam for others.
import type { Static } from '@sinclair/typebox';
import type { Page, SqliteStore } from '../../store/index.js';
import { getStoryDossier, listStories, type StoredStorySummary } from '../../store/stories.js';
import { ensureStories } from '../../story/refresh.js';
import type { StoredDossier } from '../../story/refresh-dossier.js';
import type { StoryDetail, StorySummary } from '../schemas.js';

export type StorySummaryT = Static<typeof StorySummary>;
export type StoryDetailT = Static<typeof StoryDetail>;

export interface StoryProvider {
  list(store: SqliteStore, page: { limit: number; offset: number }): Page<StorySummaryT>;
  get(store: SqliteStore, id: string): StoryDetailT | null;
}

const storedSummary = (s: StoredStorySummary): StorySummaryT =>
  ({ id: s.id, title: s.title, articles: s.articleCount, from: s.firstDate, to: s.lastDate, anchor: s.anchor });

/** Stories from the store's story tables; a read places only articles stored since the last placement. */
export function storedStories(): StoryProvider {
  return {
    list(store, page) {
      ensureStories(store);
      const p = listStories(store.db, page);
      return { ...p, items: p.items.map(storedSummary) };
    },
    get(store, id) {
      ensureStories(store);
      return storedDetail(store, id);
    },
  };
}

/** One stored story as the API gives it, without checking freshness. */
export function storedDetail(store: SqliteStore, id: string): StoryDetailT | null {
  const row = getStoryDossier<StoredDossier>(store.db, id);
  return row ? { ...storedSummary(row), ...row.dossier } : null;
}
