// The Storyline server: a JSON API under /api (OpenAPI at /api/openapi.json) and the dashboard pages.
import { availableParallelism } from 'node:os';
import Fastify from 'fastify';
import swagger from '@fastify/swagger';
import { Analysis } from '../model/analysis.js';
import { asStore, type SqliteStore, type Store } from '../store/index.js';
import { DEFAULT_LIMITS, poolAnalyzer } from '../ingest/analyzer.js';
import { articlesPlugin } from './api/articles.js';
import { analyseInline, type AnalyseFn } from './ingest.js';
import { lookupPlugin } from './api/lookup.js';
import { storiesPlugin } from './api/stories.js';
import { followPlugin } from './api/follow.js';
import { handleError, handleNotFound } from './errors.js';
import { pagesPlugin } from './pages.js';
import { storedStories, type StoryProvider } from './queries/stories.js';
import { ErrorBody } from './schemas.js';
import { addSecurityHeaders, addSiteGuard, siteGuard, type SiteGuard } from './security.js';
import { handleClientError } from './client-errors.js';
import { staticPlugin } from './static.js';
import type { App, ServerDeps, TypeBoxTypeProvider } from './types.js';

export type { StoryProvider } from './queries/stories.js';
export { storedStories } from './queries/stories.js';

export interface ServerOptions {
  /** either engine (a SqliteStore is wrapped) */
  store: Store | SqliteStore;
  host?: string;
  port?: number;
  /** where stories come from; src/story/ can plug its own in */
  stories?: StoryProvider;
  today?: string;
  logger?: boolean;
  /** where POSTed articles are analysed; by default a worker (time and memory limit) so reads keep answering */
  analyse?: AnalyseFn;
  /** who may call: Host names, access token, form token; by default derived from `host` (loopback unless told) */
  guard?: SiteGuard;
}

export async function createServer(opts: ServerOptions): Promise<App> {
  const app = Fastify({
    logger: opts.logger ?? false,
    // Malformed requests (bad request line, headers too large) are answered here with our headers, not Node's bare 400.
    clientErrorHandler: handleClientError,
    // Errors raised before routing (a malformed URL encoding) get our error shape and headers too.
    frameworkErrors: (err, req, reply) => { handleError(err, req, reply); },
    // Query strings and bodies are coerced to the schema types (limit=10 → 10) and given defaults.
    ajv: { customOptions: { coerceTypes: 'array', useDefaults: true, removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  const guard = opts.guard ?? siteGuard(opts.host ?? '127.0.0.1');
  // Workers leave one core to the server's own thread, which only reads and writes the store (one worker on a
  // 2-core machine: measured with `npm run bench:hostile`, two workers there pushed read p99 from ~100 to 440 ms).
  // Started on the first POST (each loads the gazetteer: 1.5 s or more) and kept for ten idle minutes.
  const threads = Math.max(1, Math.min(2, availableParallelism() - 1));
  const pool = opts.analyse ? null : poolAnalyzer(threads, DEFAULT_LIMITS, 0, 10 * 60_000);
  if (pool) app.addHook('onClose', async () => pool.close());
  const analyse: AnalyseFn = opts.analyse ?? (pool ? (raw, o) => pool.analyze(raw, o) : analyseInline);
  const deps: ServerDeps = { store: asStore(opts.store), stories: opts.stories ?? storedStories(), today: opts.today, guard, analyse };

  app.addSchema(ErrorBody);
  app.addSchema(Analysis);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Storyline API', version: '0.1.0', description: 'Articles turned into a sourced dossier: entities, quotes, dates, figures, events, claims and stories.' },
      servers: [],
    },
  });
  addSecurityHeaders(app);
  addSiteGuard(app, guard);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  // The HTML form is parsed here (no extra package needed); the API takes JSON only.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(body as string))));

  await app.register(articlesPlugin, deps);
  await app.register(lookupPlugin, deps);
  await app.register(storiesPlugin, deps);
  await app.register(followPlugin, deps);
  await app.register(staticPlugin);
  await app.register(pagesPlugin, deps);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}

/** Starts a server and returns its address; `close` stops it (the store stays open: the caller owns it). */
export async function startServer(store: Store | SqliteStore, opts: { host?: string; port?: number; stories?: StoryProvider; logger?: boolean; guard?: SiteGuard; analyse?: AnalyseFn } = {}): Promise<{ url: string; close: () => Promise<void>; app: App; accessToken: string | null }> {
  const host = opts.host ?? '127.0.0.1';
  const guard = opts.guard ?? siteGuard(host);
  const app = await createServer({ store, ...opts, host, guard });
  await app.listen({ host, port: opts.port ?? 5178 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shown}:${port}/`, close: () => app.close(), app, accessToken: guard.accessToken };
}
