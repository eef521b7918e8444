// Feed watching and saved searches on both engines (SQLite and PostgreSQL), against a real local site: new items are
// stored once and placed in stories, the ETag saves the next poll, feed health reads back, and a saved search's webhook
// gets each new match once. The PostgreSQL run needs STORYLINE_TEST_PG (see test/support/engines.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedWatcher } from '../../src/ingest/watch/index.js';
import { notifySavedSearches } from '../../src/ingest/watch/notify.js';
import { openEngine } from '../../src/store/index.js';
import { ENGINES } from '../support/engines.js';
import { startSite } from './site.js';

/** The longest word of the title of the demo article the site serves as item 2. */
const DEMO = join(import.meta.dirname, '..', '..', 'demo', 'wikinews');
const thirdTitle = readFileSync(join(DEMO, readdirSync(DEMO).filter((f) => f.endsWith('.txt')).sort()[2]!), 'utf8').split('\n').find((l) => l.trim())!;
const word = thirdTitle.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;

async function hookServer(): Promise<{ url: string; bodies: Array<{ search: string; article: { id: string } }>; close: () => Promise<void> }> {
  const bodies: Array<{ search: string; article: { id: string } }> = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => { data += c; });
    req.on('end', () => { bodies.push(JSON.parse(data)); res.writeHead(200); res.end(); });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, bodies, close: () => new Promise((r) => server.close(() => r())) };
}

describe.each(ENGINES)('watching feeds on the $name store', (engine) => {
  it.skipIf(!engine.available)('stores new items once, places them in stories, polls with the ETag, and calls a saved search\'s webhook once per new match', async () => {
    const store = await openEngine(await engine.fresh());
    const site = await startSite();
    const hook = await hookServer();
    let clock = new Date('2026-01-01T00:00:00Z');
    try {
      const w = new FeedWatcher(store, { settings: { hostGapMs: 0, timeoutMs: 1500 }, now: () => clock, analyze: { today: '2026-01-01' } });
      const feed = `${site.url}/feed.xml`;
      expect(await w.add([feed])).toEqual([feed]);
      expect(await w.add([feed])).toEqual([]);
      expect((await w.pollDue())[0]).toMatchObject({ stored: 2, result: { kind: 'items', newItems: 2 } });
      expect((await store.listArticles({ limit: 10 })).total).toBe(2);
      expect(await store.stories.hasPending()).toBe(false);
      expect((await store.stories.counts()).articles).toBe(2);
      await store.searches.add({ name: 'third', words: word, entityKey: null, storyId: null, webhook: hook.url, createdAt: clock.toISOString() });

      clock = new Date(clock.getTime() + 7200_000);
      expect((await w.pollDue())[0]!.result).toEqual({ kind: 'not-modified' });
      expect(site.requests.filter((r) => r.path === '/feed.xml').at(-1)!.headers['if-none-match']).toMatch(/^"/);

      site.items = [0, 1, 2];
      clock = new Date(clock.getTime() + 86400_000);
      expect((await w.pollDue())[0]).toMatchObject({ stored: 1 });
      expect(site.requests.filter((r) => r.path === '/a/0')).toHaveLength(1);
      const [health] = await store.feeds.list(clock.toISOString());
      expect(health).toMatchObject({ url: feed, title: 'Local News', items: 3, failures: 0, lastError: null, disabled: false });
      expect(await store.feeds.nextDue()).toBe(health!.nextPollAt);

      const search = (await store.searches.get('third'))!;
      const matches = await store.searches.matches(search);
      expect(matches).toHaveLength(1);
      // the watcher called the webhook after the poll that stored the match; a second round sends nothing
      expect(await notifySavedSearches(store)).toBe(0);
      expect(hook.bodies).toEqual([expect.objectContaining({ search: 'third', article: expect.objectContaining({ id: matches[0]!.id }) })]);
      expect(await store.feeds.remove(feed)).toBe(true);
      expect(await store.feeds.list(clock.toISOString())).toEqual([]);
    } finally {
      await hook.close();
      await site.close();
      await store.close();
    }
  });
});
