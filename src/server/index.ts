// The Storyline server: a JSON API under /api (OpenAPI at /api/openapi.json) and the dashboard pages.
import Fastify from 'fastify';
import swagger from '@fastify/swagger';
import { Analysis } from '../model/analysis.js';
import type { SqliteStore } from '../store/index.js';
import { articlesPlugin } from './api/articles.js';
import { lookupPlugin } from './api/lookup.js';
import { storiesPlugin } from './api/stories.js';
import { followPlugin } from './api/follow.js';
import { handleError, handleNotFound } from './errors.js';
import { pagesPlugin } from './pages.js';
import { storedStories, type StoryProvider } from './queries/stories.js';
import { ErrorBody } from './schemas.js';
import { addSecurityHeaders } from './security.js';
import { staticPlugin } from './static.js';
import type { App, ServerDeps, TypeBoxTypeProvider } from './types.js';

export type { StoryProvider } from './queries/stories.js';
export { storedStories } from './queries/stories.js';

export interface ServerOptions {
  store: SqliteStore;
  host?: string;
  port?: number;
  /** where stories come from; src/story/ can plug its own in */
  stories?: StoryProvider;
  today?: string;
  logger?: boolean;
}

export async function createServer(opts: ServerOptions): Promise<App> {
  const app = Fastify({
    logger: opts.logger ?? false,
    // Query strings and bodies are coerced to the schema types (limit=10 → 10) and given defaults.
    ajv: { customOptions: { coerceTypes: 'array', useDefaults: true, removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  const deps: ServerDeps = { store: opts.store, stories: opts.stories ?? storedStories(), today: opts.today };

  app.addSchema(ErrorBody);
  app.addSchema(Analysis);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Storyline API', version: '0.1.0', description: 'Articles turned into a sourced dossier: entities, quotes, dates, figures, events, claims and stories.' },
      servers: [],
    },
  });
  addSecurityHeaders(app);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  // Raw article bodies: text/plain is built in; HTML and HTML forms are parsed here (no extra packages needed).
  app.addContentTypeParser('text/html', { parseAs: 'string' }, (_req, body, done) => done(null, body));
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
export async function startServer(store: SqliteStore, opts: { host?: string; port?: number; stories?: StoryProvider; logger?: boolean } = {}): Promise<{ url: string; close: () => Promise<void>; app: App }> {
  const host = opts.host ?? '127.0.0.1';
  const app = await createServer({ store, ...opts, host });
  await app.listen({ host, port: opts.port ?? 5178 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shown}:${port}/`, close: () => app.close(), app };
}
