// Full-text search on PostgreSQL with its own text search: the articles' tsvector (GIN-indexed, title weighted above
// the body), the user's words through websearch_to_tsquery (every word required; the last one as a prefix when the
// words as typed find nothing), and ts_headline snippets built only for the page returned.
import { MAX_QUERY_TERMS } from '../fts.js';
import { SEARCH_INDEX_CHARS } from './migrations.js';
import type { Page, SearchHit } from '../types.js';
import type { Sql } from './connection.js';

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

export async function search(sql: Sql, query: string, limit = 20, offset = 0, maxRanked = MAX_RANKED): Promise<Page<SearchHit>> {
  const parts = toTsQueryParts(query);
  if (!parts) return { items: [], total: 0, limit, offset };
  const count = async (query: string, args: string[]) => (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM
    (SELECT 1 FROM articles WHERE search @@ ${query} LIMIT ${maxRanked + 1}) m`, args)).rows[0]!.n;
  let tsquery = EXACT;
  let args = [parts.words];
  let counted = await count(tsquery, args);
  if (!counted) {
    tsquery = PREFIX;
    args = [parts.head, parts.prefix];
    counted = await count(tsquery, args);
  }
  if (!counted) return { items: [], total: 0, limit, offset };
  const broad = counted > maxRanked;
  const [lim, off] = [`$${args.length + 1}`, `$${args.length + 2}`];
  // A narrow query is ranked (title above body); a broad one lists its newest matches, which the arrival-order
  // index finds without reading the others. The query is written out (not taken from the CTE) so that the planner
  // sees it and can estimate how many rows match.
  const page = broad
    ? `SELECT a.id, a.seq::float8 AS rank FROM articles a WHERE a.search @@ ${tsquery} ORDER BY a.seq DESC LIMIT ${lim} OFFSET ${off}`
    : `SELECT a.id, ts_rank(a.search, ${tsquery}) AS rank FROM articles a WHERE a.search @@ ${tsquery} ORDER BY rank DESC, a.id COLLATE "C" LIMIT ${lim} OFFSET ${off}`;
  // The page is chosen first; ts_headline, which re-parses the text, runs for its rows alone.
  const items = await sql.query<SearchHit>(`WITH q AS (SELECT ${tsquery} AS q), page AS (${page})
    SELECT a.id, a.title, left(a.text, 200) AS lead, a.published,
      ts_headline('english', left(a.text, ${SEARCH_INDEX_CHARS}), q.q, '${HEADLINE}') AS snippet
    FROM page JOIN articles a ON a.id = page.id, q ORDER BY page.rank DESC, page.id COLLATE "C"`, [...args, limit, offset]);
  return { items: items.rows, total: broad ? maxRanked : counted, ...(broad ? { totalIsLowerBound: true as const } : {}), limit, offset };
}
