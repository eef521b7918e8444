// Full-text search on PostgreSQL with its own text search: the articles' tsvector (GIN-indexed, title weighted above
// the body), the user's words through websearch_to_tsquery (every word required; the last one as a prefix when the
// words as typed find nothing), and ts_headline snippets built only for the page returned.
import { MAX_QUERY_TERMS } from '../fts.js';
import { SEARCH_INDEX_CHARS } from './migrations.js';
import type { Page, SearchHit } from '../types.js';
import type pg from 'pg';
import { inTransaction } from './connection.js';

export interface TsQueryParts {
  /** every word, for websearch_to_tsquery: letters and digits only, so none of its operators */
  words: string;
  /** the words but the last, and the last as a prefix query for to_tsquery ('word':*) */
  head: string;
  prefix: string;
}

/** The user's words, bounded like SQLite's (at most MAX_QUERY_TERMS distinct words); null when there are none. */
export function toTsQueryParts(query: string): TsQueryParts | null {
  const seen = new Set<string>();
  const words = (query.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => {
    const k = w.toLowerCase();
    // "or" would be websearch_to_tsquery's OR operator: SQLite's search has no operators, so it is dropped here.
    if (k === 'or' || seen.has(k) || seen.size >= MAX_QUERY_TERMS) return false;
    seen.add(k);
    return true;
  });
  if (!words.length) return null;
  return { words: words.join(' '), head: words.slice(0, -1).join(' '), prefix: `'${words[words.length - 1]!}':*` };
}

/** The words as typed (each stemmed, all required). */
const EXACT = `websearch_to_tsquery('english', $1)`;
/**
 * The last word as a prefix, for a word still being typed: tried only when the words as typed find nothing, because
 * a prefix expands to every indexed word it starts (measured at a million articles: 150 ms instead of 2 ms for one
 * two-word query). A part that is only stop words drops out (an empty tsquery) instead of matching nothing.
 */
const PREFIX = `(websearch_to_tsquery('english', $1) && to_tsquery('english', $2))`;
const HEADLINE = 'StartSel=[, StopSel=], MinWords=8, MaxWords=16, MaxFragments=1, FragmentDelimiter=…';

/**
 * Past this many matches a query is broad: counting and ranking every match would read each one's tsvector (seconds
 * at a million articles), so the count stops here (the page says "at least") and the page is the newest matches.
 */
export const MAX_RANKED = 1_000;

/** The planner's estimate of matches past which a query counts as broad without counting (a word among the most common). */
const COMMON_ESTIMATE = 20_000;

/** The page's rows with their snippets: ts_headline, which re-parses the text, runs for these rows alone. */
async function snippets(sql: pg.PoolClient, tsquery: string, args: string[], page: Array<{ id: string; rank: number }>): Promise<SearchHit[]> {
  return (await sql.query<SearchHit>(`WITH q AS (SELECT ${tsquery} AS q),
      page AS (SELECT * FROM unnest($${args.length + 1}::text[], $${args.length + 2}::float8[]) p(id, rank))
    SELECT a.id, a.title, left(a.text, 200) AS lead, a.published,
      ts_headline('english', left(a.text, ${SEARCH_INDEX_CHARS}), q.q, '${HEADLINE}') AS snippet
    FROM page JOIN articles a ON a.id = page.id, q ORDER BY page.rank DESC, page.id COLLATE "C"`, [...args, page.map((r) => r.id), page.map((r) => r.rank)])).rows;
}

/** How many matches a broad page's arrival-order window should hold, per row of the page (a margin over 1). */
const WINDOW_MARGIN = 4;

/**
 * Plans are forced to bitmap scans (`enable_seqscan`, `enable_indexscan` off, for this transaction only): the planner
 * cannot tell a rare word from a common one in a tsvector (it guessed 5,003 matches for a word with 1,071 and 85,000 for
 * one it then scanned 12,000 rows to count), and its other choices read each candidate's tsvector: a sequential scan
 * to count a common word (180 ms at a million articles) or the arrival-order index backwards to list a rare one's
 * newest matches (20,000 rows, 277 ms). A bitmap from the GIN index reads only the matches.
 */
