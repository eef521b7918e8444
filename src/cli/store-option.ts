// The --db option every store command shares, and the open/close around each command's work.
import type { Command } from 'commander';
import { defaultDbPath, isPostgresUrl, openEngine, type Store } from '../store/index.js';
import { CliError } from './errors.js';

export const DB_OPTION = ['--db <path>', 'database file, or a postgres:// URL (default: $STORYLINE_DB or the user data folder)'] as const;

export interface ListOptions {
  db?: string;
  limit: string;
  offset: string;
  json?: boolean;
}

/** The options of a paged listing command: --db, --limit, --offset, --json. */
export function listOptions(cmd: Command): Command {
  return cmd.option(...DB_OPTION).option('--limit <n>', 'how many', '50').option('--offset <n>', 'skip this many', '0').option('--json', 'print JSON');
}

/** A whole number in [min, max] or a usage error naming the option (never SQLite's "datatype mismatch"). */
export function wholeNumber(option: string, value: string, min: number, max: number): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new CliError(`${option} "${value.slice(0, 40)}" is not a whole number from ${min} to ${max}`, 2);
  return n;
}

export const pageOf = (opts: ListOptions) => ({
  limit: wholeNumber('--limit', opts.limit, 1, 100_000), offset: wholeNumber('--offset', opts.offset, 0, 2 ** 31 - 1),
});

/** Opens the engine --db names (SQLite file or PostgreSQL URL), or a one-line error naming it. */
export async function openEngineOrFail(db: string | undefined): Promise<Store> {
  try {
    return await openEngine(db);
  } catch (err) {
    // The reason (refused connection, unknown database, bad password) on one line, naming the database.
    const message = (err as Error).message.split('\n')[0]!;
    const target = defaultDbPath(db);
    throw new CliError(isPostgresUrl(target) ? message : `${target}: ${message}`);
  }
}

/** Opens the engine --db names (SQLite file or PostgreSQL URL), runs the work, and always closes it. */
export async function withEngine<T>(db: string | undefined, work: (store: Store) => T | Promise<T>): Promise<T> {
  const store = await openEngineOrFail(db);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
