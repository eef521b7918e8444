// The PostgreSQL engine (node-postgres): `--db postgres://…` or STORYLINE_DB selects it. The store is created and
// migrated on open; any number of processes, on any number of machines, may share one database.
import type pg from 'pg';
import type { RawDocument } from '../../ingest/raw.js';
import type { Analysis } from '../../model/analysis.js';
import type { JobCompletion, Store } from '../engine.js';
import type { ArticleFilter, RawCursor } from '../types.js';
import * as articles from './articles.js';
import { createPool, redactUrl } from './connection.js';
import { PostgresJobs } from './jobs.js';
import { migrate } from './migrations.js';
import * as reads from './reads.js';
import { MAX_RANKED, search } from './search.js';
import { PgStories } from './stories.js';
import * as entities from './entities.js';
import { annotateLoneSurnames, fullNameOf, keysReadAs, mergeRows } from '../surnames.js';
import { PgFeeds, PgSavedSearches } from './follow.js';

export { isPostgresUrl, redactUrl } from './connection.js';
export { toTsQueryParts } from './search.js';

export class PostgresStore implements Store {
  readonly engine = 'postgres' as const;
  readonly sqlite = null;
  readonly location: string;
  readonly jobs: PostgresJobs;
  readonly stories: PgStories;
  readonly feeds: PgFeeds;
  readonly searches: PgSavedSearches;

  private constructor(readonly pool: pg.Pool, url: string, private readonly searchBound: number) {
    this.location = redactUrl(url);
    this.jobs = new PostgresJobs(pool);
    this.stories = new PgStories(pool);
    this.feeds = new PgFeeds(pool);
    this.searches = new PgSavedSearches(pool);
  }

  /**
   * Connects and brings the schema up to date; `connections` bounds this process's pool; `searchBound` is how many
   * matches a search counts and ranks before it lists the newest instead (lowered by tests to reach it with few articles).
   */
  static async open(url: string, connections = 4, { searchBound = MAX_RANKED }: { searchBound?: number } = {}): Promise<PostgresStore> {
    const pool = createPool(url, connections);
    try {
      await migrate(pool);
    } catch (err) {
      await pool.end().catch(() => {});
      throw new Error(`cannot open the PostgreSQL store ${redactUrl(url)}: ${(err as Error).message}`);
    }
    return new PostgresStore(pool, url, searchBound);
  }

  async close() { await this.pool.end(); }
  saveRaw(raw: RawDocument) { return articles.saveRaw(this.pool, raw); }
  getRaw(id: string) { return articles.getRaw(this.pool, id); }
  markFailed(id: string, reason: string) { return articles.markFailed(this.pool, id, reason); }
  failures() { return articles.failures(this.pool); }
  rawInputs(after: RawCursor | null, limit: number) { return articles.rawInputs(this.pool, after, limit); }
  saveAnalysis(a: Analysis, job?: JobCompletion) { return articles.saveAnalysis(this.pool, a, job); }
  getAnalysis(id: string) { return reads.getAnalysis(this.pool, id); }
  resolveId(prefix: string) { return reads.resolveId(this.pool, prefix); }
  listArticles(filter?: ArticleFilter) { return reads.listArticles(this.pool, filter); }
  search(query: string, limit?: number, offset?: number) { return search(this.pool, query, limit, offset, this.searchBound); }
  stats() { return reads.stats(this.pool); }
  async listEntities(opts?: { type?: string; limit?: number; offset?: number; q?: string }) {
    const page = await entities.listEntities(this.pool, opts);
    return { ...page, items: await annotateLoneSurnames(page.items, this) };
  }
  async entityRows(key: string, limit: number) {
    const keys = await keysReadAs(key, this);
    if (keys.length === 1) return entities.entityRows(this.pool, key, limit);
    return mergeRows(await Promise.all(keys.map((k) => entities.entityRows(this.pool, k, limit))), limit);
  }
  fullNameOf(key: string) { return fullNameOf(key, this); }
  entityTotals(keys: string[]) { return entities.entityTotals(this.pool, keys); }
  surnameHolders(surnames: string[], perSurname: number) { return entities.surnameHolders(this.pool, surnames, perSurname); }
}
