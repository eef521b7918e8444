// The watched feeds and the items they brought: the SQL behind `storyline feeds` and `storyline watch`.
import type { Database } from 'better-sqlite3';

export interface FeedRow {
  url: string;
  title: string | null;
  addedAt: string;
  etag: string | null;
  lastModified: string | null;
  intervalS: number;
  nextPollAt: string;
  lastPollAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  failures: number;
  disabled: boolean;
}

export interface FeedHealth extends FeedRow {
  /** items first seen in the last 7 days, per day */
  newPerDay: number;
  items: number;
}

/** What one poll changed: the next poll time always, the rest when known. */
export interface PollOutcome {
  at: string;
  nextPollAt: string;
  intervalS: number;
  ok: boolean;
  error?: string;
  failures: number;
  disabled: boolean;
  title?: string | null;
  etag?: string | null;
  lastModified?: string | null;
}

const COLUMNS = `url, title, added_at AS addedAt, etag, last_modified AS lastModified, interval_s AS intervalS,
  next_poll_at AS nextPollAt, last_poll_at AS lastPollAt, last_success_at AS lastSuccessAt, last_error AS lastError,
  last_error_at AS lastErrorAt, failures, disabled`;

type RawRow = Omit<FeedRow, 'disabled'> & { disabled: number };
const toRow = (r: RawRow): FeedRow => ({ ...r, disabled: r.disabled === 1 });

export class FeedRepository {
  constructor(private readonly db: Database) {}

  /** Adds a feed (or re-enables one that exists), due now. Returns false when it was already watched and enabled. */
  add(url: string, now: string, intervalS: number): boolean {
    const old = this.get(url);
    if (old && !old.disabled) return false;
    if (old) { this.enable(url, now); return true; }
    this.db.prepare('INSERT INTO feeds (url, added_at, interval_s, next_poll_at) VALUES (?, ?, ?, ?)').run(url, now, intervalS, now);
    return true;
  }

  remove(url: string): boolean {
    return this.db.prepare('DELETE FROM feeds WHERE url = ?').run(url).changes > 0;
  }

  /** Polls a feed again after it was stopped for repeated failures ("until told again"). */
  enable(url: string, now: string): boolean {
    return this.db.prepare('UPDATE feeds SET disabled = 0, failures = 0, next_poll_at = ? WHERE url = ?').run(now, url).changes > 0;
  }

  get(url: string): FeedRow | null {
    const r = this.db.prepare(`SELECT ${COLUMNS} FROM feeds WHERE url = ?`).get(url) as RawRow | undefined;
    return r ? toRow(r) : null;
  }

  /** Every feed with its health: items per day over the last week and items in all. */
  list(now: string): FeedHealth[] {
    const weekAgo = new Date(Date.parse(now) - 7 * 86400_000).toISOString();
    const rows = this.db.prepare(`SELECT ${COLUMNS},
        (SELECT count(*) FROM feed_items i WHERE i.feed_url = f.url AND i.first_seen_at >= ?) AS week,
        (SELECT count(*) FROM feed_items i WHERE i.feed_url = f.url) AS items
      FROM feeds f ORDER BY url`).all(weekAgo) as Array<RawRow & { week: number; items: number }>;
    return rows.map(({ week, items, ...r }) => ({ ...toRow(r), newPerDay: week / 7, items }));
  }

  /** Enabled feeds whose next poll time has come, soonest first. */
  due(now: string): FeedRow[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM feeds WHERE disabled = 0 AND next_poll_at <= ? ORDER BY next_poll_at`).all(now) as RawRow[]).map(toRow);
  }

  /** The earliest next poll among enabled feeds, or null when none is watched. */
  nextDue(): string | null {
    const r = this.db.prepare('SELECT min(next_poll_at) AS t FROM feeds WHERE disabled = 0').get() as { t: string | null };
    return r.t;
  }

  recordPoll(url: string, o: PollOutcome): void {
    this.db.prepare(`UPDATE feeds SET last_poll_at = @at, next_poll_at = @nextPollAt, interval_s = @intervalS,
        failures = @failures, disabled = @disabled,
        last_success_at = CASE WHEN @ok THEN @at ELSE last_success_at END,
        last_error = CASE WHEN @ok THEN last_error ELSE @error END,
        last_error_at = CASE WHEN @ok THEN last_error_at ELSE @at END,
        title = coalesce(@title, title),
        etag = CASE WHEN @hasValidators THEN @etag ELSE etag END,
        last_modified = CASE WHEN @hasValidators THEN @lastModified ELSE last_modified END
      WHERE url = @url`).run({
      url, at: o.at, nextPollAt: o.nextPollAt, intervalS: o.intervalS, failures: o.failures, disabled: o.disabled ? 1 : 0,
      ok: o.ok ? 1 : 0, error: o.error ?? null, title: o.title ?? null,
      hasValidators: o.etag !== undefined || o.lastModified !== undefined ? 1 : 0, etag: o.etag ?? null, lastModified: o.lastModified ?? null,
    });
  }

  /** True when any watched feed already brought this item URL (the same article under two feeds is fetched once). */
  knownItem(itemUrl: string): boolean {
    return !!this.db.prepare('SELECT 1 FROM feed_items WHERE item_url = ? LIMIT 1').get(itemUrl);
  }

  recordItem(feedUrl: string, itemUrl: string, at: string, articleId: string | null, error: string | null): void {
    this.db.prepare(`INSERT INTO feed_items (feed_url, item_url, first_seen_at, article_id, error) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (feed_url, item_url) DO UPDATE SET article_id = excluded.article_id, error = excluded.error`).run(feedUrl, itemUrl, at, articleId, error);
  }
}
