// The durable work queue over SQLite: `storyline ingest --queue` enqueues stored raw inputs, `storyline worker`
// claims them under a lease. Claiming is one UPDATE … RETURNING (SQLite serialises writers), so any number of worker
// processes on one database never take the same job while its lease holds.
import type { Database } from 'better-sqlite3';

export type JobState = 'queued' | 'running' | 'done' | 'dead';

export interface Job {
  rawId: string;
  state: JobState;
  attempts: number;
  runAt: string;
  leaseUntil: string | null;
  worker: string | null;
  options: string;
  lastError: string | null;
}

export interface QueueCounts { queued: number; running: number; done: number; dead: number }

const COLUMNS = 'raw_id AS rawId, state, attempts, run_at AS runAt, lease_until AS leaseUntil, worker, options, last_error AS lastError';

export class JobQueue {
  constructor(private readonly db: Database) {}

  /** Queues a stored raw input; a job that exists already (done, running or dead) is left as it is. */
  enqueue(rawId: string, options: object, now: string): boolean {
    return this.db.prepare(`INSERT INTO jobs (raw_id, state, run_at, options, enqueued_at) VALUES (?, 'queued', ?, ?, ?)
      ON CONFLICT (raw_id) DO NOTHING`).run(rawId, now, JSON.stringify(options), now).changes > 0;
  }

  /** Takes the oldest ready job (queued and due, or running with an expired lease) for `worker`. */
  claim(worker: string, now: string, leaseMs: number): Job | null {
    const until = new Date(Date.parse(now) + leaseMs).toISOString();
    const row = this.db.prepare(`UPDATE jobs SET state = 'running', attempts = attempts + 1, worker = ?, lease_until = ?
      WHERE raw_id = (SELECT raw_id FROM jobs WHERE (state = 'queued' AND run_at <= ?) OR (state = 'running' AND lease_until < ?)
        ORDER BY run_at LIMIT 1)
      RETURNING ${COLUMNS}`).get(worker, until, now, now) as Job | undefined;
    return row ?? null;
  }

  /** Marks a job done; call inside the transaction that saves its analysis, so both land or neither does. */
  complete(rawId: string, worker: string, now: string): boolean {
    return this.db.prepare(`UPDATE jobs SET state = 'done', lease_until = NULL, finished_at = ?, last_error = NULL
      WHERE raw_id = ? AND state = 'running' AND worker = ?`).run(now, rawId, worker).changes > 0;
  }

  /** A failed try: queued again after `retryAt`, or dead (the dead-letter list) with its reason after the last try. */
  fail(rawId: string, worker: string, reason: string, now: string, retryAt: string | null): void {
    this.db.prepare(`UPDATE jobs SET state = CASE WHEN ? IS NULL THEN 'dead' ELSE 'queued' END, run_at = coalesce(?, run_at),
        lease_until = NULL, last_error = ?, finished_at = CASE WHEN ? IS NULL THEN ? ELSE NULL END
      WHERE raw_id = ? AND state = 'running' AND worker = ?`).run(retryAt, retryAt, reason, retryAt, now, rawId, worker);
  }

  /** Puts dead jobs back in the queue (after the cause was fixed). */
  retryDead(now: string): number {
    return this.db.prepare(`UPDATE jobs SET state = 'queued', attempts = 0, run_at = ?, finished_at = NULL WHERE state = 'dead'`).run(now).changes;
  }

  counts(): QueueCounts {
    const out: QueueCounts = { queued: 0, running: 0, done: 0, dead: 0 };
    for (const r of this.db.prepare('SELECT state, count(*) AS n FROM jobs GROUP BY state').all() as Array<{ state: JobState; n: number }>) out[r.state] = r.n;
    return out;
  }

  dead(limit = 100): Array<Job & { source: string | null }> {
    return this.db.prepare(`SELECT ${COLUMNS},
        (SELECT coalesce(source_path, source_url) FROM raw_inputs r WHERE r.id = jobs.raw_id) AS source
      FROM jobs WHERE state = 'dead' ORDER BY finished_at DESC LIMIT ?`).all(limit) as Array<Job & { source: string | null }>;
  }

  /** The earliest time a queued job becomes ready, for a worker deciding how long to sleep. */
  nextRunAt(): string | null {
    return (this.db.prepare(`SELECT min(coalesce(CASE WHEN state = 'running' THEN lease_until END, run_at)) AS t FROM jobs WHERE state IN ('queued', 'running')`).get() as { t: string | null }).t;
  }
}
