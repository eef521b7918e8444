// The SQLite store (better-sqlite3): raw inputs first, then one transaction per analysed article.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RawDocument } from '../ingest/raw.js';
import type { Analysis } from '../model/analysis.js';
import { migrate, SURNAME_SQL } from './migrations.js';
import { ENTITY_TYPES } from './keys.js';
import { FeedRepository } from './feeds.js';
import { SavedSearchRepository } from './searches.js';
import { JobQueue } from './jobs.js';
import { toFtsQuery } from './fts.js';

export { toFtsQuery, MAX_QUERY_TERMS } from './fts.js';
import { ArticleWriter } from './sqlite-articles.js';
import type { ArticleFilter, ArticleSummary, EntityRow, EntitySummary, Page, RawCursor, RawEntry, RawStatus, SearchHit, StoreStats } from './types.js';

/** The columns of an entity index row (EntitySummary). */
const SUMMARY_COLUMNS = 'key, name, type, articles, mentions, lat, lon, country';

/**
 * SQLite's page cache per connection, in KiB. The default 2 MB re-read B-tree pages through the OS on every placement
 * of a large store (system time 2.6 → 7.1 ms per placed article from 10k to 1M); 256 MB placed articles at 1M in 20.76
 * against 22.51 ms of CPU (docs/decisions/stories.md, "Scale measured at 100k and 1M"). Pages are taken as read, so a
 * small store never holds more than its size.
 */
const PAGE_CACHE_KIB = 262_144;

