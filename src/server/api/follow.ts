// Following the news: feed health, saved searches as Atom feeds, and server-sent events announcing new articles.
// New articles may be stored by another process (`storyline watch`), so the event stream watches the store itself.
import { Type } from '@sinclair/typebox';
import type { App, ServerDeps } from '../types.js';
import { notFound } from '../errors.js';
import { savedSearchAtom } from '../views/atom.js';
import { feedsPage } from '../views/pages/feeds.js';
import { CSP } from '../security.js';
import { ArrivalFeed, type Arrival } from '../arrivals.js';

const NameParams = Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }) });
const FeedHealthSchema = Type.Object({
  url: Type.String(), title: Type.Union([Type.String(), Type.Null()]), state: Type.String(),
  lastSuccessAt: Type.Union([Type.String(), Type.Null()]), lastError: Type.Union([Type.String(), Type.Null()]),
  newPerDay: Type.Number(), items: Type.Integer(), nextPollAt: Type.Union([Type.String(), Type.Null()]),
});
/** How often the event streams look for new articles (one query per tick for all of them). */
const EVENT_POLL_MS = 2000;
/** Open event streams at most: each holds a socket; more get 503 with Retry-After. */
const MAX_EVENT_STREAMS = 100;

export async function followPlugin(app: App, { store }: ServerDeps): Promise<void> {
  app.get('/api/feeds', { schema: { summary: 'watched feeds and their health', response: { 200: Type.Array(FeedHealthSchema) } } }, async () =>
    (await store.feeds.list(new Date().toISOString())).map((f) => ({
      url: f.url, title: f.title, state: f.disabled ? 'stopped' : f.failures ? 'failing' : f.lastSuccessAt ? 'ok' : 'new',
      lastSuccessAt: f.lastSuccessAt, lastError: f.lastError, newPerDay: f.newPerDay, items: f.items, nextPollAt: f.disabled ? null : f.nextPollAt,
    })));

  app.get('/feeds', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(feedsPage(await store.feeds.list(new Date().toISOString()), await store.searches.list())));

  app.get('/searches/:name/atom.xml', { schema: { hide: true, params: NameParams } }, async (req, reply) => {
    const s = await store.searches.get(req.params.name);
    if (!s) throw notFound(`saved search ${req.params.name}`);
    const base = `${req.protocol}://${req.host}/`;
    return reply.type('application/atom+xml; charset=utf-8').send(savedSearchAtom(base, s, await store.searches.matches(s, { newestFirst: true, limit: 50 })));
  });

  // text/event-stream: one `article` event per newly stored article, a comment line as keep-alive. A client that
  // reconnects with Last-Event-ID gets what it missed (up to 50 articles).
  const arrivals = new ArrivalFeed(store, EVENT_POLL_MS, MAX_EVENT_STREAMS);
  app.addHook('onClose', async () => arrivals.close());
  app.get('/api/events', { schema: { summary: 'server-sent events: one per newly stored article' } }, (req, reply) => {
    const lastId = Number(req.headers['last-event-id']);
    const res = reply.raw;
    const send = (fresh: Arrival[]) => {
      for (const a of fresh) res.write(`event: article\nid: ${a.rowid}\ndata: ${JSON.stringify({ id: a.id, title: a.title, published: a.published })}\n\n`);
      if (!fresh.length) res.write(': idle\n\n');
    };
    if (arrivals.listening >= arrivals.maxListeners) {
      return reply.code(503).header('retry-after', '30').send({ error: `too many open event streams (${arrivals.maxListeners})` });
    }
    reply.hijack();
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive',
      'content-security-policy': CSP, 'x-content-type-options': 'nosniff',
    });
    res.write(': connected\n\n');
    let closed = false;
    let unsubscribe = () => { closed = true; };
    req.raw.on('close', () => unsubscribe());
    void arrivals.subscribe(send, Number.isSafeInteger(lastId) && lastId >= 0 ? lastId : null).then((off) => {
      if (!off) return;
      if (closed) off(); else unsubscribe = off;
    }, () => res.end());
  });
}
