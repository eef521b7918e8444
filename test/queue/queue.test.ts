// The durable work queue: jobs are idempotent by content hash, claimed under a lease by one worker at a time,
// retried with backoff, dead-lettered with their reason; a worker killed with SIGKILL mid-run loses nothing and
// leaves no article half-written.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../src/api.js';
import type { Analyzer } from '../../src/ingest/analyzer.js';
import { enqueueSources, runWorker } from '../../src/ingest/queue.js';
import { readRawFile } from '../../src/ingest/sources.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { copyDemoArticles } from '../support/demo-inputs.js';
import { killWorkerMidRun } from '../support/worker-kill.js';

let dir: string;
let inputs: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-queue-'));
  inputs = copyDemoArticles(join(dir, 'in'), 0, 24);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fileSources = (paths: string[]) => paths.map((p) => ({ name: p, load: () => readRawFile(p) }));

describe('the work queue', () => {
  it('enqueues each input once, and a worker analyses every queued input', async () => {
    const store = new SqliteStore(':memory:');
    const files = readdirSync(inputs).slice(0, 3).map((f) => join(inputs, f));
    expect((await enqueueSources(fileSources(files), store)).queued).toBe(3);
    expect((await enqueueSources(fileSources(files), store)).queued).toBe(0);
    const r = await runWorker(store, { drain: true });
    expect(r).toEqual({ done: 3, retried: 0, dead: 0 });
    expect(store.jobs.counts()).toEqual({ queued: 0, running: 0, done: 3, dead: 0 });
    expect(store.listArticles({ limit: 10, offset: 0 }).total).toBe(3);
    expect((await enqueueSources(fileSources(files), store)).already).toBe(3);
    store.close();
  });

  it('two workers never take the same job while its lease holds; an expired lease is taken over', () => {
    const store = new SqliteStore(':memory:');
    store.saveRaw({ id: 'r1', bytes: Buffer.from('x'), source: { fetchedAt: 't' }, mediaType: null, charset: null });
    store.jobs.enqueue('r1', {}, '2026-01-01T00:00:00.000Z');
    expect(store.jobs.claim('a', '2026-01-01T00:00:01.000Z', 60_000)?.rawId).toBe('r1');
    expect(store.jobs.claim('b', '2026-01-01T00:00:30.000Z', 60_000)).toBeNull();
    expect(store.jobs.claim('b', '2026-01-01T00:01:02.000Z', 60_000)).toMatchObject({ rawId: 'r1', worker: 'b', attempts: 2 });
    expect(store.jobs.complete('r1', 'a', '2026-01-01T00:01:03.000Z')).toBe(false);
    expect(store.jobs.complete('r1', 'b', '2026-01-01T00:01:03.000Z')).toBe(true);
    store.close();
  });

  it('retries our own failures with backoff, then dead-letters them with the reason; bad input is dead at once', async () => {
    const store = new SqliteStore(':memory:');
    await enqueueSources(fileSources([join(inputs, readdirSync(inputs)[0]!)]), store);
    store.saveRaw({ id: 'binary', bytes: Buffer.from([0, 1, 2, 0, 0]), source: { path: 'binary.bin', fetchedAt: 't' }, mediaType: null, charset: null });
    store.jobs.enqueue('binary', {}, new Date().toISOString());
    let calls = 0;
    const flaky: Analyzer = { concurrency: 1, close: async () => {}, analyze: async (raw) => {
      if (raw.id === 'binary') return analyzeRaw(raw);
      calls++;
      throw new Error('database is locked');
    } };
    const first = await runWorker(store, { drain: true, analyzer: flaky, backoffMs: 1, maxAttempts: 3 });
    expect(first.dead).toBe(1); // the binary input: refused at once, not retried
    for (let i = 0; i < 10 && store.jobs.counts().dead < 2; i++) {
      await new Promise((r) => setTimeout(r, 20));
      await runWorker(store, { drain: true, analyzer: flaky, backoffMs: 1, maxAttempts: 3 });
    }
    expect(calls).toBe(3);
    expect(store.jobs.dead().map((d) => d.lastError).sort()).toEqual(['analysis failed: database is locked', 'binary data, not text or HTML']);
    expect(store.jobs.retryDead(new Date().toISOString())).toBe(2);
    expect(store.jobs.counts().queued).toBe(2);
    store.close();
  });

  it('a worker killed with SIGKILL mid-run loses nothing: the next worker finishes every job, each article once', async () => {
    await killWorkerMidRun(join(dir, 'kill.db'), inputs);
  });
});
