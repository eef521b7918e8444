// One store suite, both engines (SQLite and PostgreSQL): raw inputs first, idempotent saves, search with bounded
// snippets, stats, and the work queue (idempotent enqueue, two workers never given one job, lease take-over,
// retry with backoff, dead-letter). The PostgreSQL run needs STORYLINE_TEST_PG (see test/support/engines.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../src/api.js';
import type { Analyzer } from '../../src/ingest/analyzer.js';
import { enqueueSources, runWorker } from '../../src/ingest/queue.js';
import type { RawDocument } from '../../src/ingest/raw.js';
import { readRawFile } from '../../src/ingest/sources.js';
import type { Analysis } from '../../src/model/analysis.js';
import { openEngine, type Store } from '../../src/store/index.js';
import { ENGINES } from '../support/engines.js';
import { ROOT } from '../support/cli.js';

const DEMO = join(ROOT, 'demo', 'wikinews');
const FILES = readdirSync(DEMO).filter((n) => n.endsWith('.txt')).sort().slice(0, 6).map((f) => join(DEMO, f));
let raws: RawDocument[];
let analyses: Analysis[];
beforeAll(async () => {
  raws = await Promise.all(FILES.map((f) => readRawFile(f)));
  analyses = raws.map((r) => analyzeRaw(r));
});

const fileSources = (paths: string[]) => paths.map((p) => ({ name: p, load: () => readRawFile(p) }));

async function withStores<T>(db: string, count: number, work: (...stores: Store[]) => Promise<T>): Promise<T> {
  const stores: Store[] = [];
  try {
    for (let i = 0; i < count; i++) stores.push(await openEngine(db));
    return await work(...stores);
  } finally {
    for (const s of stores) await s.close();
  }
}

