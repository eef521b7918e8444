// Entities across articles on PostgreSQL: the entity index and one entity's rows, as SQLite's store answers them.
import type { EntityRow, EntitySummary, Page } from '../types.js';
import { ENTITY_TYPES } from '../keys.js';
import type { Sql } from './connection.js';
import { totals } from './reads.js';

/** The articles naming `key`, newest first (an undated one last, as SQLite sorts NULL lowest). */
export async function entityRows(sql: Sql, key: string, limit: number): Promise<EntityRow[]> {
  return (await sql.query<EntityRow>(`SELECT e.article_id, e.local_id, e.name, e.type, e.roles, e.aliases, e.lat, e.lon, e.country
    FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.key = $1 ORDER BY a.published DESC NULLS LAST, a.id COLLATE "C" LIMIT $2`, [key, limit])).rows;
}

/** Entities linked across articles by key, most frequent first. */
export async function listEntities(sql: Sql, opts: { type?: string; limit?: number; offset?: number; q?: string } = {}): Promise<Page<EntitySummary>> {
  // From the totals the store keeps as entities are saved (migration 6): grouping every entity row took seconds at scale.
  const where = ['articles > 0'];
  const args: unknown[] = [];
  if (opts.type) { args.push(opts.type); where.push(`type = $${args.length}`); }
  if (opts.q) { args.push(`%${opts.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`); where.push(`name ILIKE $${args.length}`); }
  const filter = `WHERE ${where.join(' AND ')}`;
  const limit = opts.limit ?? 50;
  const offset = opts.offset ?? 0;
  const kept = (types: readonly string[]) => totals(sql, types.map((t) => `entity:${t}`)).then((t) => Object.values(t).reduce((n, x) => n + x, 0));
  const total = opts.q ? Number((await sql.query<{ n: string }>(`SELECT count(*) AS n FROM entity_totals ${filter}`, args)).rows[0]!.n)
    : await kept(opts.type ? [opts.type] : ENTITY_TYPES);
  const items = (await sql.query<EntitySummary>(`SELECT key, name, type, articles, mentions, lat, lon, country
    FROM entity_totals ${filter} ORDER BY articles DESC, mentions DESC, key COLLATE "C" LIMIT $${args.length + 1} OFFSET $${args.length + 2}`,
  [...args, limit, offset])).rows;
  return { items, total, limit, offset };
}
