// GET /api/stories, GET /api/stories/:id — served by the StoryProvider given to the server.
import { notFound } from '../errors.js';
import { errors, IdParams, PageOf, PageQuery, StoryDetail, StorySummary } from '../schemas.js';
import type { App, ServerDeps } from '../types.js';

export async function storiesPlugin(app: App, { store, stories }: ServerDeps): Promise<void> {
  app.get('/api/stories', {
    schema: { summary: 'Stories: threads of articles about the same actors', tags: ['stories'], querystring: PageQuery, response: { 200: PageOf(StorySummary), ...errors } },
  }, async (req) => stories.list(store, req.query));

  app.get('/api/stories/:id', {
    schema: { summary: 'One story: timeline, who said what, claims ledger, key figures, places', tags: ['stories'], params: IdParams, response: { 200: StoryDetail, ...errors } },
  }, async (req, reply) => {
    const story = await stories.get(store, req.params.id);
    if (story) return story;
    // a story merged into another: its links lead to the story that holds its articles now (302, not 301: a rebuild
    // can change the answer, and browsers keep a 301 for good)
    const heir = await stories.mergedInto?.(store, req.params.id);
    if (heir) return reply.redirect(`/api/stories/${encodeURIComponent(heir)}`, 302);
    throw notFound(`story ${req.params.id}`);
  });
}
