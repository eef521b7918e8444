// Migration 5: the dashboard's counts and its most-named list without reading every row. Counting a table, or grouping
// every entity row by key, grows with the store (seconds at a million articles), and the front page does both.
// Triggers keep the totals as rows arrive and leave, so every writer (ingest, worker, copy) keeps them right.
// entity_totals holds one row per entity key (a key that no article names any more keeps a row with 0 articles); its
// place is the largest seen, as max() over the rows gave; its name the fullest spelling, capitals first (migration 8,
// `NAME_CHOICE_MIGRATION`). An article counts once per key, even when two of its entities share the key. PostgreSQL's twin is src/store/postgres/totals-schema.ts.

/** Whether the article has another entity with the same key: then this row neither adds nor removes the article. */
const sibling = (row: 'NEW' | 'OLD') => `EXISTS (SELECT 1 FROM entities s WHERE s.article_id = ${row}.article_id AND s.key = ${row}.key${row === 'NEW' ? ' AND s.rowid <> NEW.rowid' : ''})`;

/** SQL: a name's rank as a key's listed name, smallest first: most bytes (accents and punctuation kept: "São Paulo", not
 * "Sao Paulo"), then capitals first in byte order ("Democratic Party", not the lower-cased slip). */
const nameRank = (c: string) => `-length(CAST(${c} AS BLOB)), ${c}`;

/** The insert trigger; `name` says which of a key's names it keeps (a key that had fallen to 0 articles takes the new one). */
function entitiesCounted(name: 'max' | 'best'): string {
  const pick = (c: string) => `${c} = CASE WHEN articles = 0 THEN excluded.${c} ELSE coalesce(max(${c}, excluded.${c}), ${c}, excluded.${c}) END`;
  const named = name === 'max' ? pick('name') : `name = CASE WHEN articles = 0 OR (${nameRank('excluded.name')}) < (${nameRank('name')}) THEN excluded.name ELSE name END`;
  return `CREATE TRIGGER entities_counted AFTER INSERT ON entities BEGIN
    UPDATE store_totals SET n = n + 1 WHERE name = 'entity:' || NEW.type
      AND coalesce((SELECT articles FROM entity_totals WHERE key = NEW.key), 0) = 0 AND NOT ${sibling('NEW')};
    INSERT INTO entity_totals VALUES (NEW.key, NEW.name, NEW.type, 1, NEW.mention_count, NEW.lat, NEW.lon, NEW.country)
      ON CONFLICT (key) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + NOT ${sibling('NEW')},
        ${named}, ${['lat', 'lon', 'country'].map(pick).join(', ')};
  END;`;
}

function totalsSchema(): string {
  const counted: Array<[string, string, string]> = [['articles', 'articles', ''], ['quotes', 'quotes', ''], ['quantities', 'quantities', ''],
    ['events', 'events', ''], ['claims', 'claims', ''], ['times', 'dates', 'value IS NOT NULL'], ['stories', 'stories', '']];
  return `
  CREATE TABLE store_totals (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
  ${counted.map(([table, name, when]) => `INSERT INTO store_totals VALUES ('${name}', (SELECT count(*) FROM ${table}${when ? ` WHERE ${when}` : ''}));
  CREATE TRIGGER ${table}_counted AFTER INSERT ON ${table}${when ? ` WHEN NEW.${when}` : ''} BEGIN UPDATE store_totals SET n = n + 1 WHERE name = '${name}'; END;
  CREATE TRIGGER ${table}_uncounted AFTER DELETE ON ${table}${when ? ` WHEN OLD.${when}` : ''} BEGIN UPDATE store_totals SET n = n - 1 WHERE name = '${name}'; END;`).join('\n  ')}
  CREATE TABLE entity_totals (key TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL, lat REAL, lon REAL, country TEXT) WITHOUT ROWID;
  INSERT INTO entity_totals SELECT key, max(name), max(type), count(DISTINCT article_id), sum(mention_count), max(lat), max(lon), max(country)
    FROM entities GROUP BY key;
  CREATE INDEX entity_totals_rank ON entity_totals(articles DESC, mentions DESC, key);
  CREATE INDEX entity_totals_type_rank ON entity_totals(type, articles DESC, mentions DESC, key);
  INSERT INTO store_totals SELECT 'entity:' || t, (SELECT count(*) FROM entity_totals WHERE type = t)
    FROM (SELECT 'person' AS t UNION ALL SELECT 'organization' UNION ALL SELECT 'place' UNION ALL SELECT 'other');
  ${entitiesCounted('max')}
  CREATE TRIGGER entities_uncounted AFTER DELETE ON entities BEGIN
    UPDATE entity_totals SET mentions = mentions - OLD.mention_count, articles = articles - NOT ${sibling('OLD')} WHERE key = OLD.key;
    UPDATE store_totals SET n = n - 1 WHERE name = 'entity:' || OLD.type
      AND (SELECT articles FROM entity_totals WHERE key = OLD.key) = 0 AND NOT ${sibling('OLD')};
  END;
  CREATE INDEX raw_inputs_failed ON raw_inputs(stored_at) WHERE status = 'failed';`;
}

export const TOTALS_MIGRATION = totalsSchema();

/**
 * Migration 8: a key's listed name is its fullest spelling, capitals first, not the largest in byte order. Names of one
 * key differ in case, marks and punctuation only, and lower case sorts last: the largest was the lower-cased slip
 * ("Democratic party" over the "Democratic Party" of 21 other articles, "Us" over "US"), and the smallest alone would
 * drop accents ("Sao Paulo" over "São Paulo"). Names already chosen are chosen again from the stored rows, once (a key
 * whose rows are gone keeps its name).
 */
/** SQL: the listed names of the keys `where` selects chosen again from their rows (a key with none keeps its name). */
const chooseNames = (where: string) => `UPDATE entity_totals SET name = coalesce((SELECT e.name FROM entities e WHERE e.key = entity_totals.key
    ORDER BY ${nameRank('e.name')} LIMIT 1), name) WHERE ${where}`;

export const NAME_CHOICE_MIGRATION = `
  DROP TRIGGER entities_counted;
  ${entitiesCounted('best')}
  ${chooseNames('articles > 0')};`;

/** One key's listed name chosen again from its rows (a key that rows left: migration 10); `?` is the key. */
export const KEY_NAME_AGAIN = chooseNames('key = ?');
