// Migration 6 (SQLite's 5): the dashboard's counts and its most-named list without reading every row. count(*) of a
// table and grouping every entity row by key grow with the store (seconds at a million articles), and the front page
// does both. Statement triggers with transition tables keep the totals as rows arrive and leave, so every writer
// (ingest, workers, copy) keeps them right. Counts are spread over 16 rows a name, picked by the writing session's
// process id: two workers saving at once then seldom wait for the same row (a reader sums them).
// entity_totals holds one row per entity key (a key no article names any more keeps a row with 0 articles); its name
// and place are the largest seen, as max() over the rows gave. An article counts once per key, even when two of its
// entities share the key. A save locks the totals of its old and new keys in key order first (articles.ts), so two
// saves naming the same entities wait for each other instead of deadlocking. A key that had fallen to 0 articles
// takes the name and place of the rows that bring it back.
const COUNTED: Array<[table: string, name: string, when: string]> = [['articles', 'articles', ''], ['quotes', 'quotes', ''],
  ['quantities', 'quantities', ''], ['events', 'events', ''], ['claims', 'claims', ''], ['times', 'dates', 'value IS NOT NULL'],
  ['stories', 'stories', '']];

const counted = ([table, name, when]: [string, string, string]) => `
  INSERT INTO store_totals SELECT '${name}', 0, count(*) FROM ${table}${when ? ` WHERE ${when}` : ''};
  CREATE FUNCTION storyline_count_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE d bigint;
  BEGIN
    IF TG_OP = 'INSERT' THEN SELECT count(*) INTO d FROM added${when ? ` WHERE ${when}` : ''};
    ELSE SELECT -count(*) INTO d FROM removed${when ? ` WHERE ${when}` : ''}; END IF;
    IF d <> 0 THEN PERFORM storyline_add_total('${name}', d); END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER ${table}_counted AFTER INSERT ON ${table} REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION storyline_count_${table}();
  CREATE TRIGGER ${table}_uncounted AFTER DELETE ON ${table} REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION storyline_count_${table}();`;

/** SQL: a name's rank as a key's listed name, smallest first: most bytes (accents and punctuation kept), then capitals
 * first in byte order (as SQLite's totals-schema.ts). */
const nameRank = (c: string) => `-octet_length(${c}), ${c} COLLATE "C"`;
const BEST_NAME = `(array_agg(name ORDER BY ${nameRank('name')}))[1]`;
const BETTER_NEW_NAME = `CASE WHEN (${nameRank('excluded.name')}) < (${nameRank('t.name')}) THEN excluded.name ELSE t.name END`;

/** The insert trigger's function; `name` says which of a key's names it keeps (a key back from 0 articles takes the new one). */
function entitiesAdded(name: 'max' | 'best', create: 'CREATE' | 'CREATE OR REPLACE'): string {
  return `${create} FUNCTION storyline_entities_added() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    WITH per_article AS (SELECT article_id, key, count(*) AS n, sum(mention_count) AS mentions, ${name === 'max' ? 'max(name)' : BEST_NAME} AS name, max(type) AS type,
        max(lat) AS lat, max(lon) AS lon, max(country) AS country FROM added GROUP BY article_id, key),
      -- the article is new to the key when all its rows with the key are among the added ones
      per_key AS (SELECT key, ${name === 'max' ? 'max(name)' : BEST_NAME} AS name, max(type) AS type, sum(mentions)::int AS mentions, max(lat) AS lat, max(lon) AS lon,
        max(country) AS country, count(*) FILTER (WHERE n = (SELECT count(*) FROM entities e WHERE e.article_id = p.article_id AND e.key = p.key))::int AS articles
        FROM per_article p GROUP BY key),
      upserted AS (INSERT INTO entity_totals AS t SELECT key, name, type, articles, mentions, lat, lon, country FROM per_key ORDER BY key
        ON CONFLICT (key) DO UPDATE SET articles = t.articles + excluded.articles, mentions = t.mentions + excluded.mentions,
          name = CASE WHEN t.articles = 0 THEN excluded.name ELSE ${name === 'max' ? 'greatest(t.name, excluded.name)' : BETTER_NEW_NAME} END,
          lat = CASE WHEN t.articles = 0 THEN excluded.lat ELSE greatest(t.lat, excluded.lat) END,
          lon = CASE WHEN t.articles = 0 THEN excluded.lon ELSE greatest(t.lon, excluded.lon) END,
          country = CASE WHEN t.articles = 0 THEN excluded.country ELSE greatest(t.country, excluded.country) END
        RETURNING t.key, t.type, t.articles)
    -- a key whose article count rose from 0 is one more entity of its type
    INSERT INTO store_totals SELECT 'entity:' || u.type, pg_backend_pid() % 16, count(*) FROM upserted u JOIN per_key k USING (key)
      WHERE k.articles > 0 AND u.articles = k.articles GROUP BY u.type
    ON CONFLICT (name, shard) DO UPDATE SET n = store_totals.n + excluded.n;
    RETURN NULL;
  END $$;`;
}

