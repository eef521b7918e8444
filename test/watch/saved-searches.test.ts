// Saved searches: matches are the articles stored after the search was saved; the webhook gets each one once, in
// arrival order, and a failing webhook is tried again from the first article it missed; the server serves the
// matches as Atom and announces new articles as server-sent events.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notifySavedSearches } from '../../src/ingest/watch/notify.js';
import { startServer } from '../../src/server/index.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { asStore } from '../../src/store/sqlite-engine.js';
import { ArrivalFeed } from '../../src/server/arrivals.js';
import { addText, SEED_FILE } from '../server/helpers.js';

const article = (title: string, body: string) => `${title}\n\nMonday, March 3, 2025\n\n${body} ${'The officials said more talks were planned for later in the month, according to a statement. '.repeat(3)}`;

let store: SqliteStore;
beforeEach(() => { store = new SqliteStore(':memory:'); });
afterEach(() => store.close());

interface Hook { url: string; bodies: unknown[]; status: number; close: () => Promise<void> }
async function webhook(): Promise<Hook> {
  const hook: Hook = { url: '', bodies: [], status: 200, close: async () => {} };
  const server: Server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => { data += c; });
    req.on('end', () => { if (hook.status === 200) hook.bodies.push(JSON.parse(data)); res.writeHead(hook.status); res.end(); });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  hook.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  hook.close = () => new Promise((r) => server.close(() => r()));
  return hook;
}

describe('saved searches', () => {
  it('matches only articles stored after saving, by words', () => {
    addText(store, article('Floods hit Valencia', 'Heavy floods hit Valencia in Spain.'), 'old.txt');
    store.searches.add({ name: 'floods', words: 'floods', entityKey: null, storyId: null, webhook: null, createdAt: '2025-03-03T00:00:00Z' });
    addText(store, article('Floods reach Murcia', 'The floods reached Murcia on Monday.'), 'new.txt');
    addText(store, article('Talks in Geneva', 'Diplomats met in Geneva on Monday.'), 'other.txt');
    const s = store.searches.get('floods')!;
    expect(store.searches.matches(s, { afterRowid: s.notifiedRowid }).map((m) => m.title)).toEqual(['Floods reach Murcia']);
    expect(store.searches.matches(s).map((m) => m.title).sort()).toEqual(['Floods hit Valencia', 'Floods reach Murcia']);
  });

  it('calls the webhook once per new match and retries after a failure without skipping', async () => {
    const hook = await webhook();
    try {
      store.searches.add({ name: 'geneva', words: 'Geneva', entityKey: null, storyId: null, webhook: hook.url, createdAt: '2025-03-03T00:00:00Z' });
      addText(store, article('Talks in Geneva', 'Diplomats met in Geneva on Monday.'), 'a.txt');
      hook.status = 500;
      const log: string[] = [];
      expect(await notifySavedSearches(store, { log: (l) => log.push(l) })).toBe(0);
      expect(log[0]).toMatch(/webhook .* failed \(HTTP 500\); will retry/);
      hook.status = 200;
      addText(store, article('Geneva talks resume', 'Talks resumed in Geneva on Tuesday.'), 'b.txt');
      expect(await notifySavedSearches(store)).toBe(2);
      expect(await notifySavedSearches(store)).toBe(0);
      expect(hook.bodies.map((b) => (b as { article: { title: string } }).article.title)).toEqual(['Talks in Geneva', 'Geneva talks resume']);
      expect(hook.bodies[0]).toMatchObject({ search: 'geneva', article: { id: expect.stringMatching(/^[0-9a-f]+$/) } });
    } finally { await hook.close(); }
  });

  it('finds an entity by name and matches the articles that name it', () => {
    store.searches.add({ name: 'x', words: 'x', entityKey: null, storyId: null, webhook: null, createdAt: '2025-01-01T00:00:00Z' });
    addText(store, readFileSync(SEED_FILE, 'utf8'), 'seed.txt');
    const key = store.searches.resolveEntityKey('Volodymyr Zelensky', (s) => s.toLowerCase());
    expect(key).toBe('person:volodymyr zelensky');
    expect(store.searches.resolveEntityKey('Nobody Atall', (s) => s.toLowerCase())).toBeNull();
  });
});

