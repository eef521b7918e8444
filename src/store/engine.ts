// The engine-neutral store: what ingest, the worker and search need, asynchronous so that one interface serves the
// embedded SQLite store (src/store/sqlite-engine.ts) and a PostgreSQL server (src/store/postgres/).
import type { RawDocument } from '../ingest/raw.js';
import type { Analysis } from '../model/analysis.js';
import type { Job, QueueCounts } from './jobs.js';
import type { SqliteStore } from './sqlite.js';
import type { FeedStore, SavedSearchStore } from './follow-types.js';
import type { StoryStore } from './story-types.js';
import type { ArticleFilter, ArticleSummary, EntityRow, EntitySummary, Page, RawCursor, RawEntry, RawStatus, SearchHit, StoreStats } from './types.js';

export type EngineKind = 'sqlite' | 'postgres';

export interface Failure { id: string; source: string | null; error: string }

/** The durable work queue: one job per raw input (its content hash), claimed under a lease. */
export interface JobStore {
  /** Queues a stored raw input; a job that exists already (done, running or dead) is left as it is. */
  enqueue(rawId: string, options: object, now: string): Promise<boolean>;
  /** Takes the oldest ready job (queued and due, or running with an expired lease) for `worker`. */
  claim(worker: string, now: string, leaseMs: number): Promise<Job | null>;
  /** A failed try: queued again after `retryAt`, or dead with its reason when `retryAt` is null. */
  fail(rawId: string, worker: string, reason: string, now: string, retryAt: string | null): Promise<void>;
  /** Puts dead jobs back in the queue (after the cause was fixed). */
  retryDead(now: string): Promise<number>;
  counts(): Promise<QueueCounts>;
  dead(limit?: number): Promise<Array<Job & { source: string | null }>>;
  /** The earliest time a queued job becomes ready, for a worker deciding how long to sleep. */
  nextRunAt(): Promise<string | null>;
}

/** The job a save completes: its analysis and its completion land in one transaction, or neither does. */
export interface JobCompletion { worker: string; now: string }

export interface Store {
  readonly engine: EngineKind;
  /** where the data lives, safe to print (a file path, or a URL without its password) */
  readonly location: string;
  readonly jobs: JobStore;
  /** Stories: placement (src/story/ drives it through the index) and the reads the commands and the server need. */
  readonly stories: StoryStore;
  /** Watched feeds and the items they brought (`storyline watch`, `feeds`). */
  readonly feeds: FeedStore;
  /** Saved searches, their matches, and the arrival order the dashboard's live updates follow. */
  readonly searches: SavedSearchStore;
  /** The SQLite store underneath (for SQLite-only tools and tests); null on PostgreSQL. */
  readonly sqlite: SqliteStore | null;
  close(): Promise<void>;
  /** Keep the raw bytes before any processing. Returns the status the input already had, if any. */
  saveRaw(raw: RawDocument): Promise<{ isNew: boolean; status: RawStatus }>;
  getRaw(id: string): Promise<RawDocument | null>;
  markFailed(id: string, reason: string): Promise<void>;
  /** Raw inputs in the order they were stored, a page at a time after `after` (for copying a store). */
  rawInputs(after: RawCursor | null, limit: number): Promise<RawEntry[]>;
  failures(): Promise<Failure[]>;
  /**
   * Replaces everything stored for the article in one transaction. With `job`, the job is completed in that same
   * transaction; when another worker took the job over (this one's lease ran out), nothing is written and the
   * result is false.
   */
  saveAnalysis(a: Analysis, job?: JobCompletion): Promise<boolean>;
  getAnalysis(id: string): Promise<Analysis | null>;
  /** Ids may be given by a unique prefix, as with git. */
  resolveId(prefix: string): Promise<string | null>;
  listArticles(filter?: ArticleFilter): Promise<Page<ArticleSummary>>;
  /** Full text: every word required, the last one as a prefix; snippets only for the page returned. */
  search(query: string, limit?: number, offset?: number): Promise<Page<SearchHit>>;
  stats(): Promise<StoreStats>;
  /**
   * Entities linked across articles by key, most frequent first, as stored; a lone surname's row says the full name it
   * is read as, and that name's row the lone surname it takes in (surnames.ts).
   */
  listEntities(opts?: { type?: string; limit?: number; offset?: number; q?: string }): Promise<Page<EntitySummary>>;
  /** The articles naming the entity `key`, newest first (with a lone surname it dominates: surnames.ts). */
  entityRows(key: string, limit: number): Promise<EntityRow[]>;
  /** For a lone surname's key, the full name the entity index reads it as (surnames.ts), else null. */
  fullNameOf(key: string): Promise<EntitySummary | null>;
}
