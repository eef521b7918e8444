// The connection to a PostgreSQL store: a small pool per process, and one helper for transactions.
import pg from 'pg';

export type Sql = pg.Pool | pg.PoolClient;

/** `postgres://` and `postgresql://` URLs select the PostgreSQL engine; anything else is a SQLite file path. */
export function isPostgresUrl(db: string | null | undefined): db is string {
  return !!db && /^postgres(ql)?:\/\//i.test(db);
}

/** The URL without its password, for messages and `location`. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

export function createPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'storyline' });
  // An idle client whose server connection dies (server restart) must not crash the process: the next query fails instead.
  pool.on('error', () => {});
  return pool;
}

/** Runs `work` in one transaction on one client; a thrown error rolls everything back. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await work(client);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