export async function search(pool: pg.Pool, query: string, limit = 20, offset = 0, maxRanked = MAX_RANKED): Promise<Page<SearchHit>> {
  const parts = toTsQueryParts(query);
  if (!parts) return { items: [], total: 0, limit, offset };
  return inTransaction(pool, async (sql) => {
    // The newest arrival first, with the planner's own choice (a step back along the arrival-order index).
    const last = Number((await sql.query<{ s: string | null }>('SELECT max(seq) AS s FROM articles')).rows[0]!.s ?? 0);
    type Row = { id: string; rank: number };
    const newest = (query: string, range: string, n: number) => `SELECT a.id, a.seq::float8 AS rank FROM articles a WHERE a.search @@ ${query}${range}
      ORDER BY a.seq DESC LIMIT $${n + 1} OFFSET $${n + 2}`;
    // A word among the most common (the planner's statistics know those well: 209,674 estimated, 209,671 true) is
    // broad without counting it, which would read its whole GIN posting list (70-110 ms at 21 % of a million); its
    // newest matches are a short step back along the arrival-order index (the planner's own plan).
    const estimated = (await sql.query<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>(
      `EXPLAIN (FORMAT JSON) SELECT 1 FROM articles WHERE search @@ ${EXACT}`, [parts.words])).rows[0]!['QUERY PLAN'][0]!.Plan['Plan Rows'];
    if (estimated >= COMMON_ESTIMATE && offset + limit <= maxRanked) {
      const page = (await sql.query<Row>(newest(EXACT, '', 1), [parts.words, limit, offset])).rows;
      if (page.length === limit) return { items: await snippets(sql, EXACT, [parts.words], page), total: maxRanked, totalIsLowerBound: true as const, limit, offset };
    }
    // No JIT: its compilation (50 ms) is priced for the whole-table scans these plans avoid.
    await sql.query('SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off; SET LOCAL jit = off');
    // The first matches in storage order (arrival order, near enough): how many, and over how many articles they spread.
    const count = async (query: string, args: string[]) => (await sql.query<{ n: number; span: number }>(`SELECT count(*)::int AS n,
      coalesce(max(seq) - min(seq) + 1, 0)::float8 AS span FROM (SELECT seq FROM articles WHERE search @@ ${query} LIMIT ${maxRanked + 1}) m`, args)).rows[0]!;
    let tsquery = EXACT;
    let args = [parts.words];
    let counted = await count(tsquery, args);
    if (!counted.n) {
      tsquery = PREFIX;
      args = [parts.head, parts.prefix];
      counted = await count(tsquery, args);
    }
    if (!counted.n) return { items: [], total: 0, limit, offset };
    const broad = counted.n > maxRanked;
    const rows = async (page: string, extra: unknown[] = []) => (await sql.query<Row>(page, [...args, limit, offset, ...extra])).rows;
    let page: Row[];
    if (!broad) {
      page = await rows(`SELECT a.id, ts_rank(a.search, ${tsquery}) AS rank FROM articles a WHERE a.search @@ ${tsquery}
        ORDER BY rank DESC, a.id COLLATE "C" LIMIT $${args.length + 1} OFFSET $${args.length + 2}`);
    } else {
      // A broad query lists its newest matches: those among the latest articles, in a window sized by how densely the
      // first matches were spread to hold the page a few times over (the GIN bitmap ANDed with the arrival-order
      // index's range reads only the matches inside it); the whole arrival order when the window held too few.
      const window = Math.ceil((WINDOW_MARGIN * (offset + limit) * counted.span) / counted.n);
      page = await rows(newest(tsquery, ` AND a.seq > $${args.length + 3}`, args.length), [last - window]);
      if (page.length < Math.min(limit, maxRanked - offset)) page = await rows(newest(tsquery, '', args.length));
    }
    const items = await snippets(sql, tsquery, args, page);
    return { items, total: broad ? maxRanked : counted.n, ...(broad ? { totalIsLowerBound: true as const } : {}), limit, offset };
  });
}
