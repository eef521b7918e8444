// Schema migrations, applied in order; PRAGMA user_version records how far a database has come.
import type { Database } from 'better-sqlite3';

const MIGRATIONS: string[] = [
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
];

export function migrate(db: Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length;
}