export class SqliteStore {
  readonly db: Database.Database;
  /** Watched feeds and their items (src/store/feeds.ts). */
  readonly feeds: FeedRepository;
  /** Saved searches and their matches (src/store/searches.ts). */
  readonly searches: SavedSearchRepository;
  /** The durable work queue of `ingest --queue` and `storyline worker` (src/store/jobs.ts). */
  readonly jobs: JobQueue;
  private articleWriter: ArticleWriter | null = null;
  private rawStatements: { insert: Database.Statement; status: Database.Statement } | null = null;

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    // Writers queue for up to 30 s: an analysis batch of another process can hold the lock that long.
    this.db = new Database(path, { timeout: 30_000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    migrate(this.db);
    this.feeds = new FeedRepository(this.db);
    this.searches = new SavedSearchRepository(this.db);
    this.jobs = new JobQueue(this.db);
  }

  close(): void {
    this.db.close();
  }

  /** Keep the raw bytes before any processing. Returns the status the input already had, if any. */
  saveRaw(raw: RawDocument): { isNew: boolean; status: RawStatus } {
    // One statement, not check-then-insert: two processes storing the same input at once both succeed.
    const s = this.rawStatements ??= {
      insert: this.db.prepare(`INSERT OR IGNORE INTO raw_inputs (id, bytes, size, source_path, source_url, fetched_at, media_type, charset, status)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')`),
      status: this.db.prepare('SELECT status FROM raw_inputs WHERE id = ?'),
    };
    const inserted = s.insert.run(raw.id, raw.bytes, raw.bytes.length, raw.source.path ?? null,
      raw.source.url ?? null, raw.source.fetchedAt, raw.mediaType, raw.charset);
    if (inserted.changes === 1) return { isNew: true, status: 'pending' };
    const existing = s.status.get(raw.id) as { status: RawStatus };
    return { isNew: false, status: existing.status };
  }

  /** Runs `work` in one transaction: everything it writes lands, or nothing does (nested calls become savepoints). */
  inTransaction<T>(work: () => T): T {
    // IMMEDIATE: take the write lock before the first read, so a concurrent writer makes us wait
    // (busy timeout) instead of failing with SQLITE_BUSY when our read snapshot turns stale.
    return this.db.transaction(work).immediate();
  }

  /** The stored raw input, as it was before any processing. */
  getRaw(id: string): RawDocument | null {
    const r = this.db.prepare(`SELECT id, bytes, source_path AS path, source_url AS url, fetched_at AS fetchedAt, media_type AS mediaType, charset
      FROM raw_inputs WHERE id = ?`).get(id) as { id: string; bytes: Buffer; path: string | null; url: string | null; fetchedAt: string; mediaType: RawDocument['mediaType']; charset: string | null } | undefined;
    if (!r) return null;
    return { id: r.id, bytes: r.bytes, mediaType: r.mediaType, charset: r.charset,
      source: { fetchedAt: r.fetchedAt, ...(r.path ? { path: r.path } : {}), ...(r.url ? { url: r.url } : {}) } };
  }

  markFailed(id: string, reason: string): void {
    this.db.prepare("UPDATE raw_inputs SET status = 'failed', error = ? WHERE id = ?").run(reason, id);
  }

  /** Raw inputs in the order they were stored, a page at a time after `after` (for copying a store). */
  rawInputs(after: RawCursor | null, limit: number): RawEntry[] {
    return this.db.prepare(`SELECT id, status, error, stored_at AS storedAt FROM raw_inputs WHERE (stored_at, id) > (?, ?)
      ORDER BY stored_at, id LIMIT ?`).all(after?.storedAt ?? '', after?.id ?? '', limit) as RawEntry[];
  }

  failures(): Array<{ id: string; source: string | null; error: string }> {
    return this.db.prepare("SELECT id, coalesce(source_path, source_url) AS source, error FROM raw_inputs WHERE status = 'failed' ORDER BY stored_at").all() as Array<{ id: string; source: string | null; error: string }>;
  }

  /**
   * Replace everything stored for the article in one transaction: never half-written. The article row is
   * updated in place, not deleted: its rowid and its place in a story survive a second save (two processes
   * analysing one input, or a re-analysis); `stories --rebuild` re-places it on the new analysis.
   */
  saveAnalysis(a: Analysis): void {
    (this.articleWriter ??= new ArticleWriter(this.db)).save(a);
  }

  getAnalysis(id: string): Analysis | null {
    const row = this.db.prepare('SELECT analysis FROM articles WHERE id = ?').get(id) as { analysis: string } | undefined;
    return row ? (JSON.parse(row.analysis) as Analysis) : null;
  }

  /** Ids may be given by a unique prefix, as with git. */
  resolveId(prefix: string): string | null {
    // A range, not LIKE: a prefix is taken literally ("%" is no wildcard) and the primary key answers it.
    const rows = this.db.prepare('SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2').all(prefix, `${prefix}\u{10FFFF}`) as Array<{ id: string }>;
    return rows.length === 1 ? rows[0]!.id : null;
  }

  listArticles(filter: ArticleFilter = {}): Page<ArticleSummary> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.from) { where.push('a.published >= ?'); args.push(filter.from); }
    if (filter.to) { where.push('substr(a.published, 1, 10) <= ?'); args.push(filter.to); }
    if (filter.source) { where.push('(a.site = ? OR a.source_url LIKE ? OR a.source_path LIKE ?)'); args.push(filter.source, `%${filter.source}%`, `%${filter.source}%`); }
    if (filter.entity) { where.push('a.id IN (SELECT article_id FROM entities WHERE key = ?)'); args.push(filter.entity); }
    const sql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const limit = filter.limit ?? 50;
    const offset = filter.offset ?? 0;
    const total = where.length ? (this.db.prepare(`SELECT count(*) AS n FROM articles a ${sql}`).get(...args) as { n: number }).n : this.total('articles');
    const items = this.db.prepare(`SELECT a.id, a.title, substr(a.text, 1, 200) AS lead, a.published, a.language, a.site,
        coalesce(a.source_path, a.source_url) AS source,
        (SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS entities,
        (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
      FROM articles a ${sql} ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?`).all(...args, limit, offset) as ArticleSummary[];
    return { items, total, limit, offset };
  }

  search(query: string, limit = 20, offset = 0): Page<SearchHit> {
    const match = toFtsQuery(query);
    if (!match) return { items: [], total: 0, limit, offset };
    const total = (this.db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(match) as { n: number }).n;
    // The page is chosen first (ranking only), so snippets are built for the rows returned, not for every
    // match before the limit (80 × "the" took 24 s).
    const items = this.db.prepare(`SELECT f.article_id AS id, a.title, substr(a.text, 1, 200) AS lead, a.published,
        snippet(articles_fts, 2, '[', ']', '…', 16) AS snippet
      FROM articles_fts f JOIN articles a ON a.id = f.article_id
      WHERE articles_fts MATCH ? AND f.rowid IN (
        SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 0, 5, 1) LIMIT ? OFFSET ?)
      ORDER BY bm25(articles_fts, 0, 5, 1)`).all(match, match, limit, offset) as SearchHit[];
    return { items, total, limit, offset };
  }

  /** Each article's entity row for one cross-article key, newest article first. */
  entityRows(key: string, limit: number): EntityRow[] {
    return this.db.prepare(`SELECT e.article_id, a.published, e.key, e.local_id, e.name, e.type, e.roles, e.aliases, e.lat, e.lon, e.country
      FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.key = ? ORDER BY a.published DESC, a.id LIMIT ?`).all(key, limit) as EntityRow[];
  }

  /** Entities linked across articles by key, most frequent first: from the totals kept as entities are stored. */
  listEntities(opts: { type?: string; limit?: number; offset?: number; q?: string } = {}): Page<EntitySummary> {
    const where = ['articles > 0'];
    const args: unknown[] = [];
    if (opts.type) { where.push('type = ?'); args.push(opts.type); }
    if (opts.q) { where.push('name LIKE ?'); args.push(`%${opts.q}%`); }
    const sql = `WHERE ${where.join(' AND ')}`;
    const limit = opts.limit ?? 50;
    const offset = opts.offset ?? 0;
    const total = opts.q ? (this.db.prepare(`SELECT count(*) AS n FROM entity_totals ${sql}`).get(...args) as { n: number }).n
      : opts.type ? this.total(`entity:${opts.type}`) : ENTITY_TYPES.reduce((n, t) => n + this.total(`entity:${t}`), 0);
    const rows = this.db.prepare(`SELECT ${SUMMARY_COLUMNS}
      FROM entity_totals ${sql} ORDER BY articles DESC, mentions DESC, key LIMIT ? OFFSET ?`).all(...args, limit, offset) as EntitySummary[];
    return { items: rows, total, limit, offset };
  }

  /** The totals rows of these keys, where an article names them (surnames.ts). */
  entityTotals(keys: string[]): EntitySummary[] {
    const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM entity_totals WHERE key = ? AND articles > 0`);
    return keys.map((k) => row.get(k) as EntitySummary | undefined).filter((r): r is EntitySummary => r !== undefined);
  }

  /** Per surname, the persons of two words or more whose key ends in it, most articles first (migration 11's index). */
  surnameHolders(surnames: string[], perSurname: number): EntitySummary[] {
    // named: without statistics the planner takes the type's index and reads every person
    const rows = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM entity_totals INDEXED BY entity_totals_surname
      WHERE type = 'person' AND instr(key, ' ') > 0 AND ${SURNAME_SQL} = ? AND articles > 0 ORDER BY articles DESC LIMIT ?`);
    return surnames.flatMap((s) => rows.all(s, perSurname) as EntitySummary[]);
  }

  /** A count kept by the store's triggers (migration 5). */
  private total(name: string): number {
    return (this.db.prepare('SELECT n FROM store_totals WHERE name = ?').pluck().get(name) as number | undefined) ?? 0;
  }

  stats(): StoreStats {
    const t = (name: string) => this.total(name);
    return {
      articles: t('articles'),
      failed: (this.db.prepare("SELECT count(*) AS n FROM raw_inputs WHERE status = 'failed'").get() as { n: number }).n,
      people: t('entity:person'),
      organizations: t('entity:organization'),
      places: t('entity:place'),
      quotes: t('quotes'),
      dates: t('dates'),
      quantities: t('quantities'),
      events: t('events'),
      claims: t('claims'),
    };
  }
}
