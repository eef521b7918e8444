// Schema migrations, applied in order; PRAGMA user_version records how far a database has come.
import type { Database } from 'better-sqlite3';
import { KEY_NAME_AGAIN, NAME_CHOICE_MIGRATION, TOTALS_MIGRATION } from './totals-schema.js';
import { linkKeys } from '../story/names.js';
import { Rekeying } from './rekeying.js';
import type { EntityType } from '../model/analysis.js';

/** A migration: SQL, or a data step that needs the application's code (run in the same transaction). */
type Migration = string | ((db: Database) => void);

/**
 * Files every linked entity under the keys the linker files it under now (src/story/names.ts linkKeys): the keys are
 * derived from the names, so a change to them leaves a store's old keys where new articles no longer look.
 */
function fileEntityKeysAgain(db: Database): void {
  db.exec('DELETE FROM entity_keys');
  const put = db.prepare('INSERT OR IGNORE INTO entity_keys (key, global_id) VALUES (?, ?)');
  // a page at a time (a statement cannot write while another iterates on the same connection)
  const page = db.prepare('SELECT rowid, id, name, type, aliases FROM global_entities WHERE rowid > ? ORDER BY rowid LIMIT 10000');
  for (let after = 0; ;) {
    const rows = page.all(after) as Array<{ rowid: number; id: string; name: string; type: EntityType; aliases: string }>;
    if (!rows.length) return;
    for (const g of rows) for (const k of linkKeys({ name: g.name, type: g.type, aliases: JSON.parse(g.aliases) as string[] })) put.run(k, g.id);
    after = rows[rows.length - 1]!.rowid;
  }
}

/**
 * Keys every stored entity again (src/store/keys.ts entityKey) where today's key differs: each such row is deleted and
 * inserted again under its new key, so the triggers move its counts between the keys (entity_totals, store_totals),
 * and a saved search on an old key follows its entities to the new key most of them went to, unless more stayed.
 */
function keyEntitiesAgain(db: Database): void {
  const rekeying = new Rekeying();
  const moved = new Map<number, string>();
  const page = db.prepare('SELECT rowid, key, name, type FROM entities WHERE rowid > ? ORDER BY rowid LIMIT 10000');
  for (let after = 0; ;) {
    const rows = page.all(after) as Array<{ rowid: number; key: string; name: string; type: EntityType }>;
    if (!rows.length) break;
    for (const r of rows) {
      const key = rekeying.newKey(r);
      if (key) moved.set(r.rowid, key);
    }
    after = rows[rows.length - 1]!.rowid;
  }
  // where each saved search goes, read before the moves
  const countOf = db.prepare('SELECT count(*) FROM entities WHERE key = ?').pluck();
  const searched = db.prepare('SELECT entity_key FROM saved_searches WHERE entity_key IS NOT NULL').pluck().all() as string[];
  const searchMoves = [...new Set(searched)].filter((from) => rekeying.moves.has(from))
    .map((from) => [from, rekeying.searchTarget(from, countOf.get(from) as number)] as const);
  // a row cannot be copied under its new key before it goes (the primary key is the article and local id): read it,
  // delete it, insert it anew
  const read = db.prepare('SELECT * FROM entities WHERE rowid = ?');
  const remove = db.prepare('DELETE FROM entities WHERE rowid = ?');
  const insert = db.prepare(`INSERT INTO entities (article_id, local_id, key, name, type, roles, aliases, mention_count, lat, lon, country)
    VALUES (@article_id, @local_id, @key, @name, @type, @roles, @aliases, @mention_count, @lat, @lon, @country)`);
  for (const [rowid, key] of moved) {
    const row = read.get(rowid) as Record<string, unknown>;
    remove.run(rowid);
    insert.run({ ...row, key });
  }
  const follow = db.prepare('UPDATE saved_searches SET entity_key = ? WHERE entity_key = ?');
  for (const [from, to] of searchMoves) if (to) follow.run(to, from);
  // a key that rows left keeps the name of one that went ("EU" for the "Eu" that stayed): chosen again from its rows
  const rename = db.prepare(KEY_NAME_AGAIN);
  for (const from of rekeying.moves.keys()) rename.run(from);
}

/** SQL: the last word of an entity key ("person:donald trump" → "trump"): rtrim drops every character but spaces. */
export const SURNAME_SQL = "substr(key, length(rtrim(key, replace(key, ' ', ''))) + 1)";

