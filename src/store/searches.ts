// Saved searches and their matches: the SQL behind `storyline searches`, the Atom feeds and the webhook calls.
import type { Database } from 'better-sqlite3';
import { toFtsQuery } from './fts.js';

export interface SavedSearch {
  name: string;
  words: string | null;
  entityKey: string | null;
  storyId: string | null;
  webhook: string | null;
  createdAt: string;
  notifiedRowid: number;
}

export interface SearchMatch { rowid: number; id: string; title: string | null; url: string | null; published: string | null; lead: string; analysedAt: string }

const COLUMNS = 'name, words, entity_key AS entityKey, story_id AS storyId, webhook, created_at AS createdAt, notified_rowid AS notifiedRowid';

export class SavedSearchRepository {
  constructor(private readonly db: Database) {}

  /** Saves a search; only articles stored from now on will be announced by its webhook. */
  add(s: Omit<SavedSearch, 'notifiedRowid'>): void {
    const last = this.lastArrival();
    this.db.prepare(`INSERT INTO saved_searches (name, words, entity_key, story_id, webhook, created_at, notified_rowid)
      VALUES (?, ?, ?, ?, ?, ?, ?)`).run(s.name, s.words, s.entityKey, s.storyId, s.webhook, s.createdAt, last);
  }

  get(name: string): SavedSearch | null {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM saved_searches WHERE name = ?`).get(name) as SavedSearch | undefined) ?? null;
  }

  list(): SavedSearch[] {
    return this.db.prepare(`SELECT ${COLUMNS} FROM saved_searches ORDER BY name`).all() as SavedSearch[];
  }

  remove(name: string): boolean {
    return this.db.prepare('DELETE FROM saved_searches WHERE name = ?').run(name).changes > 0;
  }

  /** Matches newer than `afterRowid`, newest first when `newestFirst`, else in arrival order. */
  matches(s: SavedSearch, opts: { afterRowid?: number; limit?: number; newestFirst?: boolean } = {}): SearchMatch[] {
    const where = ['a.rowid > ?'];
    const args: unknown[] = [opts.afterRowid ?? 0];
    const fts = s.words ? toFtsQuery(s.words) : '';
    if (s.words && !fts) return [];
    if (fts) { where.push('a.id IN (SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?)'); args.push(fts); }
    if (s.entityKey) { where.push('EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.key = ?)'); args.push(s.entityKey); }
    if (s.storyId) { where.push('EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id AND sa.story_id = ?)'); args.push(s.storyId); }
    return this.db.prepare(`SELECT a.rowid AS rowid, a.id, a.title, a.source_url AS url, a.published, substr(a.text, 1, 300) AS lead,
        a.analysed_at AS analysedAt
      FROM articles a WHERE ${where.join(' AND ')} ORDER BY a.rowid ${opts.newestFirst ? 'DESC' : 'ASC'} LIMIT ?`)
      .all(...args, opts.limit ?? 50) as SearchMatch[];
  }

  markNotified(name: string, rowid: number): void {
    this.db.prepare('UPDATE saved_searches SET notified_rowid = max(notified_rowid, ?) WHERE name = ?').run(rowid, name);
  }

  /** Articles stored after `rowid`, in arrival order: what the dashboard's live updates announce. */
  arrivedAfter(rowid: number, limit = 50): Array<{ rowid: number; id: string; title: string | null; published: string | null }> {
    return this.db.prepare('SELECT rowid, id, title, published FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?').all(rowid, limit) as Array<{ rowid: number; id: string; title: string | null; published: string | null }>;
  }

  /** The cross-article key of an entity given by name ("Volodymyr Zelensky") or key ("person:volodymyr zelensky"). */
  resolveEntityKey(nameOrKey: string, fold: (s: string) => string): string | null {
    const direct = this.db.prepare('SELECT key FROM entities WHERE key = ? LIMIT 1').get(nameOrKey) as { key: string } | undefined;
    if (direct) return direct.key;
    const folded = fold(nameOrKey);
    const r = this.db.prepare(`SELECT key FROM entities WHERE substr(key, instr(key, ':') + 1) = ? GROUP BY key ORDER BY count(*) DESC LIMIT 1`).get(folded) as { key: string } | undefined;
    return r?.key ?? null;
  }

  lastArrival(): number {
    return (this.db.prepare('SELECT coalesce(max(rowid), 0) AS r FROM articles').get() as { r: number }).r;
  }
}
