// The work queue's commands: `storyline worker` analyses queued inputs, `storyline jobs` shows the queue and its
// dead-letter list. Any number of workers, in any number of processes, may point at the same database.
import type { Command } from 'commander';
import { DEFAULT_WORKER } from '../ingest/queue-settings.js';
import { CliError } from './errors.js';
import { DB_OPTION, withEngine } from './store-option.js';

function seconds(flag: string, value: string | undefined, fallbackMs: number): number {
  if (value === undefined) return fallbackMs;
  const s = Number(value);
  if (!Number.isFinite(s) || s <= 0) throw new CliError(`${flag}: not a positive number of seconds: ${value}`, 2);
  return s * 1000;
}

export function registerWorkerCommands(program: Command): void {
  program.command('worker').description('analyse queued inputs (from `ingest --queue`) until stopped, or with --drain until none is ready')
    .option(...DB_OPTION)
    .option('--drain', 'exit when no job is ready')
    .option('--name <name>', 'this worker\'s name in the queue (default: host:pid)')
    .option('--lease <seconds>', `how long a job stays this worker's before others may take it (default ${DEFAULT_WORKER.leaseMs / 1000})`)
    .option('--backoff <seconds>', `first retry delay, doubling each try (default ${DEFAULT_WORKER.backoffMs / 1000})`)
    .action(async (opts: { db?: string; drain?: boolean; name?: string; lease?: string; backoff?: string }) => {
      const leaseMs = seconds('--lease', opts.lease, DEFAULT_WORKER.leaseMs);
      const backoffMs = seconds('--backoff', opts.backoff, DEFAULT_WORKER.backoffMs);
      await withEngine(opts.db, async (store) => {
        const stop = new AbortController();
        for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => stop.abort());
        const log = (line: string) => process.stdout.write(`${line}\n`);
        const { runWorker } = await import('../ingest/queue.js');
        const r = await runWorker(store, { name: opts.name, leaseMs, backoffMs, drain: opts.drain, signal: stop.signal, log });
        const c = await store.jobs.counts();
        process.stderr.write(`worker: ${r.done} analysed, ${r.retried} to retry, ${r.dead} dead; queue: ${c.queued} queued, ${c.running} running, ${c.done} done, ${c.dead} dead\n`);
      });
    });

  program.command('jobs').description('the work queue: counts, and the dead-letter list with each reason')
    .option(...DB_OPTION).option('--json', 'print JSON').option('--retry-dead', 'queue the dead jobs again')
    .action(async (opts: { db?: string; json?: boolean; retryDead?: boolean }) => {
      await withEngine(opts.db, async (store) => {
        if (opts.retryDead) process.stdout.write(`requeued ${await store.jobs.retryDead(new Date().toISOString())} dead jobs\n`);
        const counts = await store.jobs.counts();
        const dead = await store.jobs.dead();
        if (opts.json) return void process.stdout.write(`${JSON.stringify({ counts, dead }, null, 2)}\n`);
        process.stdout.write(`queued ${counts.queued} · running ${counts.running} · done ${counts.done} · dead ${counts.dead}\n`);
        for (const d of dead) process.stdout.write(`dead ${d.rawId} ${d.source ?? ''}: ${d.lastError ?? ''} (${d.attempts} tries)\n`);
      });
    });
}
