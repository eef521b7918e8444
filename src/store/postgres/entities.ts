// Entities across articles on PostgreSQL: the entity index and one entity's rows, as SQLite's store answers them.
import type { EntityRow, EntitySummary, Page } from '../types.js';
import { ENTITY_TYPES } from '../keys.js';
import type { Sql } from './connection.js';
import { totals } from './reads.js';
import { SURNAME_SQL } from './migrations.js';

/**
 * The articles naming `key`, newest first (an undated one last, as SQLite sorts NULL lowest). Two plans, chosen by how
 * many articles name the key (entity_totals): a common key is found by walking the newest articles until `limit`
 * name it; a rarer one by reading its rows and sorting them. Left to the planner, a key in 3,400 of a million articles
 * walked the newest articles and took 0.9 s.
 */
export async function entityRows(sql: Sql, key: string, limit: number): Promise<EntityRow[]> {
  const named = Number((await sql.query<{ n: number }>('SELECT articles AS n FROM entity_totals WHERE key = $1', [key])).rows[0]?.n ?? 0);
  if (named === 0) return [];
  const columns = 'e.article_id, a.published, e.key, e.local_id, e.name, e.type, e.roles, e.aliases, e.lat, e.lon, e.country';
  const order = 'ORDER BY a.published DESC NULLS LAST, a.id COLLATE "C" LIMIT $2';
  // Past this share of the store, the newest articles hold `limit` of them soon enough.
  const common = named * COMMON_KEY_SHARE >= Number((await totals(sql, ['articles'])).articles);
  return (await sql.query<EntityRow>(common
    ? `SELECT ${columns} FROM articles a JOIN entities e ON e.article_id = a.id AND e.key = $1 ${order}`
    : `WITH e AS MATERIALIZED (SELECT * FROM entities WHERE key = $1) SELECT ${columns} FROM e JOIN articles a ON a.id = e.article_id ${order}`,
  [key, limit])).rows;
}

/** 1 in 50 articles: the walk reads about 50 × limit articles at most, the sort reads `named` rows. */
const COMMON_KEY_SHARE = 50;

/** The columns of an entity index row (EntitySummary). */
const SUMMARY_COLUMNS = 'key, name, type, articles, mentions, lat, lon, country';

/** The totals rows of these keys, where an article names them (surnames.ts). */
export async function entityTotals(sql: Sql, keys: string[]): Promise<EntitySummary[]> {
  return (await sql.query<EntitySummary>(`SELECT ${SUMMARY_COLUMNS} FROM entity_totals WHERE key = ANY($1::text[]) AND articles > 0`, [keys])).rows;
}

/** Per surname, the persons of two words or more whose key ends in it, most articles first (migration 11's index). */
export async function surnameHolders(sql: Sql, surnames: string[], perSurname: number): Promise<EntitySummary[]> {
  return (await sql.query<EntitySummary>(`SELECT h.* FROM unnest($1::text[]) AS s (surname), LATERAL (
      SELECT ${SUMMARY_COLUMNS} FROM entity_totals WHERE type = 'person' AND position(' ' in key) > 0 AND ${SURNAME_SQL} = s.surname
        AND articles > 0 ORDER BY articles DESC LIMIT $2) h`, [surnames, perSurname])).rows;
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
  const items = (await sql.query<EntitySummary>(`SELECT ${SUMMARY_COLUMNS}
    FROM entity_totals ${filter} ORDER BY articles DESC, mentions DESC, key COLLATE "C" LIMIT $${args.length + 1} OFFSET $${args.length + 2}`,
  [...args, limit, offset])).rows;
  return { items, total, limit, offset };
}