describe('following on the server', () => {
  it('serves a saved search as Atom with hostile titles escaped, and feed health as JSON', async () => {
    store.searches.add({ name: 'geneva', words: 'Geneva', entityKey: null, storyId: null, webhook: null, createdAt: '2025-03-03T00:00:00Z' });
    addText(store, article('Geneva <script>alert(1)</script> & talks', 'Diplomats met in Geneva on Monday.'), 'a.txt');
    store.feeds.add('http://127.0.0.1:9/feed.xml', '2025-03-03T00:00:00Z', 3600);
    const server = await startServer(store, { host: '127.0.0.1', port: 0 });
    try {
      const atom = await fetch(new URL('/searches/geneva/atom.xml', server.url));
      expect(atom.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
      const xml = await atom.text();
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
      expect(xml).toContain('<title>Geneva &lt;script&gt;alert(1)&lt;/script&gt; &amp; talks</title>');
      expect(xml).not.toContain('<script>');
      expect((await fetch(new URL('/searches/nothing/atom.xml', server.url))).status).toBe(404);
      const feeds = await (await fetch(new URL('/api/feeds', server.url))).json();
      expect(feeds).toEqual([expect.objectContaining({ url: 'http://127.0.0.1:9/feed.xml', state: 'new', items: 0 })]);
      const page = await (await fetch(new URL('/feeds', server.url))).text();
      expect(page).toContain('data-live-list');
      expect(page).toContain('/searches/geneva/atom.xml');
    } finally { await server.close(); }
  });

  it('announces a newly stored article on the event stream', async () => {
    const server = await startServer(store, { host: '127.0.0.1', port: 0 });
    const abort = new AbortController();
    try {
      const res = await fetch(new URL('/api/events', server.url), { signal: abort.signal });
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const reader = res.body!.getReader();
      const first = new TextDecoder().decode((await reader.read()).value);
      expect(first).toContain(': connected');
      const a = addText(store, article('Geneva talks resume', 'Talks resumed in Geneva on Tuesday.'), 'b.txt');
      let text = '';
      while (!text.includes('event: article')) text += new TextDecoder().decode((await reader.read()).value);
      expect(text).toContain(`"id":"${a.article.id}"`);
    } finally { abort.abort(); await server.close(); }
  });

  it('resumes a reconnecting client from its Last-Event-ID', async () => {
    const first = addText(store, article('Floods hit Valencia', 'Heavy floods hit Valencia in Spain.'), 'a.txt');
    const second = addText(store, article('Floods reach Murcia', 'The floods reached Murcia on Monday.'), 'b.txt');
    const server = await startServer(store, { host: '127.0.0.1', port: 0 });
    const abort = new AbortController();
    try {
      const firstRowid = store.searches.arrivedAfter(0).find((r) => r.id === first.article.id)!.rowid;
      const res = await fetch(new URL('/api/events', server.url), { signal: abort.signal, headers: { 'last-event-id': String(firstRowid) } });
      const reader = res.body!.getReader();
      let text = '';
      while (!text.includes('event: article')) text += new TextDecoder().decode((await reader.read()).value);
      expect(text).toContain(`"id":"${second.article.id}"`);
      expect(text).not.toContain(`"id":"${first.article.id}"`);
    } finally { abort.abort(); await server.close(); }
  });
});

describe('one watcher for every event stream', () => {
  it('shares one poll between listeners, stops when the last leaves, and refuses past its cap', async () => {
    const feed = new ArrivalFeed(asStore(store), 20, 2);
    const got: string[][] = [[], []];
    const offA = (await feed.subscribe((xs) => got[0]!.push(...xs.map((x) => x.id))))!;
    const offB = (await feed.subscribe((xs) => got[1]!.push(...xs.map((x) => x.id))))!;
    expect(await feed.subscribe(() => {})).toBeNull();
    const a = addText(store, article('Geneva talks resume', 'Talks resumed in Geneva on Tuesday.'), 'g.txt');
    for (let i = 0; i < 100 && (got[0]!.length === 0 || got[1]!.length === 0); i++) await new Promise((r) => setTimeout(r, 20));
    expect(got).toEqual([[a.article.id], [a.article.id]]);
    offA(); offB();
    expect(feed.listening).toBe(0);
    expect(await feed.subscribe(() => {})).not.toBeNull();
    feed.close();
  });
});

