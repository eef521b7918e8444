// A PostgreSQL server for the bench: the one STORYLINE_BENCH_PG (or STORYLINE_TEST_PG) names, else a throwaway
// cluster from scripts/postgres.sh with fsync on (as a real server, and as SQLite syncs its commits), stopped and
// deleted at the end. Each measured run gets a fresh database.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export async function benchServer(root) {
  const given = process.env.STORYLINE_BENCH_PG || process.env.STORYLINE_TEST_PG;
  if (given) return { url: given, stop: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-pg-'));
  chmodSync(dir, 0o755);
  const cluster = join(dir, 'cluster');
  const url = execFileSync('bash', [join(root, 'scripts/postgres.sh'), 'start', cluster, '--durable'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  return { url, stop: () => {
    execFileSync('bash', [join(root, 'scripts/postgres.sh'), 'stop', cluster], { stdio: 'inherit' });
    rmSync(dir, { recursive: true, force: true });
  } };
}

/** A new empty database on the server; returns its URL. */
export async function freshDatabase(serverUrl, name) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function databaseBytes(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const r = await c.query('SELECT pg_database_size(current_database())::bigint AS n');
  await c.end();
  return Number(r.rows[0].n);
}

/**
 * CPU time spent so far (ms) by the server processes serving a database, read from /proc/<pid>/schedstat: on a shared
 * machine a query's wall time includes waiting for a core, its CPU time does not. Only for a server on this machine
 * (Linux); the processes are those connected when this is called (call it after the store's pool has connected).
 */
export async function backendCpu(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const pids = (await c.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')).rows.map((r) => r.pid);
  await c.end();
  return () => pids.reduce((ms, pid) => { try { return ms + Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6; } catch { return ms; } }, 0);
}
