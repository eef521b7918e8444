// The store engines a test suite runs against: SQLite always; PostgreSQL when STORYLINE_TEST_PG names a server
// (scripts/test.sh starts a throwaway one). Each call to `fresh` gives an empty store of its own: a temporary
// SQLite file, or a new database on the PostgreSQL server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';

export interface TestEngine {
  name: 'sqlite' | 'postgres';
  /** false when this engine cannot run here (PostgreSQL without a server and without STORYLINE_REQUIRE_PG) */
  available: boolean;
  /** a new, empty store's --db value */
  fresh(): Promise<string>;
}

const PG_URL = process.env.STORYLINE_TEST_PG;
/** Set by scripts/test.sh (CI): a missing server is then a failure, never a silent skip. */
const PG_REQUIRED = !!process.env.STORYLINE_REQUIRE_PG;

let tmp: string | null = null;
let fileCount = 0;
const databases: string[] = [];

afterAll(async () => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  tmp = null;
  if (PG_URL && databases.length) {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    for (const db of databases.splice(0)) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.end();
  }
});

const sqlite: TestEngine = {
  name: 'sqlite',
  available: true,
  async fresh() {
    tmp ??= mkdtempSync(join(tmpdir(), 'storyline-engines-'));
    return join(tmp, `store-${++fileCount}.db`);
  },
};

const postgres: TestEngine = {
  name: 'postgres',
  available: !!PG_URL || PG_REQUIRED,
  async fresh() {
    if (!PG_URL) throw new Error('STORYLINE_REQUIRE_PG is set but no PostgreSQL server is: scripts/test.sh could not start one (see its output above)');
    const name = `storyline_t_${process.pid}_${Date.now().toString(36)}_${databases.length}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    databases.push(name);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    return url.toString();
  },
};

if (!postgres.available) {
  process.stderr.write('PostgreSQL store tests skipped: STORYLINE_TEST_PG is not set (`npm test` starts a server; or run '
    + '`scripts/postgres.sh start DIR` and export the URL it prints as STORYLINE_TEST_PG)\n');
}

export const ENGINES: TestEngine[] = [sqlite, postgres];
