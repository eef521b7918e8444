// Stories in the store are kept up to date incrementally: each new article is placed by
// src/story/incremental.ts, so a read only places articles stored since the last placement (usually
// none) and never recomputes the others. A full re-cluster stays available (`storyline stories
// --rebuild`): it empties and refills every story table inside one transaction, so a kill during it
// leaves the previous stories in place. Story ids derive from each story's earliest article, so they
// survive a rebuild that sees the same articles.
import type { Analysis } from '../model/analysis.js';
import type { SqliteStore } from '../store/sqlite.js';
import { articleStamp, storedStamp } from '../store/stories.js';
import { StoryIndexStore } from '../store/story-index.js';
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

function placePending(store: SqliteStore, options: Partial<ClusterOptions>, inTransaction: boolean): RefreshReport {
  const index = new StoryIndexStore(store.db);
  const ms = { load: 0, build: 0, write: 0 };
  let placed = 0;
  for (;;) {
    let t = performance.now();
    const batch = index.pending(BATCH);
    ms.load += performance.now() - t;
    if (!batch.length) break;
    t = performance.now();
    const run = () => { for (const r of batch) placeArticle(index, JSON.parse(r.analysis) as Analysis, r.site, options); };
    if (inTransaction) run(); else store.db.transaction(run)();
    placed += batch.length;
    ms.build += performance.now() - t;
  }
  const t = performance.now();
  store.db.prepare("INSERT INTO story_state (k, v) VALUES ('stamp', ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v").run(articleStamp(store.db));
  const count = (table: string) => (store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const report = { articles: count('story_done'), placed, stories: count('stories'), duplicates: count('duplicates'), entities: count('global_entities'), ms };
  ms.write = performance.now() - t;
  return report;
}

/** Re-cluster every stored article from scratch, in one transaction. */
export function refreshStories(store: SqliteStore, options: Partial<ClusterOptions> = {}): RefreshReport {
  return store.db.transaction(() => {
    new StoryIndexStore(store.db).clear();
    return placePending(store, options, true);
  })();
}

/** Place the articles stored since the last placement, a batch per transaction; null when there were none. */
export function ensureStories(store: SqliteStore, options: Partial<ClusterOptions> = {}): RefreshReport | null {
  return storedStamp(store.db) === articleStamp(store.db) ? null : placePending(store, options, false);
}

/** After an ingest: place what it stored (the report also when nothing was new). */
export function placeNewArticles(store: SqliteStore, options: Partial<ClusterOptions> = {}): RefreshReport {
  return ensureStories(store, options) ?? placePending(store, options, false);
}
