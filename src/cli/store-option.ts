// The --db option every store command shares, and the open/close around each command's work.
import { openStore, type SqliteStore } from '../store/index.js';

export const DB_OPTION = ['--db <path>', 'database file (default: $STORYLINE_DB or the user data folder)'] as const;

/** Opens the store, runs the command's work, and always closes it (even when the work throws). */
export async function withStore<T>(db: string | undefined, work: (store: SqliteStore) => T | Promise<T>): Promise<T> {
  const store = openStore(db);
  try {
    return await work(store);
  } finally {
    store.close();
  }
}
