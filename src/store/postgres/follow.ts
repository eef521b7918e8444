// Watched feeds and saved searches on PostgreSQL: the same methods and answers as SQLite's repositories
// (src/store/feeds.ts, src/store/searches.ts). Arrival order is the articles' `seq`, where SQLite uses rowids.
import type pg from 'pg';
import type { FeedStore, SavedSearchStore } from '../follow-types.js';
import type { FeedHealth, FeedRow, PollOutcome } from '../feeds.js';
import type { SavedSearch, SearchMatch } from '../searches.js';
import { toTsQueryParts } from './search.js';

const FEED = `url, title, added_at AS "addedAt", etag, last_modified AS "lastModified", interval_s AS "intervalS",
  next_poll_at AS "nextPollAt", last_poll_at AS "lastPollAt", last_success_at AS "lastSuccessAt", last_error AS "lastError",
  last_error_at AS "lastErrorAt", failures, disabled`;

export class PgFeeds implements FeedStore {
  constructor(private readonly pool: pg.Pool) {}

  async add(url: string, now: string, intervalS: number) {
    const old = await this.get(url);
    if (old && !old.disabled) return false;
    if (old) return this.enable(url, now);
    const r = await this.pool.query('INSERT INTO feeds (url, added_at, interval_s, next_poll_at) VALUES ($1, $2, $3, $2) ON CONFLICT DO NOTHING', [url, now, intervalS]);
    return r.rowCount === 1;
  }
  async remove(url: string) { return ((await this.pool.query('DELETE FROM feeds WHERE url = $1', [url])).rowCount ?? 0) > 0; }
  async enable(url: string, now: string) {
    return ((await this.pool.query('UPDATE feeds SET disabled = false, failures = 0, next_poll_at = $1 WHERE url = $2', [now, url])).rowCount ?? 0) > 0;
  }
  async get(url: string) { return (await this.pool.query<FeedRow>(`SELECT ${FEED} FROM feeds WHERE url = $1`, [url])).rows[0] ?? null; }

  async list(now: string): Promise<FeedHealth[]> {
    const weekAgo = new Date(Date.parse(now) - 7 * 86400_000).toISOString();
    const rows = (await this.pool.query<FeedRow & { week: string; items: string }>(`SELECT ${FEED},
        (SELECT count(*) FROM feed_items i WHERE i.feed_url = f.url AND i.first_seen_at >= $1) AS week,
        (SELECT count(*) FROM feed_items i WHERE i.feed_url = f.url) AS items
      FROM feeds f ORDER BY url COLLATE "C"`, [weekAgo])).rows;
    return rows.map(({ week, items, ...r }) => ({ ...r, newPerDay: Number(week) / 7, items: Number(items) }));
  }
  async due(now: string) {
    return (await this.pool.query<FeedRow>(`SELECT ${FEED} FROM feeds WHERE NOT disabled AND next_poll_at <= $1 ORDER BY next_poll_at`, [now])).rows;
  }
  async nextDue() { return (await this.pool.query<{ t: string | null }>('SELECT min(next_poll_at) AS t FROM feeds WHERE NOT disabled')).rows[0]!.t; }

  async recordPoll(url: string, o: PollOutcome) {
    const validators = o.etag !== undefined || o.lastModified !== undefined;
    await this.pool.query(`UPDATE feeds SET last_poll_at = $2, next_poll_at = $3, interval_s = $4, failures = $5, disabled = $6,
        last_success_at = CASE WHEN $7 THEN $2 ELSE last_success_at END,
        last_error = CASE WHEN $7 THEN last_error ELSE $8 END,
        last_error_at = CASE WHEN $7 THEN last_error_at ELSE $2 END,
        title = coalesce($9, title),
        etag = CASE WHEN $10 THEN $11 ELSE etag END,
        last_modified = CASE WHEN $10 THEN $12 ELSE last_modified END
      WHERE url = $1`, [url, o.at, o.nextPollAt, o.intervalS, o.failures, o.disabled, o.ok, o.error ?? null, o.title ?? null,
      validators, o.etag ?? null, o.lastModified ?? null]);
  }
  async knownItem(itemUrl: string) { return (await this.pool.query('SELECT 1 FROM feed_items WHERE item_url = $1 LIMIT 1', [itemUrl])).rows.length > 0; }
  async recordItem(feedUrl: string, itemUrl: string, at: string, articleId: string | null, error: string | null) {
    await this.pool.query(`INSERT INTO feed_items (feed_url, item_url, first_seen_at, article_id, error) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (feed_url, item_url) DO UPDATE SET article_id = excluded.article_id, error = excluded.error`, [feedUrl, itemUrl, at, articleId, error]);
  }
}

