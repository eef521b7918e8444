// The SQLite store behind the engine-neutral interface: a thin async adapter, no behaviour of its own.
import type { RawDocument } from '../ingest/raw.js';
import type { Analysis } from '../model/analysis.js';
import type { JobCompletion, JobStore, Store } from './engine.js';
import { SqliteStore } from './sqlite.js';
import { annotateLoneSurnames, fullNameOf, keysReadAs, mergeRows } from './surnames.js';
import { SqliteStories } from './sqlite-stories.js';
import { promised, type FeedStore, type SavedSearchStore } from './follow-types.js';
import type { ArticleFilter, RawCursor } from './types.js';

/** Thrown inside the save's transaction to roll it back when the job is no longer this worker's. */
class LeaseLost extends Error {}

export class SqliteEngine implements Store {
  readonly engine = 'sqlite' as const;
  readonly jobs: JobStore;
  readonly stories: SqliteStories;
  readonly feeds: FeedStore;
  readonly searches: SavedSearchStore;

  constructor(readonly sqlite: SqliteStore) {
    this.stories = new SqliteStories(sqlite);
    this.feeds = promised(sqlite.feeds);
    this.searches = promised(sqlite.searches);
    const q = sqlite.jobs;
    this.jobs = {
      enqueue: async (rawId, options, now) => q.enqueue(rawId, options, now),
      claim: async (worker, now, leaseMs) => q.claim(worker, now, leaseMs),
      fail: async (rawId, worker, reason, now, retryAt) => q.fail(rawId, worker, reason, now, retryAt),
      retryDead: async (now) => q.retryDead(now),
      counts: async () => q.counts(),
      dead: async (limit) => q.dead(limit),
      nextRunAt: async () => q.nextRunAt(),
    };
  }

  static open(path: string): SqliteEngine {
    return new SqliteEngine(new SqliteStore(path));
  }

  get location(): string { return this.sqlite.path; }
  async close() { this.sqlite.close(); }
  async saveRaw(raw: RawDocument) { return this.sqlite.saveRaw(raw); }
  async getRaw(id: string) { return this.sqlite.getRaw(id); }
  async markFailed(id: string, reason: string) { this.sqlite.markFailed(id, reason); }
  async failures() { return this.sqlite.failures(); }
  async rawInputs(after: RawCursor | null, limit: number) { return this.sqlite.rawInputs(after, limit); }

  async saveAnalysis(a: Analysis, job?: JobCompletion): Promise<boolean> {
    if (!job) { this.sqlite.saveAnalysis(a); return true; }
    try {
      this.sqlite.inTransaction(() => {
        this.sqlite.saveAnalysis(a);
        if (!this.sqlite.jobs.complete(a.article.id, job.worker, job.now)) throw new LeaseLost();
      });
      return true;
    } catch (err) {
      if (err instanceof LeaseLost) return false;
      throw err;
    }
  }

  async getAnalysis(id: string) { return this.sqlite.getAnalysis(id); }
  async resolveId(prefix: string) { return this.sqlite.resolveId(prefix); }
  async listArticles(filter?: ArticleFilter) { return this.sqlite.listArticles(filter); }
  async search(query: string, limit?: number, offset?: number) { return this.sqlite.search(query, limit, offset); }
  async stats() { return this.sqlite.stats(); }
  async listEntities(opts?: { type?: string; limit?: number; offset?: number; q?: string }) {
    const page = this.sqlite.listEntities(opts);
    return { ...page, items: await annotateLoneSurnames(page.items, this) };
  }
  async entityRows(key: string, limit: number) {
    const keys = await keysReadAs(key, this);
    return keys.length === 1 ? this.sqlite.entityRows(key, limit) : mergeRows(keys.map((k) => this.sqlite.entityRows(k, limit)), limit);
  }
  async fullNameOf(key: string) { return fullNameOf(key, this); }
  async entityTotals(keys: string[]) { return this.sqlite.entityTotals(keys); }
  async surnameHolders(surnames: string[], perSurname: number) { return this.sqlite.surnameHolders(surnames, perSurname); }
}

/** Functions that took a SqliteStore keep taking one: it is wrapped on the way in. */
export function asStore(store: Store | SqliteStore): Store {
  return store instanceof SqliteStore ? new SqliteEngine(store) : store;
}
