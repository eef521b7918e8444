// Public surface of the store stage.
import envPaths from 'env-paths';
import { join } from 'node:path';
import { SqliteStore } from './sqlite.js';
import type { Store } from './engine.js';
import { SqliteEngine } from './sqlite-engine.js';
import { isPostgresUrl } from './postgres/connection.js';
import { PostgresStore } from './postgres/index.js';

export { SqliteStore, toFtsQuery } from './sqlite.js';
export { SqliteEngine, asStore } from './sqlite-engine.js';
export { PostgresStore } from './postgres/index.js';
export { isPostgresUrl, redactUrl } from './postgres/connection.js';
export { copyStore, type CopyReport } from './copy.js';
export { entityKey, foldName, keyName } from './keys.js';
export type * from './types.js';
export type * from './engine.js';
export type * from './story-types.js';
export type { FeedStore, SavedSearchStore } from './follow-types.js';
export type { Job, JobState, QueueCounts } from './jobs.js';

/** --db wins, then STORYLINE_DB, then a file in the user's data folder. */
export function defaultDbPath(explicit?: string | null): string {
  return explicit || process.env.STORYLINE_DB || join(envPaths('storyline', { suffix: '' }).data, 'storyline.db');
}

export function openStore(path?: string | null): SqliteStore {
  return new SqliteStore(defaultDbPath(path));
}

/** The engine `db` names (--db, else STORYLINE_DB, else the default file): a postgres:// URL or a SQLite file. */
export async function openEngine(db?: string | null): Promise<Store> {
  const target = defaultDbPath(db);
  return isPostgresUrl(target) ? PostgresStore.open(target) : SqliteEngine.open(target);
}
