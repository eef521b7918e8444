// Moving a store between engines: a SQLite store copied to each engine and back keeps every analysis exactly,
// every failure with its reason, queues what was still pending, carries the watched feeds (with their polling state)
// and the saved searches; copying twice adds nothing.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../src/api.js';
import { readRawFile } from '../../src/ingest/sources.js';
import { copyStore, openEngine, type Store } from '../../src/store/index.js';
import { ENGINES } from '../support/engines.js';
import { ROOT, runCliAsync } from '../support/cli.js';

const DEMO = join(ROOT, 'demo', 'wikinews');
const FILES = readdirSync(DEMO).filter((n) => n.endsWith('.txt')).sort().slice(60, 64).map((f) => join(DEMO, f));
const sqlite = ENGINES.find((e) => e.name === 'sqlite')!;

async function fill(store: Store): Promise<string[]> {
  const raws = await Promise.all(FILES.map((f) => readRawFile(f)));
  for (const raw of raws) await store.saveRaw(raw);
  for (const raw of raws.slice(0, 2)) await store.saveAnalysis(analyzeRaw(raw));
  await store.markFailed(raws[2]!.id, 'analysis failed: out of luck');
  await store.feeds.add('http://127.0.0.1:9/feed.xml', '2026-01-01T00:00:00.000Z', 1800);
  await store.feeds.recordPoll('http://127.0.0.1:9/feed.xml', { at: '2026-01-02T00:00:00.000Z', nextPollAt: '2026-01-02T00:30:00.000Z',
    intervalS: 1800, ok: true, failures: 0, disabled: false, title: 'A feed', etag: '"v1"', lastModified: null });
  await store.searches.add({ name: 'talks', words: 'peace talks', entityKey: null, storyId: null, webhook: null, createdAt: '2026-01-01T00:00:00.000Z' });
  return raws.map((r) => r.id);
}

describe.each(ENGINES)('copying a SQLite store to $name and back', (engine) => {
  it.skipIf(!engine.available)('keeps every analysis and failure, queues what was pending, and a second copy adds nothing', async () => {
    const [a, b, c] = [await sqlite.fresh(), await engine.fresh(), await sqlite.fresh()];
    const src = await openEngine(a);
    const ids = await fill(src);
    const mid = await openEngine(b);
    expect(await copyStore(src, mid)).toEqual({ analysed: 2, failed: 1, queued: 1, alreadyThere: 0, feeds: 1, searches: 1 });
    expect(await copyStore(src, mid)).toEqual({ analysed: 0, failed: 0, queued: 0, alreadyThere: 4, feeds: 0, searches: 0 });
    const feed = await mid.feeds.get('http://127.0.0.1:9/feed.xml');
    expect(feed).toMatchObject({ title: 'A feed', etag: '"v1"', intervalS: 1800, lastSuccessAt: '2026-01-02T00:00:00.000Z', disabled: false });
    expect((await mid.searches.get('talks'))?.words).toBe('peace talks');
    expect(await mid.stats()).toEqual(await src.stats());
    expect(await mid.getAnalysis(ids[0]!)).toEqual(await src.getAnalysis(ids[0]!));
    expect(await mid.failures()).toEqual(await src.failures());
    expect((await mid.jobs.counts()).queued).toBe(1);
    await src.close();
    await mid.close();
    // back again, through the command line
    const r = await runCliAsync(['copy', '--from', b, '--to', c]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^copied 2 analysed articles, 1 failures and 1 pending inputs.*1 feeds and 1 saved searches/);
    const back = await openEngine(c);
    expect((await back.stats()).articles).toBe(2);
    expect((await back.getRaw(ids[3]!))?.bytes.length).toBeGreaterThan(0);
    const word = ((await back.getAnalysis(ids[0]!))!.article.text.match(/\p{L}{6,}/u) ?? [''])[0];
    expect((await back.search(word)).items.map((h) => h.id)).toContain(ids[0]);
    await back.close();
  });
});
