// Stories in the store are kept up to date incrementally: each new article is placed by
// src/story/incremental.ts, so a read only places articles stored since the last placement (usually
// none) and never recomputes the others. A full re-cluster stays available (`storyline stories
// --rebuild`): it empties and refills every story table inside one transaction, so a kill during it
// leaves the previous stories in place. Story ids derive from each story's first article, and a
// rebuild replays the articles in the order they were placed, so the ids survive it.
import type { Analysis } from '../model/analysis.js';
import type { SqliteStore } from '../store/sqlite.js';
import { StoryIndexStore, type PendingArticle } from '../store/story-index.js';
import type { ClusterOptions } from './cluster.js';
import { placeArticle } from './incremental.js';

export interface RefreshReport {
  /** articles placed in stories, in all */
  articles: number;
  /** articles placed by this call */
  placed: number;
  stories: number;
  duplicates: number;
  entities: number;
  /** milliseconds spent loading analyses, placing them and counting */
  ms: { load: number; build: number; write: number };
}

const BATCH = 500;

function report(store: SqliteStore, placed: number, ms: RefreshReport['ms']): RefreshReport {
  const t = performance.now();
  const count = (table: string) => (store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const r = { articles: count('story_done'), placed, stories: count('stories'), duplicates: count('duplicates'), entities: count('global_entities'), ms };
  ms.write = performance.now() - t;
  return r;
}

const place = (index: StoryIndexStore, rows: PendingArticle[], options: Partial<ClusterOptions>) => {
  for (const r of rows) placeArticle(index, JSON.parse(r.analysis) as Analysis, r.site, options);
};

/**
 * Re-cluster every stored article from scratch in one transaction, replaying the order the articles
 * were placed in (then any not placed yet). The same stream gives the same stories, so their ids (from
 * each story's first article) survive; a changed linker may regroup some.
 */
export function refreshStories(store: SqliteStore, options: Partial<ClusterOptions> = {}): RefreshReport {
  const index = new StoryIndexStore(store.db);
  const ms = { load: 0, build: 0, write: 0 };
  let placed = 0;
  // IMMEDIATE: take the write lock before the first read, so a second process waits (busy timeout)
  // instead of failing when its read snapshot turns stale at the first write.
  store.db.transaction(() => {
    const last = index.lastRowid();
    index.snapshotReplay();
    index.clear();
    for (let pos = 0; ;) {
      let t = performance.now();
      const batch = index.replayAfter(pos, BATCH);
      ms.load += performance.now() - t;
      if (!batch.length) break;
      t = performance.now();
      place(index, batch, options);
      ms.build += performance.now() - t;
      placed += batch.length;
      pos = batch.at(-1)!.pos;
    }
    index.setPlacedUpTo(last);
  }).immediate();
  return report(store, placed, ms);
}

/** Place the articles stored since the last placement, a batch per transaction; null when there were none. */
export function ensureStories(store: SqliteStore, options: Partial<ClusterOptions> = {}): RefreshReport | null {
  const index = new StoryIndexStore(store.db);
  if (index.lastRowid() <= index.placedUpTo()) return null;
  const ms = { load: 0, build: 0, write: 0 };
  let placed = 0;
  for (;;) {
    const t = performance.now();
    // Read the batch under the write lock: two processes placing at once never place the same article twice.
    const count = store.db.transaction(() => {
      const batch = index.arrivedAfter(index.placedUpTo(), BATCH);
      if (!batch.length) return 0;
      // Within what arrived together (one ingest), oldest first, undated first: file order does not matter.
      const ordered = batch.map((r) => ({ r, day: (JSON.parse(r.analysis) as Analysis).article.published?.slice(0, 10) ?? '' }))
        .sort((x, y) => x.day.localeCompare(y.day) || x.r.id.localeCompare(y.r.id)).map((x) => x.r);
      place(index, ordered, options);
      index.setPlacedUpTo(batch.at(-1)!.rowid);
      return batch.length;
    }).immediate();
    if (!count) break;
    ms.build += performance.now() - t;
    placed += count;
  }
  return report(store, placed, ms);
}

/** After an ingest: place what it stored (the report also when nothing was new). */
export function placeNewArticles(store: SqliteStore, options: Partial<ClusterOptions> = {}): RefreshReport {
  return ensureStories(store, options) ?? report(store, 0, { load: 0, build: 0, write: 0 });
}