const SEARCH = `name, words, entity_key AS "entityKey", story_id AS "storyId", webhook, created_at AS "createdAt",
  notified_rowid::float8 AS "notifiedRowid"`;
type Arrival = { rowid: number; id: string; title: string | null; published: string | null };

export class PgSavedSearches implements SavedSearchStore {
  constructor(private readonly pool: pg.Pool) {}

  async add(s: Omit<SavedSearch, 'notifiedRowid'>) {
    await this.pool.query(`INSERT INTO saved_searches (name, words, entity_key, story_id, webhook, created_at, notified_rowid)
      VALUES ($1, $2, $3, $4, $5, $6, (SELECT coalesce(max(seq), 0) FROM articles))`, [s.name, s.words, s.entityKey, s.storyId, s.webhook, s.createdAt]);
  }
  async get(name: string) { return (await this.pool.query<SavedSearch>(`SELECT ${SEARCH} FROM saved_searches WHERE name = $1`, [name])).rows[0] ?? null; }
  async list() { return (await this.pool.query<SavedSearch>(`SELECT ${SEARCH} FROM saved_searches ORDER BY name COLLATE "C"`)).rows; }
  async remove(name: string) { return ((await this.pool.query('DELETE FROM saved_searches WHERE name = $1', [name])).rowCount ?? 0) > 0; }

  /** Matches newer than `afterRowid`, newest first when `newestFirst`, else in arrival order. */
  async matches(s: SavedSearch, opts: { afterRowid?: number; limit?: number; newestFirst?: boolean } = {}): Promise<SearchMatch[]> {
    const args: unknown[] = [opts.afterRowid ?? 0];
    const where = ['a.seq > $1'];
    const parts = s.words ? toTsQueryParts(s.words) : null;
    if (s.words && !parts) return [];
    if (parts) { args.push(parts.words); where.push(`a.search @@ websearch_to_tsquery('english', $${args.length})`); }
    if (s.entityKey) { args.push(s.entityKey); where.push(`EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.key = $${args.length})`); }
    if (s.storyId) { args.push(s.storyId); where.push(`EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id AND sa.story_id = $${args.length})`); }
    args.push(opts.limit ?? 50);
    return (await this.pool.query<SearchMatch>(`SELECT a.seq::float8 AS rowid, a.id, a.title, a.source_url AS url, a.published, left(a.text, 300) AS lead,
        to_char(a.analysed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "analysedAt"
      FROM articles a WHERE ${where.join(' AND ')} ORDER BY a.seq ${opts.newestFirst ? 'DESC' : 'ASC'} LIMIT $${args.length}`, args)).rows;
  }
  async markNotified(name: string, rowid: number) {
    await this.pool.query('UPDATE saved_searches SET notified_rowid = greatest(notified_rowid, $1) WHERE name = $2', [rowid, name]);
  }
  async arrivedAfter(rowid: number, limit = 50) {
    return (await this.pool.query<Arrival>('SELECT seq::float8 AS rowid, id, title, published FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2', [rowid, limit])).rows;
  }
  async resolveEntityKey(nameOrKey: string, fold: (s: string) => string) {
    const direct = (await this.pool.query<{ key: string }>('SELECT key FROM entities WHERE key = $1 LIMIT 1', [nameOrKey])).rows[0];
    if (direct) return direct.key;
    const r = (await this.pool.query<{ key: string }>(`SELECT key FROM entities WHERE substr(key, strpos(key, ':') + 1) = $1
      GROUP BY key ORDER BY count(*) DESC, key COLLATE "C" LIMIT 1`, [fold(nameOrKey)])).rows[0];
    return r?.key ?? null;
  }
  async lastArrival() { return Number((await this.pool.query<{ r: string }>('SELECT coalesce(max(seq), 0) AS r FROM articles')).rows[0]!.r); }
}
