// The work queue's crash scenario, the same on every engine: 24 inputs queued, a worker killed with SIGKILL after
// its third article, then a second worker draining the queue once the killed worker's lease has run out. Nothing
// may be lost or half-written: every done job has its article, no article exists without its job done.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openEngine } from '../../src/store/index.js';
import { ROOT, runCliAsync } from './cli.js';

/** Runs the scenario on `db` (a SQLite file or a postgres:// URL) over the 24 inputs in `inputs`. */
export async function killWorkerMidRun(db: string, inputs: string): Promise<void> {
  const q = await runCliAsync(['ingest', '--queue', inputs, '--db', db]);
  expect(q.stdout).toMatch(/^queued 24 inputs/);
  const child = spawn(process.execPath, [join(ROOT, 'bin/storyline.js'), 'worker', '--lease', '2', '--db', db]);
  let out = '';
  const exited = new Promise((r) => child.on('exit', r));
  child.stdout.on('data', (d) => { out += d; if ((out.match(/^done /gm) ?? []).length >= 3) child.kill('SIGKILL'); });
  await exited;
  const store = await openEngine(db);
  try {
    const mid = await store.jobs.counts();
    expect(mid.done).toBeGreaterThanOrEqual(3);
    expect(mid.done).toBeLessThan(24);
    expect(mid.running + mid.queued).toBe(24 - mid.done);
    expect((await store.listArticles({ limit: 100 })).total).toBe(mid.done);
  } finally {
    await store.close();
  }
  await new Promise((r) => setTimeout(r, 2100)); // the killed worker's lease runs out
  const w = await runCliAsync(['worker', '--drain', '--lease', '2', '--db', db]);
  expect(w.stderr).toMatch(/queue: 0 queued, 0 running, 24 done, 0 dead/);
  const after = await openEngine(db);
  try {
    expect((await after.listArticles({ limit: 100 })).total).toBe(24);
  } finally {
    await after.close();
  }
}
