// GET /api/search, /api/entities, /api/entities/:key, /api/stats.
import { notFound } from '../errors.js';
import { entityDetail } from '../queries/entity.js';
import { EntityDetail, EntityQuery, EntitySummary, errors, KeyParams, PageOf, SearchPage, SearchQuery, Stats } from '../schemas.js';
import type { App, ServerDeps } from '../types.js';

export async function lookupPlugin(app: App, { store }: ServerDeps): Promise<void> {
  app.get('/api/search', {
    schema: { summary: 'Full-text search over titles and texts, best first, with snippets', tags: ['search'], querystring: SearchQuery, response: { 200: SearchPage, ...errors } },
  }, async (req) => store.search(req.query.q, req.query.limit, req.query.offset));

  app.get('/api/entities', {
    schema: { summary: 'Entities linked across articles, most frequent first', tags: ['entities'], querystring: EntityQuery, response: { 200: PageOf(EntitySummary), ...errors } },
  }, async (req) => store.listEntities(req.query));

  app.get('/api/entities/:key', {
    schema: { summary: 'One entity across articles: roles, mentions, quotes with their sentence, articles, geo', tags: ['entities'], params: KeyParams, response: { 200: EntityDetail, ...errors } },
  }, async (req) => {
    const detail = await entityDetail(store, req.params.key);
    if (!detail) throw notFound(`entity ${req.params.key}`);
    return detail;
  });

  app.get('/api/stats', {
    schema: { summary: 'Counts of what the store holds', tags: ['stats'], response: { 200: Stats, ...errors } },
  }, async () => store.stats());
}
