// Reading a PostgreSQL store: one analysis, id prefixes, the article list and the counts.
import type { Analysis } from '../../model/analysis.js';
import type { ArticleFilter, ArticleSummary, Page, StoreStats } from '../types.js';
import type { Sql } from './connection.js';

export async function getAnalysis(sql: Sql, id: string): Promise<Analysis | null> {
  // Read as text: the json column keeps the stored text, so the analysis comes back exactly as saved.
  const r = await sql.query<{ analysis: string }>('SELECT analysis::text AS analysis FROM articles WHERE id = $1', [id]);
  return r.rows[0] ? (JSON.parse(r.rows[0].analysis) as Analysis) : null;
}

export async function resolveId(sql: Sql, prefix: string): Promise<string | null> {
  const r = await sql.query<{ id: string }>('SELECT id FROM articles WHERE starts_with(id, $1) LIMIT 2', [prefix]);
  return r.rows.length === 1 ? r.rows[0]!.id : null;
}

export async function listArticles(sql: Sql, filter: ArticleFilter = {}): Promise<Page<ArticleSummary>> {
  const where: string[] = [];
  const args: unknown[] = [];
  const arg = (v: unknown) => { args.push(v); return `$${args.length}`; };
  if (filter.from) where.push(`a.published >= ${arg(filter.from)}`);
  if (filter.to) where.push(`left(a.published, 10) <= ${arg(filter.to)}`);
  if (filter.source) {
    const like = arg(`%${filter.source}%`);
    where.push(`(a.site = ${arg(filter.source)} OR a.source_url LIKE ${like} OR a.source_path LIKE ${like})`);
  }
  if (filter.entity) where.push(`a.id IN (SELECT article_id FROM entities WHERE key = ${arg(filter.entity)})`);
  const sql_ = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const limit = filter.limit ?? 50;
  const offset = filter.offset ?? 0;
  const total = where.length ? (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles a ${sql_}`, args)).rows[0]!.n
    : (await totals(sql, ['articles'])).articles ?? 0;
  // SQLite sorts NULLs first in ascending order, so last in DESC: PostgreSQL is told to do the same.
  const items = await sql.query<ArticleSummary>(`SELECT a.id, a.title, left(a.text, 200) AS lead, a.published, a.language, a.site,
      coalesce(a.source_path, a.source_url) AS source,
      (SELECT count(*)::int FROM entities e WHERE e.article_id = a.id) AS entities,
      (SELECT count(*)::int FROM quotes q WHERE q.article_id = a.id) AS quotes
    FROM articles a ${sql_} ORDER BY a.published DESC NULLS LAST, a.id COLLATE "C" LIMIT ${arg(limit)} OFFSET ${arg(offset)}`, args);
  return { items: items.rows, total, limit, offset };
}

/** Counts kept by the store's triggers (migration 6): one sum over a few rows, whatever the store's size. */
export async function totals(sql: Sql, names: string[]): Promise<Record<string, number>> {
  const r = await sql.query<{ name: string; n: string }>('SELECT name, sum(n) AS n FROM store_totals WHERE name = ANY($1) GROUP BY name', [names]);
  return Object.fromEntries(names.map((name) => [name, Number(r.rows.find((x) => x.name === name)?.n ?? 0)]));
}

export async function stats(sql: Sql): Promise<StoreStats> {
  const t = await totals(sql, ['articles', 'entity:person', 'entity:organization', 'entity:place', 'quotes', 'dates', 'quantities', 'events', 'claims']);
  // Failures are few, and a partial index lists them.
  const failed = (await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM raw_inputs WHERE status = 'failed'")).rows[0]!.n;
  return {
    articles: t.articles!, failed, people: t['entity:person']!, organizations: t['entity:organization']!, places: t['entity:place']!,
    quotes: t.quotes!, dates: t.dates!, quantities: t.quantities!, events: t.events!, claims: t.claims!,
  };
}