describe.each(ENGINES)('the $name store', (engine) => {
  const test = it.skipIf(!engine.available);

  test('keeps the raw input before any analysis, stores it once, and records a failure with its reason', async () => {
    await withStores(await engine.fresh(), 1, async (store) => {
      const raw = raws[0]!;
      expect(await store.saveRaw(raw)).toEqual({ isNew: true, status: 'pending' });
      expect(await store.saveRaw(raw)).toEqual({ isNew: false, status: 'pending' });
      const back = await store.getRaw(raw.id);
      expect(back?.bytes.equals(raw.bytes)).toBe(true);
      expect(back?.source).toEqual(raw.source);
      expect(await store.getRaw('nope')).toBeNull();
      await store.markFailed(raw.id, 'analysis failed: boom');
      expect(await store.failures()).toEqual([{ id: raw.id, source: raw.source.path, error: 'analysis failed: boom' }]);
      expect((await store.stats()).failed).toBe(1);
      expect((await store.saveRaw(raw)).status).toBe('failed');
    });
  });

  test('saving an analysis twice replaces it: nothing doubles, the article reads back as saved', async () => {
    await withStores(await engine.fresh(), 1, async (store) => {
      const a = analyses[0]!;
      await store.saveRaw(raws[0]!);
      expect(await store.saveAnalysis(a)).toBe(true);
      const once = await store.stats();
      expect(await store.saveAnalysis(a)).toBe(true);
      expect(await store.stats()).toEqual(once);
      expect(once.articles).toBe(1);
      expect(once.quotes).toBe(a.quotes.length);
      expect(once.events).toBe(a.events.length);
      expect(await store.getAnalysis(a.article.id)).toEqual(a);
      expect(await store.resolveId(a.article.id.slice(0, 6))).toBe(a.article.id);
      expect(await store.resolveId('%')).toBeNull();
      expect((await store.saveRaw(raws[0]!)).status).toBe('analysed');
      const page = await store.listArticles({ limit: 10 });
      expect(page.total).toBe(1);
      expect(page.items[0]).toMatchObject({ id: a.article.id, title: a.article.title, quotes: a.quotes.length });
    });
  });

  test('finds articles by their words, ranks title matches first, snippets mark the words, and pages', async () => {
    await withStores(await engine.fresh(), 1, async (store) => {
      for (let i = 0; i < raws.length; i++) { await store.saveRaw(raws[i]!); await store.saveAnalysis(analyses[i]!); }
      const target = analyses.find((a) => /Koszalin/.test(a.article.title ?? ''))!;
      const hit = await store.search('Koszalin escape');
      expect(hit.items[0]?.id).toBe(target.article.id);
      expect(hit.items[0]?.snippet).toMatch(/\[(Koszalin|escape)\]/i);
      // the last word is a prefix, as while typing
      expect((await store.search('Koszal')).items.map((h) => h.id)).toContain(target.article.id);
      expect((await store.search('Koszalin zzyzxnotaword')).total).toBe(0);
      expect((await store.search('  ;; ')).total).toBe(0);
      // hostile syntax is words, not operators
      expect((await store.search('Koszalin" OR -( *')).items.map((h) => h.id)).toContain(target.article.id);
      const all = await store.search('said');
      expect(all.total).toBeGreaterThan(2);
      const first = await store.search('said', 2, 0);
      const second = await store.search('said', 2, 2);
      expect(first.items).toHaveLength(2);
      expect(first.total).toBe(all.total);
      expect(new Set([...first.items, ...second.items].map((h) => h.id)).size).toBe(first.items.length + second.items.length);
      const people = (await store.stats()).people;
      expect(people).toBeGreaterThan(0);
    });
  });

  test('enqueues each input once; a worker analyses every queued input, completing its job with the article', async () => {
    await withStores(await engine.fresh(), 1, async (store) => {
      const files = FILES.slice(0, 3);
      expect((await enqueueSources(fileSources(files), store)).queued).toBe(3);
      expect((await enqueueSources(fileSources(files), store)).queued).toBe(0);
      expect(await runWorker(store, { drain: true })).toEqual({ done: 3, retried: 0, dead: 0 });
      expect(await store.jobs.counts()).toEqual({ queued: 0, running: 0, done: 3, dead: 0 });
      expect((await store.listArticles({ limit: 10 })).total).toBe(3);
      expect((await enqueueSources(fileSources(files), store)).already).toBe(3);
    });
  });

  test('two workers claiming at once never get the same job; an expired lease is taken over, and the late worker writes nothing', async () => {
    await withStores(await engine.fresh(), 2, async (a, b) => {
      const t0 = '2026-01-01T00:00:00.000Z';
      for (const raw of raws) { await a.saveRaw(raw); await a.jobs.enqueue(raw.id, {}, t0); }
      const claimedBy = new Map<string, string>();
      for (;;) {
        const [x, y] = await Promise.all([a.jobs.claim('a', '2026-01-01T00:00:01.000Z', 60_000), b.jobs.claim('b', '2026-01-01T00:00:01.000Z', 60_000)]);
        for (const j of [x, y]) if (j) {
          expect(claimedBy.has(j.rawId)).toBe(false);
          claimedBy.set(j.rawId, j.worker!);
        }
        if (!x && !y) break;
      }
      expect([...claimedBy.keys()].sort()).toEqual(raws.map((r) => r.id).sort());
      expect(await a.jobs.claim('c', '2026-01-01T00:00:30.000Z', 60_000)).toBeNull();
      const late = '2026-01-01T00:01:02.000Z';
      const taken = await b.jobs.claim('c', late, 60_000);
      expect(taken).toMatchObject({ state: 'running', attempts: 2, worker: 'c' });
      const analysis = analyses.find((x) => x.article.id === taken!.rawId)!;
      // the worker whose lease ran out: its save is refused whole
      expect(await a.saveAnalysis(analysis, { worker: claimedBy.get(taken!.rawId)!, now: late })).toBe(false);
      expect((await a.stats()).articles).toBe(0);
      expect(await b.saveAnalysis(analysis, { worker: 'c', now: late })).toBe(true);
      expect((await a.stats()).articles).toBe(1);
      expect((await a.jobs.counts()).done).toBe(1);
    });
  });

  test('retries our own failures with backoff, then dead-letters them with the reason; bad input is dead at once', async () => {
    await withStores(await engine.fresh(), 1, async (store) => {
      await enqueueSources(fileSources([FILES[0]!]), store);
      await store.saveRaw({ id: 'binary', bytes: Buffer.from([0, 1, 2, 0, 0]), source: { path: 'binary.bin', fetchedAt: 't' }, mediaType: null, charset: null });
      await store.jobs.enqueue('binary', {}, new Date().toISOString());
      let calls = 0;
      const flaky: Analyzer = { concurrency: 1, close: async () => {}, analyze: async (raw) => {
        if (raw.id === 'binary') return analyzeRaw(raw);
        calls++;
        throw new Error('connection reset');
      } };
      const first = await runWorker(store, { drain: true, analyzer: flaky, backoffMs: 1, maxAttempts: 3 });
      expect(first.dead).toBeGreaterThanOrEqual(1);
      expect(first.retried).toBeGreaterThanOrEqual(1);
      for (let i = 0; i < 20 && (await store.jobs.counts()).dead < 2; i++) {
        await new Promise((r) => setTimeout(r, 20));
        await runWorker(store, { drain: true, analyzer: flaky, backoffMs: 1, maxAttempts: 3 });
      }
      expect(calls).toBe(3);
      expect((await store.jobs.dead()).map((d) => d.lastError).sort()).toEqual(['analysis failed: connection reset', 'binary data, not text or HTML']);
      const dead = await store.jobs.dead();
      // bad input: one try; our own failure: every try
      expect(dead.find((d) => d.rawId === 'binary')).toMatchObject({ source: 'binary.bin', attempts: 1 });
      expect(dead.find((d) => d.rawId !== 'binary')).toMatchObject({ attempts: 3 });
      expect((await store.failures()).map((f) => f.id).sort()).toEqual([raws[0]!.id, 'binary'].sort());
      expect(await store.jobs.retryDead(new Date().toISOString())).toBe(2);
      expect((await store.jobs.counts()).queued).toBe(2);
    });
  });

  test('a failed try waits its backoff, doubling with each try, before any worker takes it again', async () => {
    await withStores(await engine.fresh(), 1, async (store) => {
      await enqueueSources(fileSources([FILES[1]!]), store);
      let calls = 0;
      const failing: Analyzer = { concurrency: 1, close: async () => {}, analyze: async () => { calls++; throw new Error('connection reset'); } };
      const before = Date.now();
      expect(await runWorker(store, { drain: true, analyzer: failing, backoffMs: 60_000 })).toEqual({ done: 0, retried: 1, dead: 0 });
      const wait = Date.parse((await store.jobs.nextRunAt())!) - before;
      expect(wait).toBeGreaterThanOrEqual(59_000);
      expect(wait).toBeLessThan(120_000);
      await runWorker(store, { drain: true, analyzer: failing, backoffMs: 60_000 });
      expect(calls).toBe(1); // not due yet
      // the second try, once due, is put off twice as long
      const due = new Date(Date.now() + 61_000).toISOString();
      const job = await store.jobs.claim('w', due, 60_000);
      expect(job?.attempts).toBe(2);
      await store.jobs.fail(job!.rawId, 'w', 'again', due, new Date(Date.parse(due) + 120_000).toISOString());
      expect(Date.parse((await store.jobs.nextRunAt())!) - Date.parse(due)).toBe(120_000);
    });
  });
});
