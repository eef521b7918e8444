// Public surface of the store stage.
import envPaths from 'env-paths';
import { join } from 'node:path';
import { SqliteStore } from './sqlite.js';

export { SqliteStore, toFtsQuery } from './sqlite.js';
export { entityKey, foldName } from './keys.js';
export type * from './types.js';

/** --db wins, then STORYLINE_DB, then a file in the user's data folder. */
export function defaultDbPath(explicit?: string | null): string {
  return explicit || process.env.STORYLINE_DB || join(envPaths('storyline', { suffix: '' }).data, 'storyline.db');
}

export function openStore(path?: string | null): SqliteStore {
  return new SqliteStore(defaultDbPath(path));
}
