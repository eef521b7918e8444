// Stories in the store are kept up to date incrementally: each new article is placed by
// src/story/incremental.ts, so a read only places articles stored since the last placement (usually
// none) and never recomputes the others. A full re-cluster stays available (`storyline stories
// --rebuild`): it empties and refills every story table inside one transaction, so a kill during it
// leaves the previous stories in place. Story ids derive from each story's first article, and a
// rebuild replays the articles in the order they were placed, so the ids survive it.
import type { Analysis } from '../model/analysis.js';
import type { Store } from '../store/engine.js';
import { asStore } from '../store/sqlite-engine.js';
import type { SqliteStore } from '../store/sqlite.js';
import type { Steps } from '../store/steps.js';
import type { PendingArticle, StoryIndex } from '../store/story-types.js';
import type { ClusterOptions } from './cluster.js';
import { placeArticle, StoryWrites } from './incremental.js';

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

async function report(store: Store, placed: number, ms: RefreshReport['ms']): Promise<RefreshReport> {
  const t = performance.now();
  const r = { ...(await store.stories.counts()), placed, ms };
  ms.write = performance.now() - t;
  return r;
}

type Parsed = { r: PendingArticle; a: Analysis };
const parsed = (rows: PendingArticle[]): Parsed[] => rows.map((r) => ({ r, a: JSON.parse(r.analysis) as Analysis }));

function* place(index: StoryIndex, rows: Parsed[], options: Partial<ClusterOptions>): Steps<void> {
  const writes = new StoryWrites();
  for (const { r, a } of rows) yield* placeArticle(index, a, r.site, options, writes);
  yield* writes.flush(index);
}

/**
 * Re-cluster every stored article from scratch in one transaction, replaying the order the articles
 * were placed in (then any not placed yet). The same stream gives the same stories, so their ids (from
 * each story's first article) survive; a changed linker may regroup some.
 */
export async function refreshStories(given: Store | SqliteStore, options: Partial<ClusterOptions> = {}): Promise<RefreshReport> {
  const store = asStore(given);
  const ms = { load: 0, build: 0, write: 0 };
  const t = performance.now();
  const placed = await store.stories.rebuild(BATCH, (index, batch) => place(index, parsed(batch), options));
  ms.build = performance.now() - t;
  return report(store, placed, ms);
}

/** Place the articles stored since the last placement, a batch per transaction; null when there were none. */
export async function ensureStories(given: Store | SqliteStore, options: Partial<ClusterOptions> = {}): Promise<RefreshReport | null> {
  const store = asStore(given);
  if (!(await store.stories.hasPending())) return null;
  const ms = { load: 0, build: 0, write: 0 };
  let placed = 0;
  for (;;) {
    const t = performance.now();
    const count = await store.stories.placePending(BATCH, (index, batch) => {
      // Within what arrived together (one ingest), oldest first, undated first: file order does not matter.
      // Each analysis is parsed once, for the order and the placement.
      const ordered = parsed(batch).map((p) => ({ p, day: p.a.article.published?.slice(0, 10) ?? '' }))
        .sort((x, y) => x.day.localeCompare(y.day) || x.p.r.id.localeCompare(y.p.r.id)).map((x) => x.p);
      return place(index, ordered, options);
    });
    if (!count) break;
    ms.build += performance.now() - t;
    placed += count;
  }
  return report(store, placed, ms);
}

/** After an ingest: place what it stored (the report also when nothing was new). */
export async function placeNewArticles(given: Store | SqliteStore, options: Partial<ClusterOptions> = {}): Promise<RefreshReport> {
  return (await ensureStories(given, options)) ?? report(asStore(given), 0, { load: 0, build: 0, write: 0 });
}
