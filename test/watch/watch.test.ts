// Feed watching against a real local site: new items are stored once, conditional GET saves the feed body, the
// schedule adapts and backs off, 429 and robots.txt are honoured, a failing feed is stopped until enabled again,
// and the same article under two URLs is stored once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedWatcher } from '../../src/ingest/watch/index.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { startSite, type Site } from './site.js';

let dir: string;
let store: SqliteStore;
let site: Site;
let clock: Date;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-watch-'));
  store = new SqliteStore(join(dir, 'w.db'));
  site = await startSite();
  clock = new Date('2026-01-01T00:00:00Z');
});
afterEach(async () => {
  store.close();
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

const watcher = (extra: Partial<ConstructorParameters<typeof FeedWatcher>[1]> = {}) =>
  new FeedWatcher(store, { settings: { hostGapMs: 0, timeoutMs: 1500 }, now: () => clock, analyze: { today: '2026-01-01' }, ...extra });
const feedRequests = () => site.requests.filter((r) => r.path === '/feed.xml');
const later = (seconds: number) => { clock = new Date(clock.getTime() + seconds * 1000); };

describe('feed watching', () => {
  it('stores new items once, asks with the ETag next time, and stores items that appear later', async () => {
    const w = watcher();
    await w.add([`${site.url}/feed.xml`]);
    const first = await w.pollDue();
    expect(first[0]).toMatchObject({ stored: 2, result: { kind: 'items', newItems: 2 } });
    expect(store.listArticles({ limit: 10, offset: 0 }).total).toBe(2);

    later(7200);
    const second = await w.pollDue();
    expect(second[0]!.result).toEqual({ kind: 'not-modified' });
    expect(feedRequests().at(-1)!.headers['if-none-match']).toMatch(/^"/);

    site.items = [0, 1, 2];
    later(86400);
    const third = await w.pollDue();
    expect(third[0]).toMatchObject({ stored: 1, result: { kind: 'items', newItems: 1 } });
    expect(site.requests.filter((r) => r.path === '/a/0')).toHaveLength(1);
    const [health] = store.feeds.list(clock.toISOString());
    expect(health).toMatchObject({ title: 'Local News', items: 3, failures: 0, lastError: null });
  });

  it('polls a busy feed more often and a quiet one less often, within the bounds', async () => {
    const w = watcher({ settings: { hostGapMs: 0, timeoutMs: 1500, initialIntervalS: 3600, minIntervalS: 600, maxIntervalS: 86400 } });
    await w.add([`${site.url}/feed.xml`]);
    await w.pollDue();
    const busy = store.feeds.get(`${site.url}/feed.xml`)!;
    expect(busy.intervalS).toBe(1800);
    later(1800);
    await w.pollDue();
    expect(store.feeds.get(`${site.url}/feed.xml`)!.intervalS).toBe(2700);
    // nothing is due before the next poll time
    later(60);
    expect(await w.pollDue()).toEqual([]);
  });

  it('honours 429 with Retry-After and does not count it as a failure', async () => {
    const w = watcher();
    await w.add([`${site.url}/feed.xml`]);
    site.feedStatus = { code: 429, retryAfter: '7200' };
    const [p] = await w.pollDue();
    expect(p!.result).toEqual({ kind: 'throttled', retryAfterS: 7200 });
    const f = store.feeds.get(`${site.url}/feed.xml`)!;
    expect(Date.parse(f.nextPollAt) - clock.getTime()).toBeGreaterThanOrEqual(7200_000);
    expect(f.failures).toBe(0);
  });

  it('backs off on errors and stops a feed after repeated failures until it is enabled again', async () => {
    const w = watcher({ settings: { hostGapMs: 0, timeoutMs: 1500, maxFailures: 3 } });
    await w.add([`${site.url}/feed.xml`]);
    site.feedStatus = { code: 500 };
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const [p] = await w.pollDue();
      expect(p!.result).toEqual({ kind: 'error', reason: 'HTTP 500' });
      waits.push(Date.parse(p!.nextPollAt) - clock.getTime());
      clock = new Date(p!.nextPollAt);
    }
    expect(waits[1]).toBeGreaterThan(waits[0]!);
    expect(store.feeds.get(`${site.url}/feed.xml`)).toMatchObject({ disabled: true, failures: 3, lastError: 'HTTP 500' });
    later(10 * 86400);
    expect(await w.pollDue()).toEqual([]);
    site.feedStatus = null;
    store.feeds.enable(`${site.url}/feed.xml`, clock.toISOString());
    const [p] = await w.pollDue();
    expect(p!.stored).toBe(2);
  });

  it('respects robots.txt for the feed and for its articles', async () => {
    site.robots = 'User-agent: *\nDisallow: /a/1\n';
    const w = watcher();
    await w.add([`${site.url}/feed.xml`]);
    const [p] = await w.pollDue();
    expect(p!.stored).toBe(1);
    expect(site.requests.some((r) => r.path === '/a/1')).toBe(false);
    site.robots = 'User-agent: Storyline\nDisallow: /\n';
    const w2 = watcher();
    await w2.add([`${site.url}/sitemap.xml`]);
    const [q] = await w2.pollDue();
    expect(q!.result).toEqual({ kind: 'error', reason: 'disallowed by robots.txt' });
  });

  it('stores the same article under two URLs once (tracking parameters, canonical link)', async () => {
    site.items = [0];
    site.extraItems = ['/a/0?utm_source=rss&utm_medium=feed', '/a/5?ref=home'];
    site.canonical.set(5, '/a/0');
    const w = watcher();
    await w.add([`${site.url}/feed.xml`]);
    const [p] = await w.pollDue();
    expect(p!.stored).toBe(1);
    expect(store.listArticles({ limit: 10, offset: 0 }).total).toBe(1);
    expect(site.requests.filter((r) => r.path.startsWith('/a/0'))).toHaveLength(1);
  });

  it('reads news sitemaps, follows redirects and gives up on a request that never answers', async () => {
    site.redirects.set('/moved.xml', '/sitemap.xml');
    site.hang.add('/a/1');
    const lines: string[] = [];
    const w = watcher({ log: (l) => lines.push(l) });
    await w.add([`${site.url}/moved.xml`]);
    const [p] = await w.pollDue();
    expect(p).toMatchObject({ stored: 1, result: { kind: 'items', newItems: 2 } });
    expect(lines.join('\n')).toMatch(/\/a\/1: timed out/);
  });

  it('never follows a feed item to a private address other than the feed\'s own host', async () => {
    // an item on another loopback address: private, and not the host the user named
    site.items = [0];
    site.extraAbsolute = [`${site.url.replace('127.0.0.1', '127.0.0.2')}/a/1`];
    const lines: string[] = [];
    const w = watcher({ log: (l) => lines.push(l) });
    const feedUrl = `${site.url}/feed.xml`;
    await w.add([feedUrl]);
    const [p] = await w.pollDue();
    expect(p!.stored).toBe(1);
    expect(lines.join('\n')).toMatch(/127\.0\.0\.2:\d+\/a\/1: refused: 127\.0\.0\.2 is a private address/);
    expect(store.feeds.get(feedUrl)!.failures).toBe(0);
  });

  it('a feed that is not a feed is an error with a reason', async () => {
    const w = watcher();
    await w.add([`${site.url}/a/3`]);
    const [p] = await w.pollDue();
    expect(p!.result).toEqual({ kind: 'error', reason: 'not an RSS/Atom feed or sitemap' });
  });
});
