// The --db option every store command shares, and the open/close around each command's work.
import { openStore, type SqliteStore } from '../store/index.js';

export const DB_OPTION = ['--db <path>', 'database file (default: $STORYLINE_DB or the user data folder)'] as const;
export const LIMIT_OPTION = ['--limit <n>', 'how many', '50'] as const;
export const OFFSET_OPTION = ['--offset <n>', 'skip this many', '0'] as const;
export const JSON_OPTION = ['--json', 'print JSON'] as const;

/** Opens the store, runs the command's work, and always closes it (even when the work throws). */
export async function withStore<T>(db: string | undefined, work: (store: SqliteStore) => T | Promise<T>): Promise<T> {
  const store = openStore(db);
  try {
    return await work(store);
  } finally {
    store.close();
  }
}