const MIGRATIONS: Migration[] = [
  // 1: raw inputs are stored before anything else; analyses are rows the dashboard can query.
  `
  CREATE TABLE raw_inputs (
    id TEXT PRIMARY KEY,
    bytes BLOB NOT NULL,
    size INTEGER NOT NULL,
    source_path TEXT,
    source_url TEXT,
    fetched_at TEXT NOT NULL,
    media_type TEXT,
    charset TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'analysed', 'failed')),
    error TEXT,
    stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  );
  CREATE TABLE articles (
    id TEXT PRIMARY KEY REFERENCES raw_inputs(id),
    title TEXT,
    published TEXT,
    published_from TEXT,
    language TEXT NOT NULL,
    source_path TEXT,
    source_url TEXT,
    site TEXT,
    text TEXT NOT NULL,
    analysis TEXT NOT NULL,
    analysed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  );
  CREATE INDEX articles_published ON articles(published);
  CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    roles TEXT NOT NULL,
    aliases TEXT NOT NULL,
    mention_count INTEGER NOT NULL,
    lat REAL, lon REAL, country TEXT,
    PRIMARY KEY (article_id, local_id)
  );
  CREATE INDEX entities_key ON entities(key);
  CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL
  );
  CREATE INDEX mentions_article ON mentions(article_id, entity_id);
  CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    text TEXT NOT NULL, kind TEXT NOT NULL,
    speaker TEXT, speaker_name TEXT, cue TEXT,
    start INTEGER NOT NULL, end INTEGER NOT NULL,
    PRIMARY KEY (article_id, local_id)
  );
  CREATE TABLE times (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL, value TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL
  );
  CREATE INDEX times_value ON times(value);
  CREATE TABLE quantities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL, value REAL NOT NULL, unit TEXT, about TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL
  );
  CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL, type TEXT NOT NULL, date TEXT, summary TEXT NOT NULL,
    participants TEXT NOT NULL, place TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL,
    PRIMARY KEY (article_id, local_id)
  );
  CREATE INDEX events_date ON events(date);
  CREATE TABLE claims (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL, claimant TEXT NOT NULL, stance TEXT NOT NULL, text TEXT NOT NULL,
    about TEXT NOT NULL, disputed_by TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    PRIMARY KEY (article_id, local_id)
  );
  CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, tokenize = 'porter unicode61');
  `,
  // 2: stories across articles (src/story/refresh.ts rewrites all of these in one transaction).
  // The dossier JSON holds the merged timeline, ledger and positions; the other columns serve lists.
  `
  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    first_date TEXT, last_date TEXT,
    article_count INTEGER NOT NULL,
    source_count INTEGER NOT NULL,
    anchor TEXT NOT NULL,
    dossier TEXT NOT NULL
  );
  CREATE INDEX stories_order ON stories(article_count DESC, last_date DESC);
  CREATE TABLE story_articles (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    is_copy INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (story_id, article_id)
  );
  CREATE INDEX story_articles_article ON story_articles(article_id);
  CREATE TABLE duplicates (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    duplicate_of TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
  );
  CREATE TABLE global_entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL,
    article_count INTEGER NOT NULL, source_count INTEGER NOT NULL
  );
  CREATE TABLE entity_links (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    global_id TEXT NOT NULL REFERENCES global_entities(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, local_id)
  );
  CREATE INDEX entity_links_global ON entity_links(global_id);
  -- What the stories were computed from, to tell whether they are stale (the index makes that check cheap).
  CREATE INDEX articles_analysed ON articles(analysed_at);
  CREATE TABLE story_state (k TEXT PRIMARY KEY, v TEXT NOT NULL);
  `,
  // 3: watched feeds with their poll state, and every item URL a feed has brought (so an item is fetched once).
  `
  CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    title TEXT,
    added_at TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    interval_s INTEGER NOT NULL,
    next_poll_at TEXT NOT NULL,
    last_poll_at TEXT,
    last_success_at TEXT,
    last_error TEXT,
    last_error_at TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    disabled INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX feeds_due ON feeds(disabled, next_poll_at);
  CREATE TABLE feed_items (
    feed_url TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
    item_url TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    article_id TEXT,
    error TEXT,
    PRIMARY KEY (feed_url, item_url)
  );
  CREATE INDEX feed_items_url ON feed_items(item_url);
  CREATE INDEX feed_items_seen ON feed_items(feed_url, first_seen_at);
  -- Saved searches: words, an entity or a story; new matches become an Atom feed and optional webhook calls.
  -- notified_rowid is how far through the articles (by rowid, i.e. arrival order) the webhook has been called.
  CREATE TABLE saved_searches (
    name TEXT PRIMARY KEY,
    words TEXT,
    entity_key TEXT,
    story_id TEXT,
    webhook TEXT,
    created_at TEXT NOT NULL,
    notified_rowid INTEGER NOT NULL DEFAULT 0
  );
  -- The durable work queue: one job per raw input (its content hash, so enqueuing twice is one job). A claimed job
  -- holds a lease; a worker that dies (kill -9) lets the lease run out and the job is claimed again.
  CREATE TABLE jobs (
    raw_id TEXT PRIMARY KEY REFERENCES raw_inputs(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    run_at TEXT NOT NULL,
    lease_until TEXT,
    worker TEXT,
    options TEXT NOT NULL DEFAULT '{}',
    last_error TEXT,
    enqueued_at TEXT NOT NULL,
    finished_at TEXT
  );
  CREATE INDEX jobs_ready ON jobs(state, run_at);
  `,
  // 4: incremental stories (src/story/incremental.ts): the state one arriving article needs, so adding it
  // costs a bounded number of look-ups and reads never recompute. Document frequencies (overall and per
  // source) weigh terms; postings over each story's heaviest features, with the story's last day, give
  // candidate stories in a time range; a story's profile is its bounded running sums; its members'
  // dossier inputs rebuild its timeline and ledger when it grows; MinHash bands find near-duplicates;
  // entity keys link names across articles. `story_done` records where and in which turn (seq) each article was placed, and
  // story_state 'placed_rowid' how far: a re-analysed article is deleted and inserted again (a new
  // rowid), so it is placed again.
  `
  CREATE TABLE story_df (feature TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE story_source_df (source TEXT NOT NULL, feature TEXT NOT NULL, df INTEGER NOT NULL, PRIMARY KEY (source, feature)) WITHOUT ROWID;
  CREATE TABLE story_sources (source TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE story_postings (feature TEXT NOT NULL, story_id TEXT NOT NULL, last_day INTEGER NOT NULL,
    PRIMARY KEY (feature, story_id)) WITHOUT ROWID;
  CREATE INDEX story_postings_day ON story_postings(feature, last_day);
  CREATE INDEX story_postings_story ON story_postings(story_id);
  CREATE TABLE story_profiles (story_id TEXT PRIMARY KEY, centroid TEXT NOT NULL, state TEXT NOT NULL);
  CREATE TABLE story_inputs (story_id TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, inputs TEXT NOT NULL,
    PRIMARY KEY (story_id, article_id));
  CREATE TABLE story_done (article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, story_id TEXT NOT NULL,
    seq INTEGER NOT NULL) WITHOUT ROWID;
  CREATE INDEX story_done_seq ON story_done(seq);
  CREATE TABLE minhash_bands (band TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (band, article_id)) WITHOUT ROWID;
  CREATE TABLE minhash_signatures (article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, sig BLOB NOT NULL);
  CREATE TABLE entity_keys (key TEXT NOT NULL, global_id TEXT NOT NULL, PRIMARY KEY (key, global_id)) WITHOUT ROWID;
  CREATE TABLE entity_sources (global_id TEXT NOT NULL, source TEXT NOT NULL, PRIMARY KEY (global_id, source)) WITHOUT ROWID;
  ALTER TABLE global_entities ADD COLUMN state TEXT;
  `,
  // 5: counts and the most-named list kept by triggers (totals-schema.ts).
  TOTALS_MIGRATION,
  // 6: where a merged story went. A story absorbed by another (src/story/incremental-merge.ts) loses its row, but
  // links to it (bookmarks, saved searches, exported dossiers) should lead to the story that holds its articles now.
  `
  CREATE TABLE story_aliases (old_id TEXT PRIMARY KEY, story_id TEXT NOT NULL) WITHOUT ROWID;
  CREATE INDEX story_aliases_target ON story_aliases(story_id);
  `,
  // 7: the totals triggers ask, for every entity row written or deleted, whether the article has another entity
  // with the same key. On an index of the key alone that read every row of the key in the whole store (a saved
  // article cost more with every article naming the same places and people); with the article id beside the key it
  // reads only the article's own rows. Reads by key use the same index as before (its first column).
  `
  DROP INDEX entities_key;
  CREATE INDEX entities_key ON entities(key, article_id);
  `,
  // 8: a key's listed name is its fullest spelling, capitals first (totals-schema.ts).
  NAME_CHOICE_MIGRATION,
  // 9: acronyms filed under their letters, not their consonant skeleton ("UN" met every "union"): linked entities
  // filed again under today's keys.
  fileEntityKeysAgain,
  // 10: dotted initials and well-known acronyms keyed as one name ("U.S. Senate" = "US Senate", "EU" = "European
  // Union"): stored entities keyed again.
  keyEntitiesAgain,
  // 11: persons found by surname (the last word of a key of two words or more), to read a lone surname as the full
  // name that dominates it (surnames.ts). An index on the expression the reads use, for persons only.
  `CREATE INDEX IF NOT EXISTS entity_totals_surname ON entity_totals(${SURNAME_SQL}, articles DESC) WHERE type = 'person' AND instr(key, ' ') > 0;`,
];

export function migrate(db: Database): number {
  // Each step re-reads the version under the write lock: two processes opening a new database at once
  // run every migration exactly once.
  for (;;) {
    const done = db.transaction(() => {
      const v = db.pragma('user_version', { simple: true }) as number;
      if (v >= MIGRATIONS.length) return true;
      const m = MIGRATIONS[v]!;
      if (typeof m === 'string') db.exec(m); else m(db);
      db.pragma(`user_version = ${v + 1}`);
      return false;
    }).immediate();
    if (done) return MIGRATIONS.length;
  }
}
