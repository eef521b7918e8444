// Entities across articles on PostgreSQL: the entity index and one entity's rows, as SQLite's store answers them.
import type { EntityRow, EntitySummary, Page } from '../types.js';
import type { Sql } from './connection.js';

/** The articles naming `key`, newest first (an undated one last, as SQLite sorts NULL lowest). */
export async function entityRows(sql: Sql, key: string, limit: number): Promise<EntityRow[]> {
  return (await sql.query<EntityRow>(`SELECT e.article_id, e.local_id, e.name, e.type, e.roles, e.aliases, e.lat, e.lon, e.country
    FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.key = $1 ORDER BY a.published DESC NULLS LAST, a.id COLLATE "C" LIMIT $2`, [key, limit])).rows;
}

/** Entities linked across articles by key, most frequent first. */
export async function listEntities(sql: Sql, opts: { type?: string; limit?: number; offset?: number; q?: string } = {}): Promise<Page<EntitySummary>> {
  const where: string[] = [];
  const args: unknown[] = [];
  if (opts.type) { args.push(opts.type); where.push(`type = $${args.length}`); }
  if (opts.q) { args.push(`%${opts.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`); where.push(`name ILIKE $${args.length}`); }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const limit = opts.limit ?? 50;
  const offset = opts.offset ?? 0;
  const total = Number((await sql.query<{ n: string }>(`SELECT count(DISTINCT key) AS n FROM entities ${filter}`, args)).rows[0]!.n);
  const items = (await sql.query<EntitySummary>(`SELECT key, max(name) AS name, max(type) AS type, count(DISTINCT article_id)::int AS articles,
      sum(mention_count)::int AS mentions, max(lat) AS lat, max(lon) AS lon, max(country) AS country
    FROM entities ${filter} GROUP BY key ORDER BY articles DESC, mentions DESC, key COLLATE "C" LIMIT $${args.length + 1} OFFSET $${args.length + 2}`,
  [...args, limit, offset])).rows;
  return { items, total, limit, offset };
}
