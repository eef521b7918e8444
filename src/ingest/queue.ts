// Ingest through the durable queue: `ingest --queue` stores each raw input and enqueues it; `storyline worker`
// analyses queued inputs. Each job is idempotent (the raw input's content hash), retried with backoff, and after
// the last try lands in the dead-letter list with its reason. The analysis and the job's completion are written in
// one transaction, so a worker killed at any point leaves either both or neither: its lease runs out and another
// worker (or the same one, restarted) takes the job again.
import { hostname } from 'node:os';
import type { AnalyzeOptions } from '../api.js';
import { pause } from './pause.js';
import { InputError } from '../model/errors.js';
import type { SqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/engine.js';
import { asStore } from '../store/sqlite-engine.js';
import { placeNewArticles } from '../story/refresh.js';
import { inlineAnalyzer, type Analyzer } from './analyzer.js';
import { failureReason } from './record.js';
import { DEFAULT_WORKER } from './queue-settings.js';
import type { PendingSource } from './sources.js';

export interface WorkerOptions {
  /** how this worker is named in the queue (default: host:pid) */
  name?: string;
  /** how long a claimed job is this worker's before others may take it over */
  leaseMs?: number;
  /** tries before a job is dead */
  maxAttempts?: number;
  /** first retry delay; doubles with each try */
  backoffMs?: number;
  /** stop when no job is ready instead of waiting for more */
  drain?: boolean;
  signal?: AbortSignal;
  analyzer?: Analyzer;
  log?: (line: string) => void;
}

export interface WorkerReport { done: number; retried: number; dead: number }


/** Stores each source's raw bytes and queues it; returns how many were queued and what could not be read. */
export async function enqueueSources(sources: PendingSource[], given: Store | SqliteStore, options: AnalyzeOptions = {}): Promise<{ queued: number; already: number; failed: Array<{ input: string; reason: string }> }> {
  const store = asStore(given);
  const out = { queued: 0, already: 0, failed: [] as Array<{ input: string; reason: string }> };
  for (const src of sources) {
    try {
      const raw = await src.load();
      const { isNew, status } = await store.saveRaw(raw);
      if (!isNew && status === 'analysed') { out.already++; continue; }
      if (await store.jobs.enqueue(raw.id, options, new Date().toISOString())) out.queued++;
      else out.already++;
    } catch (err) {
      out.failed.push({ input: src.name, reason: err instanceof InputError ? err.reason : (err as Error).message });
    }
  }
  return out;
}

export async function runWorker(given: Store | SqliteStore, opts: WorkerOptions = {}): Promise<WorkerReport> {
  const store = asStore(given);
  const name = opts.name ?? `${hostname()}:${process.pid}`;
  const { leaseMs, maxAttempts, backoffMs } = { ...DEFAULT_WORKER, ...opts };
  const analyzer = opts.analyzer ?? inlineAnalyzer;
  const log = opts.log ?? (() => {});
  const report: WorkerReport = { done: 0, retried: 0, dead: 0 };
  let sinceRefresh = 0;
  // The articles this worker stored go into stories when the queue runs dry (or every so often), on either engine.
  const refresh = async () => { if (sinceRefresh) await placeNewArticles(store); sinceRefresh = 0; };
  while (!opts.signal?.aborted) {
    const job = await store.jobs.claim(name, new Date().toISOString(), leaseMs);
    if (!job) {
      await refresh();
      if (opts.drain) break;
      const next = await store.jobs.nextRunAt();
      await pause(next ? Math.min(5_000, Math.max(200, Date.parse(next) - Date.now())) : 2_000, opts.signal);
      continue;
    }
    const raw = await store.getRaw(job.rawId);
    try {
      if (!raw) throw new InputError(job.rawId, 'raw input missing from the store');
      const analysis = await analyzer.analyze(raw, JSON.parse(job.options) as AnalyzeOptions);
      // Another worker took the job over after this one's lease ran out: its result, not ours, is kept.
      if (!await store.saveAnalysis(analysis, { worker: name, now: new Date().toISOString() })) {
        log(`skipped ${job.rawId}: lease lost to another worker`);
        continue;
      }
      report.done++;
      sinceRefresh++;
      log(`done ${job.rawId} ${raw.source.path ?? raw.source.url ?? ''}`.trim());
      if (sinceRefresh >= 200) await refresh();
    } catch (err) {
      const reason = failureReason(err);
      // Bad input does not get better by waiting: it is dead at once; our own failures are retried.
      const last = err instanceof InputError || job.attempts >= maxAttempts;
      const retryAt = last ? null : new Date(Date.now() + backoffMs * 2 ** (job.attempts - 1)).toISOString();
      await store.jobs.fail(job.rawId, name, reason, new Date().toISOString(), retryAt);
      if (last) { await store.markFailed(job.rawId, reason); report.dead++; } else report.retried++;
      log(`${last ? 'dead' : 'retry'} ${job.rawId}: ${reason}`);
    }
  }
  await refresh();
  await analyzer.close();
  return report;
}
