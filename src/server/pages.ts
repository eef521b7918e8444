// The dashboard pages: server-rendered HTML. Each route validates its input with a TypeBox schema.
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { InputError } from '../model/errors.js';
import { HttpError, notFound } from './errors.js';
import { sameToken } from './security.js';
import { ingestText } from './ingest.js';
import { entityDetail } from './queries/entity.js';
import { IdParams, KeyParams, MAX_OFFSET } from './schemas.js';
import type { App, ServerDeps } from './types.js';
import { articlePage } from './views/pages/article.js';
import { entityPage } from './views/pages/entity.js';
import { articlesPage, entitiesPage, homePage, searchPage, storiesPage } from './views/pages/home.js';
import { ingestPage } from './views/pages/ingest.js';
import { storyPage } from './views/pages/story.js';
import { MAX_ARTICLE_BYTES } from './api/articles.js';

const HtmlReply = { 200: Type.String({ contentMediaType: 'text/html' }) };
const ListQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 30 }),
  offset: Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 }),
});
const hide = { hide: true };

const send = (reply: FastifyReply, page: string) => reply.type('text/html; charset=utf-8').send(page);

export async function pagesPlugin(app: App, { store, stories, today, guard, analyse }: ServerDeps): Promise<void> {
  app.get('/', { schema: { ...hide, response: HtmlReply } }, async (_req, reply) => send(reply, await homePage(store, stories)));

  app.get('/articles', { schema: { ...hide, querystring: ListQuery, response: HtmlReply } },
    async (req, reply) => send(reply, await articlesPage(store, req.query.limit, req.query.offset)));

  app.get('/articles/:id', { schema: { ...hide, params: IdParams, response: HtmlReply } }, async (req, reply) => {
    const id = await store.resolveId(req.params.id);
    const analysis = id ? await store.getAnalysis(id) : null;
    if (!analysis) throw notFound(`article ${req.params.id}`);
    return send(reply, articlePage(analysis));
  });

  app.get('/search', { schema: { ...hide, querystring: Type.Intersect([ListQuery, Type.Object({ q: Type.String({ maxLength: 500, default: '' }) })]), response: HtmlReply } },
    async (req, reply) => send(reply, await searchPage(store, req.query.q, req.query.limit, req.query.offset)));

  app.get('/entities', { schema: { ...hide, querystring: Type.Intersect([ListQuery, Type.Object({ type: Type.Optional(Type.String({ maxLength: 30 })) })]), response: HtmlReply } },
    async (req, reply) => send(reply, await entitiesPage(store, req.query.type, req.query.limit, req.query.offset)));

  app.get('/entities/:key', { schema: { ...hide, params: KeyParams, response: HtmlReply } }, async (req, reply) => {
    const detail = await entityDetail(store, req.params.key);
    if (!detail) throw notFound(`entity ${req.params.key}`);
    return send(reply, entityPage(detail));
  });

  app.get('/stories', { schema: { ...hide, querystring: ListQuery, response: HtmlReply } },
    async (req, reply) => send(reply, await storiesPage(store, stories, req.query.limit, req.query.offset)));

  app.get('/stories/:id', { schema: { ...hide, params: IdParams, response: HtmlReply } }, async (req, reply) => {
    const story = await stories.get(store, req.params.id);
    if (!story) {
      const heir = await stories.mergedInto?.(store, req.params.id);
      if (heir) return reply.redirect(`/stories/${encodeURIComponent(heir)}`, 302);
      throw notFound(`story ${req.params.id}`);
    }
    return send(reply, storyPage(story));
  });

  app.get('/ingest', { schema: { ...hide, response: HtmlReply } }, async (_req, reply) => send(reply, ingestPage({ token: guard.formToken })));

  app.post('/ingest', {
    bodyLimit: MAX_ARTICLE_BYTES,
    schema: {
      ...hide,
      body: Type.Object({ text: Type.String({ default: '' }), format: Type.Optional(Type.String()), published: Type.Optional(Type.String()), csrf: Type.Optional(Type.String()) }),
    },
  }, async (req, reply) => {
    const { text, format, published, csrf } = req.body;
    // The form's hidden token: a page on another site cannot read it, so it cannot forge the post.
    if (!sameToken(csrf, guard.formToken)) throw new HttpError(403, 'forbidden', 'the form is stale or was not sent from this server: reload the Ingest page and try again');
    try {
      const analysis = await ingestText(store, { text, format: format === 'html' || format === 'text' ? format : undefined, published: published || undefined }, today, analyse);
      return reply.redirect(`/articles/${analysis.article.id}`, 303);
    } catch (e) {
      if (!(e instanceof InputError || e instanceof HttpError)) throw e;
      reply.status(400);
      return send(reply, ingestPage({ error: e.reason, text, token: guard.formToken }));
    }
  });
}
