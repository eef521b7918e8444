// The SQLite store's stories behind the engine-neutral StoryStore. A batch is placed inside one IMMEDIATE transaction
// (the write lock is taken before the first read, so a second process waits instead of failing on a stale snapshot),
// its steps run synchronously (steps.ts): nothing else in this process runs while it is open.
import type { Database } from 'better-sqlite3';
import type { Analysis } from '../model/analysis.js';
import type { SqliteStore } from './sqlite.js';
import { runSync } from './steps.js';
import { getStoryDossier, listStories, mergedInto, resolveStoryId } from './stories.js';
import { StoryIndexStore } from './story-index.js';
import type { ExportData, PlaceBatch, StoryCounts, StoryStore } from './story-types.js';

export class SqliteStories implements StoryStore {
  private readonly index: StoryIndexStore;
  constructor(private readonly store: SqliteStore) { this.index = new StoryIndexStore(store.db); }

  private get db(): Database { return this.store.db; }

  async list(page: { limit: number; offset: number }) { return listStories(this.db, page); }
  async dossier<D>(id: string) { return getStoryDossier<D>(this.db, id); }
  async resolveId(prefix: string) { return resolveStoryId(this.db, prefix); }
  async mergedInto(id: string) { return mergedInto(this.db, id); }
  async hasPending() { return this.index.lastRowid() > this.index.placedUpTo(); }

  async placePending(batchSize: number, place: PlaceBatch): Promise<number> {
    // The batch is read under the write lock: two processes placing at once never place the same article twice.
    return this.db.transaction(() => {
      const batch = this.index.arrivedAfter(this.index.placedUpTo(), batchSize);
      if (!batch.length) return 0;
      this.index.batch(() => runSync(place(this.index, batch)));
      this.index.setPlacedUpTo(batch.at(-1)!.rowid);
      return batch.length;
    }).immediate();
  }

  async rebuild(batchSize: number, place: PlaceBatch): Promise<number> {
    return this.db.transaction(() => {
      const last = this.index.lastRowid();
      this.index.snapshotReplay();
      this.index.clear();
      let placed = 0;
      for (let pos = 0; ;) {
        const batch = this.index.replayAfter(pos, batchSize);
        if (!batch.length) break;
        this.index.batch(() => runSync(place(this.index, batch)));
        placed += batch.length;
        pos = batch.at(-1)!.pos;
      }
      this.index.setPlacedUpTo(last);
      return placed;
    }).immediate();
  }

  async counts(): Promise<StoryCounts> {
    const count = (table: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: count('story_done'), stories: count('stories'), duplicates: count('duplicates'), entities: count('global_entities') };
  }

  async exportData(): Promise<ExportData> {
    const db = this.db;
    const rows = db.prepare("SELECT analysis FROM articles ORDER BY coalesce(substr(published, 1, 10), ''), id").all() as Array<{ analysis: string }>;
    const storyOf = new Map((db.prepare('SELECT article_id AS a, story_id AS s FROM story_articles').all() as Array<{ a: string; s: string }>).map((r) => [r.a, r.s]));
    const globalOf = new Map((db.prepare('SELECT article_id AS a, local_id AS l, global_id AS g FROM entity_links').all() as Array<{ a: string; l: string; g: string }>).map((r) => [`${r.a}#${r.l}`, r.g]));
    return { analyses: rows.map((r) => JSON.parse(r.analysis) as Analysis), storyOf, globalOf };
  }
}
