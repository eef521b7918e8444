// Full-text search on PostgreSQL with its own text search: the articles' tsvector (GIN-indexed, title weighted above
// the body), the user's words through websearch_to_tsquery (every word required), the last word also as a prefix
// (as SQLite's search does while a user types), and ts_headline snippets built only for the page returned.
import { MAX_QUERY_TERMS } from '../fts.js';
import { SEARCH_INDEX_CHARS } from './migrations.js';
import type { Page, SearchHit } from '../types.js';
import type { Sql } from './connection.js';

export interface TsQueryParts {
  /** the words for websearch_to_tsquery: letters and digits only, so none of its operators */
  words: string;
  /** the last word as a prefix query for to_tsquery ('word':*) */
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
  return { words: words.slice(0, -1).join(' '), prefix: `'${words[words.length - 1]!}':*` };
}

/** Both parts ANDed; a part that is only stop words drops out (an empty tsquery) instead of matching nothing. */
const QUERY = `(websearch_to_tsquery('english', $1) && to_tsquery('english', $2))`;
const HEADLINE = 'StartSel=[, StopSel=], MinWords=8, MaxWords=16, MaxFragments=1, FragmentDelimiter=…';

export async function search(sql: Sql, query: string, limit = 20, offset = 0): Promise<Page<SearchHit>> {
  const parts = toTsQueryParts(query);
  if (!parts) return { items: [], total: 0, limit, offset };
  const args = [parts.words, parts.prefix];
  const total = (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles WHERE search @@ ${QUERY}`, args)).rows[0]!.n;
  if (!total) return { items: [], total, limit, offset };
  // The page is chosen first (ranking only); ts_headline, which re-parses the text, runs for its rows alone.
  const items = await sql.query<SearchHit>(`WITH q AS (SELECT ${QUERY} AS q),
      page AS (SELECT a.id, ts_rank(a.search, q.q) AS rank FROM articles a, q WHERE a.search @@ q.q
        ORDER BY rank DESC, a.id COLLATE "C" LIMIT $3 OFFSET $4)
    SELECT a.id, a.title, left(a.text, 200) AS lead, a.published,
      ts_headline('english', left(a.text, ${SEARCH_INDEX_CHARS}), q.q, '${HEADLINE}') AS snippet
    FROM page JOIN articles a ON a.id = page.id, q ORDER BY page.rank DESC, page.id COLLATE "C"`, [...args, limit, offset]);
  return { items: items.rows, total, limit, offset };
}