export const TOTALS_MIGRATION = `
  -- writers wait while the totals are counted and the triggers created: nothing is stored in between uncounted
  LOCK TABLE articles, entities, quotes, quantities, events, claims, times, stories IN SHARE ROW EXCLUSIVE MODE;
  CREATE TABLE store_totals (name text NOT NULL, shard integer NOT NULL, n bigint NOT NULL, PRIMARY KEY (name, shard));
  CREATE FUNCTION storyline_add_total(total text, d bigint) RETURNS void LANGUAGE sql AS $$
    INSERT INTO store_totals VALUES (total, pg_backend_pid() % 16, d)
    ON CONFLICT (name, shard) DO UPDATE SET n = store_totals.n + excluded.n $$;
  ${COUNTED.map(counted).join('\n')}
  CREATE TABLE entity_totals (key text PRIMARY KEY, name text NOT NULL, type text NOT NULL, articles integer NOT NULL,
    mentions integer NOT NULL, lat float8, lon float8, country text);
  INSERT INTO entity_totals SELECT key, max(name), max(type), count(DISTINCT article_id), sum(mention_count), max(lat), max(lon), max(country)
    FROM entities GROUP BY key;
  CREATE INDEX entity_totals_rank ON entity_totals (articles DESC, mentions DESC, key COLLATE "C");
  CREATE INDEX entity_totals_type_rank ON entity_totals (type, articles DESC, mentions DESC, key COLLATE "C");
  INSERT INTO store_totals SELECT 'entity:' || t, 0, (SELECT count(*) FROM entity_totals WHERE type = t AND articles > 0)
    FROM unnest(ARRAY['person', 'organization', 'place', 'other']) AS t;
  ${entitiesAdded('max', 'CREATE')}
  CREATE FUNCTION storyline_entities_removed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM 1 FROM entity_totals WHERE key IN (SELECT key FROM removed) ORDER BY key FOR UPDATE;
    WITH per_article AS (SELECT article_id, key, sum(mention_count) AS mentions FROM removed GROUP BY article_id, key),
      -- the article leaves the key when none of its rows with the key is left
      per_key AS (SELECT key, sum(mentions)::int AS mentions,
        count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.article_id = p.article_id AND e.key = p.key))::int AS articles
        FROM per_article p GROUP BY key),
      updated AS (UPDATE entity_totals t SET articles = t.articles - k.articles, mentions = t.mentions - k.mentions FROM per_key k
        WHERE t.key = k.key RETURNING t.key, t.type, t.articles)
    INSERT INTO store_totals SELECT 'entity:' || u.type, pg_backend_pid() % 16, -count(*) FROM updated u JOIN per_key k USING (key)
      WHERE k.articles > 0 AND u.articles = 0 GROUP BY u.type
    ON CONFLICT (name, shard) DO UPDATE SET n = store_totals.n + excluded.n;
    RETURN NULL;
  END $$;
  CREATE TRIGGER entities_counted AFTER INSERT ON entities REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION storyline_entities_added();
  CREATE TRIGGER entities_uncounted AFTER DELETE ON entities REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION storyline_entities_removed();
  -- the article list, newest first, without sorting every article
  CREATE INDEX articles_recent ON articles (published DESC NULLS LAST, id COLLATE "C");
`;

/**
 * Migration 8 (SQLite's 8): a key's listed name is its fullest spelling, capitals first in byte order, not the largest
 * (the largest was the lower-cased slip: "Democratic party" over "Democratic Party"). Names already chosen are chosen
 * again from the stored rows, once; only the rows whose name changes are written.
 */
export const NAME_CHOICE_MIGRATION = `
  ${entitiesAdded('best', 'CREATE OR REPLACE')}
  UPDATE entity_totals t SET name = m.name FROM (SELECT key, ${BEST_NAME} AS name FROM entities GROUP BY key) m
    WHERE t.key = m.key AND t.articles > 0 AND t.name <> m.name;`;

/** One key's listed name chosen again from its rows (SQLite's KEY_NAME_AGAIN); $1 is the key. */
export const KEY_NAME_AGAIN = `UPDATE entity_totals t SET name = m.name FROM (SELECT key, ${BEST_NAME} AS name FROM entities WHERE key = $1 GROUP BY key) m
  WHERE t.key = m.key`;
