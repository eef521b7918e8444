// PostgreSQL schema migrations, numbered like SQLite's (src/store/migrations.ts): storyline_schema records how far a
// database has come. Each step runs in its own transaction under an advisory lock, so two processes opening a new
// database at once run every migration exactly once. The tables mirror SQLite's for the parts ported so far
// (everything: raw inputs, analyses, search, the work queue, stories, feeds and saved searches).
import type pg from 'pg';
import { inTransaction } from './connection.js';
import { KEY_NAME_AGAIN, NAME_CHOICE_MIGRATION, TOTALS_MIGRATION } from './totals-schema.js';
import { linkKeys } from '../../story/names.js';
import { Rekeying } from '../rekeying.js';
import type { EntityType } from '../../model/analysis.js';

/** Longest text the search index reads: a tsvector must stay under 1 MB, and no real article is this long. */
export const SEARCH_INDEX_CHARS = 300_000;

/** A migration: SQL, or a data step that needs the application's code (run in the same transaction). */
type Migration = string | ((c: pg.PoolClient) => Promise<void>);

/** SQLite's fileEntityKeysAgain (src/store/migrations.ts): every linked entity filed again under today's keys. */
async function fileEntityKeysAgain(c: pg.PoolClient): Promise<void> {
  const { rows } = await c.query<{ id: string; name: string; type: EntityType; aliases: string }>('SELECT id, name, type, aliases FROM global_entities');
  await c.query('DELETE FROM entity_keys');
  const keys: string[] = [], ids: string[] = [];
  for (const g of rows) for (const k of linkKeys({ name: g.name, type: g.type, aliases: JSON.parse(g.aliases) as string[] })) { keys.push(k); ids.push(g.id); }
  for (let i = 0; i < keys.length; i += 10_000) {
    await c.query('INSERT INTO entity_keys (key, global_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [keys.slice(i, i + 10_000), ids.slice(i, i + 10_000)]);
  }
}

/**
 * SQLite's keyEntitiesAgain (src/store/migrations.ts): rows whose key changed are deleted and inserted again under the
 * new key (the statement triggers move the counts), and saved searches follow most of their entities.
 */
async function keyEntitiesAgain(c: pg.PoolClient): Promise<void> {
  const rekeying = new Rekeying();
  const articles: string[] = [], locals: string[] = [], keys: string[] = [];
  for (let after = ['', ''] as [string, string]; ;) {
    const { rows } = await c.query<{ article_id: string; local_id: string; key: string; name: string; type: EntityType }>(
      `SELECT article_id, local_id, key, name, type FROM entities WHERE (article_id, local_id) > ($1, $2)
        ORDER BY article_id, local_id LIMIT 10000`, after);
    if (!rows.length) break;
    for (const r of rows) {
      const key = rekeying.newKey(r);
      if (key) { articles.push(r.article_id); locals.push(r.local_id); keys.push(key); }
    }
    after = [rows[rows.length - 1]!.article_id, rows[rows.length - 1]!.local_id];
  }
  if (!keys.length) return;
  // where each saved search goes, counted before the moves
  const searched = new Set((await c.query<{ k: string }>('SELECT entity_key AS k FROM saved_searches WHERE entity_key IS NOT NULL')).rows.map((r) => r.k));
  const searchMoves: Array<[string, string]> = [];
  for (const from of searched) {
    if (!rekeying.moves.has(from)) continue;
    const rows = Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM entities WHERE key = $1', [from])).rows[0]!.n);
    const to = rekeying.searchTarget(from, rows);
    if (to) searchMoves.push([from, to]);
  }
  await c.query(`CREATE TEMP TABLE rekeyed ON COMMIT DROP AS
    SELECT e.*, r.new_key FROM entities e JOIN unnest($1::text[], $2::text[], $3::text[]) AS r (article_id, local_id, new_key)
      ON e.article_id = r.article_id AND e.local_id = r.local_id`, [articles, locals, keys]);
  await c.query('DELETE FROM entities e USING rekeyed r WHERE e.article_id = r.article_id AND e.local_id = r.local_id');
  await c.query(`INSERT INTO entities (article_id, local_id, key, name, type, roles, aliases, mention_count, lat, lon, country)
    SELECT article_id, local_id, new_key, name, type, roles, aliases, mention_count, lat, lon, country FROM rekeyed`);
  for (const [from, to] of searchMoves) await c.query('UPDATE saved_searches SET entity_key = $1 WHERE entity_key = $2', [to, from]);
  // a key that rows left keeps the name of one that went: chosen again from its rows
  for (const from of rekeying.moves.keys()) await c.query(KEY_NAME_AGAIN, [from]);
}

/** SQL: the last word of an entity key ("person:donald trump" → "trump"). */
export const SURNAME_SQL = "substring(key from '[^ ]+$')";

const MIGRATIONS: Migration[] = [
  // 1: raw inputs stored before anything else; analyses as rows; full text with PostgreSQL's own text search
  // (title weighted above the body, like SQLite's bm25 weights); the durable work queue.
  `
  CREATE TABLE raw_inputs (
    id text PRIMARY KEY,
    bytes bytea NOT NULL,
    size integer NOT NULL,
    source_path text,
    source_url text,
    fetched_at text NOT NULL,
    media_type text,
    charset text,
    status text NOT NULL CHECK (status IN ('pending', 'analysed', 'failed')),
    error text,
    stored_at timestamptz NOT NULL DEFAULT clock_timestamp()
  );
  CREATE INDEX raw_inputs_failed ON raw_inputs (stored_at) WHERE status = 'failed';
  CREATE TABLE articles (
    id text PRIMARY KEY REFERENCES raw_inputs(id),
    seq bigint GENERATED ALWAYS AS IDENTITY,
    title text,
    published text,
    published_from text,
    language text NOT NULL,
    source_path text,
    source_url text,
    site text,
    text text NOT NULL,
    analysis json NOT NULL,
    analysed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    search tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
      setweight(to_tsvector('english'::regconfig, left(text, ${SEARCH_INDEX_CHARS})), 'B')) STORED
  );
  CREATE INDEX articles_published ON articles (published);
  CREATE INDEX articles_search ON articles USING gin (search);
  CREATE TABLE entities (
    article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id text NOT NULL,
    key text NOT NULL,
    name text NOT NULL,
    type text NOT NULL,
    roles text NOT NULL,
    aliases text NOT NULL,
    mention_count integer NOT NULL,
    lat double precision, lon double precision, country text,
    PRIMARY KEY (article_id, local_id)
  );
  CREATE INDEX entities_key ON entities (key);
  CREATE TABLE mentions (
    article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id text NOT NULL,
    span_start integer NOT NULL, span_end integer NOT NULL
  );
  CREATE INDEX mentions_article ON mentions (article_id, entity_id);
  CREATE TABLE quotes (
    article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id text NOT NULL,
    text text NOT NULL, kind text NOT NULL,
    speaker text, speaker_name text, cue text,
    span_start integer NOT NULL, span_end integer NOT NULL,
    PRIMARY KEY (article_id, local_id)
  );
  CREATE TABLE times (
    article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text text NOT NULL, value text, span_start integer NOT NULL, span_end integer NOT NULL
  );
  CREATE INDEX times_article ON times (article_id);
  CREATE INDEX times_value ON times (value);
  CREATE TABLE quantities (
    article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text text NOT NULL, value double precision NOT NULL, unit text, about text,
    span_start integer NOT NULL, span_end integer NOT NULL
  );
  CREATE INDEX quantities_article ON quantities (article_id);
  CREATE TABLE events (
    article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id text NOT NULL, type text NOT NULL, date text, summary text NOT NULL,
    participants text NOT NULL, place text, span_start integer NOT NULL, span_end integer NOT NULL,
    PRIMARY KEY (article_id, local_id)
  );
  CREATE INDEX events_date ON events (date);
  CREATE TABLE claims (
    article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id text NOT NULL, claimant text NOT NULL, stance text NOT NULL, text text NOT NULL,
    about text NOT NULL, disputed_by text NOT NULL, span_start integer NOT NULL, span_end integer NOT NULL,
    PRIMARY KEY (article_id, local_id)
  );
  -- The durable work queue, with SQLite's semantics: one job per raw input; a claimed job holds a lease; a worker
  -- that dies (kill -9) lets the lease run out and the job is claimed again.
  CREATE TABLE jobs (
    raw_id text PRIMARY KEY REFERENCES raw_inputs(id) ON DELETE CASCADE,
    state text NOT NULL CHECK (state IN ('queued', 'running', 'done', 'dead')),
    attempts integer NOT NULL DEFAULT 0,
    run_at timestamptz NOT NULL,
    lease_until timestamptz,
    worker text,
    options text NOT NULL DEFAULT '{}',
    last_error text,
    enqueued_at timestamptz NOT NULL,
    finished_at timestamptz
  );
  CREATE INDEX jobs_queued ON jobs (run_at) WHERE state = 'queued';
  CREATE INDEX jobs_running ON jobs (lease_until) WHERE state = 'running';
  `,
  // 2: arrival order, indexed: a broad search lists its newest matches without reading every match (search.ts).
  `
  CREATE UNIQUE INDEX articles_seq ON articles (seq);
  `,
  // 3: stories, as SQLite's migrations 2 and 4 (src/story/incremental.ts places one article at a time through
  // story-index.ts). Member order is an identity column where SQLite uses rowids. story_pending lists the articles
  // stored since the last placement, in order: a placement takes them under a lock, so two workers never place one
  // article twice and an article committed late is not skipped (a high-water mark over arrival order would skip
  // it). A re-analysed article keeps its story, as on SQLite. Articles stored before this migration wait there too.
  `
  CREATE TABLE stories (id text PRIMARY KEY, title text NOT NULL, first_date text, last_date text,
    article_count integer NOT NULL, source_count integer NOT NULL, anchor text NOT NULL, dossier text NOT NULL);
  CREATE INDEX stories_order ON stories (article_count DESC, last_date DESC NULLS LAST);
  CREATE TABLE story_articles (pos bigint GENERATED ALWAYS AS IDENTITY,
    story_id text NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    is_copy boolean NOT NULL DEFAULT false, PRIMARY KEY (story_id, article_id));
  CREATE INDEX story_articles_members ON story_articles (story_id, pos);
  CREATE INDEX story_articles_article ON story_articles (article_id);
  CREATE TABLE duplicates (article_id text PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    duplicate_of text NOT NULL REFERENCES articles(id) ON DELETE CASCADE);
  CREATE TABLE global_entities (id text PRIMARY KEY, name text NOT NULL, type text NOT NULL, aliases text NOT NULL,
    article_count integer NOT NULL, source_count integer NOT NULL, state text);
  CREATE TABLE entity_links (article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE, local_id text NOT NULL,
    global_id text NOT NULL REFERENCES global_entities(id) ON DELETE CASCADE, PRIMARY KEY (article_id, local_id));
  CREATE INDEX entity_links_global ON entity_links (global_id);
  CREATE TABLE entity_keys (key text NOT NULL, global_id text NOT NULL, PRIMARY KEY (key, global_id));
  CREATE TABLE entity_sources (global_id text NOT NULL, source text NOT NULL, PRIMARY KEY (global_id, source));
  CREATE TABLE story_state (k text PRIMARY KEY, v text NOT NULL);
  CREATE TABLE story_df (feature text PRIMARY KEY, df integer NOT NULL);
  CREATE TABLE story_source_df (source text NOT NULL, feature text NOT NULL, df integer NOT NULL, PRIMARY KEY (source, feature));
  CREATE TABLE story_sources (source text PRIMARY KEY, docs integer NOT NULL);
  CREATE TABLE story_postings (feature text NOT NULL, story_id text NOT NULL, last_day integer NOT NULL, PRIMARY KEY (feature, story_id));
  CREATE INDEX story_postings_day ON story_postings (feature, last_day);
  CREATE INDEX story_postings_story ON story_postings (story_id);
  CREATE TABLE story_profiles (story_id text PRIMARY KEY, centroid text NOT NULL, state text NOT NULL);
  CREATE TABLE story_inputs (pos bigint GENERATED ALWAYS AS IDENTITY, story_id text NOT NULL,
    article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE, inputs text NOT NULL, PRIMARY KEY (story_id, article_id));
  CREATE INDEX story_inputs_members ON story_inputs (story_id, pos);
  CREATE TABLE story_done (article_id text PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, story_id text NOT NULL, seq bigint NOT NULL);
  CREATE INDEX story_done_seq ON story_done (seq);
  CREATE TABLE minhash_bands (band text NOT NULL, article_id text NOT NULL, PRIMARY KEY (band, article_id));
  CREATE TABLE minhash_signatures (article_id text PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, sig bytea NOT NULL);
  CREATE SEQUENCE story_pending_seq;
  CREATE TABLE story_pending (article_id text PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    seq bigint NOT NULL DEFAULT nextval('story_pending_seq'));
  CREATE INDEX story_pending_order ON story_pending (seq);
  INSERT INTO story_pending (article_id) SELECT id FROM articles ORDER BY seq;
  `,
  // 4: watched feeds with their poll state, every item URL a feed has brought, and saved searches (SQLite's migration
  // 3). Times are ISO 8601 text as on SQLite (they compare in order); notified_rowid is an articles.seq.
  `
  CREATE TABLE feeds (url text PRIMARY KEY, title text, added_at text NOT NULL, etag text, last_modified text,
    interval_s integer NOT NULL, next_poll_at text NOT NULL, last_poll_at text, last_success_at text, last_error text,
    last_error_at text, failures integer NOT NULL DEFAULT 0, disabled boolean NOT NULL DEFAULT false);
  CREATE INDEX feeds_due ON feeds (next_poll_at) WHERE NOT disabled;
  CREATE TABLE feed_items (feed_url text NOT NULL REFERENCES feeds(url) ON DELETE CASCADE, item_url text NOT NULL,
    first_seen_at text NOT NULL, article_id text, error text, PRIMARY KEY (feed_url, item_url));
  CREATE INDEX feed_items_url ON feed_items (item_url);
  CREATE INDEX feed_items_seen ON feed_items (feed_url, first_seen_at);
  CREATE TABLE saved_searches (name text PRIMARY KEY, words text, entity_key text, story_id text, webhook text,
    created_at text NOT NULL, notified_rowid bigint NOT NULL DEFAULT 0);
  `,
  // 5: search reads one page per match. A ranked search reads each match's tsvector: stored out of line (TOAST, the
  // default for a value that makes the row pass 2 kB) it cost four more page reads a match (measured at a million
  // articles: 5 buffers a row). MAIN keeps it in the row (the text moves out instead; only snippets read it). Rows
  // stored before this keep their layout until rewritten (VACUUM FULL articles). New articles go straight into the
  // GIN index instead of its pending list, which every search would otherwise scan until the next vacuum.
  `
  ALTER TABLE articles ALTER COLUMN search SET STORAGE MAIN;
  ALTER INDEX articles_search SET (fastupdate = off);
  SELECT gin_clean_pending_list('articles_search');
  `,
  // 6: counts and the most-named list kept by triggers (totals-schema.ts).
  TOTALS_MIGRATION,
  // 7: where a merged story went (SQLite's migration 6).
  `
  CREATE TABLE story_aliases (old_id TEXT PRIMARY KEY, story_id TEXT NOT NULL);
  CREATE INDEX story_aliases_target ON story_aliases(story_id);
  `,
  // 8: a key's listed name is its fullest spelling, capitals first (totals-schema.ts).
  NAME_CHOICE_MIGRATION,
  // 9: linked entities filed again under today's keys (SQLite's migration 9).
  fileEntityKeysAgain,
  // 10: dotted initials and well-known acronyms keyed as one name (SQLite's migration 10).
  keyEntitiesAgain,
  // 11: persons found by surname (SQLite's migration 11).
  `CREATE INDEX IF NOT EXISTS entity_totals_surname ON entity_totals ((${SURNAME_SQL}), articles DESC) WHERE type = 'person' AND position(' ' in key) > 0;`,
];

/** Any number serves, as long as no other program on the same server takes it for the same purpose. */
const MIGRATION_LOCK = 0x5354_4f52; // "STOR"

export async function migrate(pool: pg.Pool): Promise<number> {
  for (;;) {
    const done = await inTransaction(pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await c.query('CREATE TABLE IF NOT EXISTS storyline_schema (version integer NOT NULL)');
      const r = await c.query<{ version: number }>('SELECT version FROM storyline_schema');
      const v = r.rows[0]?.version ?? 0;
      if (v >= MIGRATIONS.length) return true;
      const m = MIGRATIONS[v]!;
      if (typeof m === 'string') await c.query(m); else await m(c);
      if (r.rows.length) await c.query('UPDATE storyline_schema SET version = $1', [v + 1]);
      else await c.query('INSERT INTO storyline_schema (version) VALUES ($1)', [v + 1]);
      return false;
    });
    if (done) return MIGRATIONS.length;
  }
}
