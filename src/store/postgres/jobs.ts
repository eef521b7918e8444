// The durable work queue on PostgreSQL, with the SQLite queue's semantics (src/store/jobs.ts): one job per raw input,
// claimed under a lease, retried with backoff, dead-lettered with its reason. Claiming locks the chosen row with
// FOR UPDATE SKIP LOCKED, so workers on any number of machines never wait for each other nor take one job twice;
// completing a job happens in the transaction that saves its analysis (articles.ts), so both land or neither does.
import type { JobStore } from '../engine.js';
import type { Job, JobState, QueueCounts } from '../jobs.js';
import type { Sql } from './connection.js';

interface JobRow { rawId: string; state: JobState; attempts: number; runAt: Date; leaseUntil: Date | null; worker: string | null; options: string; lastError: string | null }

const COLUMNS = 'raw_id AS "rawId", state, attempts, run_at AS "runAt", lease_until AS "leaseUntil", worker, options, last_error AS "lastError"';

const toJob = (r: JobRow): Job => ({ ...r, runAt: r.runAt.toISOString(), leaseUntil: r.leaseUntil ? r.leaseUntil.toISOString() : null });

export class PostgresJobs implements JobStore {
  constructor(private readonly sql: Sql) {}

  async enqueue(rawId: string, options: object, now: string): Promise<boolean> {
    const r = await this.sql.query(`INSERT INTO jobs (raw_id, state, run_at, options, enqueued_at) VALUES ($1, 'queued', $2, $3, $2)
      ON CONFLICT (raw_id) DO NOTHING`, [rawId, now, JSON.stringify(options)]);
    return r.rowCount === 1;
  }

  async claim(worker: string, now: string, leaseMs: number): Promise<Job | null> {
    const until = new Date(Date.parse(now) + leaseMs).toISOString();
    const r = await this.sql.query<JobRow>(`UPDATE jobs SET state = 'running', attempts = attempts + 1, worker = $1, lease_until = $2
      WHERE raw_id = (SELECT raw_id FROM jobs WHERE (state = 'queued' AND run_at <= $3) OR (state = 'running' AND lease_until < $3)
        ORDER BY run_at LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING ${COLUMNS}`, [worker, until, now]);
    return r.rows[0] ? toJob(r.rows[0]) : null;
  }

  async fail(rawId: string, worker: string, reason: string, now: string, retryAt: string | null): Promise<void> {
    await this.sql.query(`UPDATE jobs SET state = CASE WHEN $1::timestamptz IS NULL THEN 'dead' ELSE 'queued' END,
        run_at = coalesce($1::timestamptz, run_at), lease_until = NULL, last_error = $2,
        finished_at = CASE WHEN $1::timestamptz IS NULL THEN $3::timestamptz END
      WHERE raw_id = $4 AND state = 'running' AND worker = $5`, [retryAt, reason, now, rawId, worker]);
  }

  async retryDead(now: string): Promise<number> {
    const r = await this.sql.query(`UPDATE jobs SET state = 'queued', attempts = 0, run_at = $1, finished_at = NULL WHERE state = 'dead'`, [now]);
    return r.rowCount ?? 0;
  }

  async counts(): Promise<QueueCounts> {
    const out: QueueCounts = { queued: 0, running: 0, done: 0, dead: 0 };
    const r = await this.sql.query<{ state: JobState; n: number }>('SELECT state, count(*)::int AS n FROM jobs GROUP BY state');
    for (const row of r.rows) out[row.state] = row.n;
    return out;
  }

  async dead(limit = 100): Promise<Array<Job & { source: string | null }>> {
    const r = await this.sql.query<JobRow & { source: string | null }>(`SELECT ${COLUMNS},
        (SELECT coalesce(source_path, source_url) FROM raw_inputs r WHERE r.id = jobs.raw_id) AS source
      FROM jobs WHERE state = 'dead' ORDER BY finished_at DESC LIMIT $1`, [limit]);
    return r.rows.map((row) => ({ ...toJob(row), source: row.source }));
  }

  async nextRunAt(): Promise<string | null> {
    const r = await this.sql.query<{ t: Date | null }>(`SELECT least((SELECT min(run_at) FROM jobs WHERE state = 'queued'),
      (SELECT min(lease_until) FROM jobs WHERE state = 'running')) AS t`);
    return r.rows[0]?.t ? r.rows[0].t.toISOString() : null;
  }
}
