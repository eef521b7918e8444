// GET /api/articles, GET /api/articles/:id, POST /api/articles.
import { HttpError, notFound } from '../errors.js';
import { ingestText, type IngestInput } from '../ingest.js';
import { AnalysisRef, ArticleQuery, ArticleSummary, errors, ErrorRef, IdParams, PageOf, PostArticle } from '../schemas.js';
import type { App, ServerDeps } from '../types.js';

/** Largest accepted article body; bigger bodies get a 413 JSON error. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export async function articlesPlugin(app: App, { store, today, analyse }: ServerDeps): Promise<void> {
  app.get('/api/articles', {
    schema: { summary: 'List articles, newest first', tags: ['articles'], querystring: ArticleQuery, response: { 200: PageOf(ArticleSummary), ...errors } },
  }, async (req) => store.listArticles(req.query));

  app.get('/api/articles/:id', {
    schema: { summary: 'One article analysis (the analysis format); the id may be a unique prefix', tags: ['articles'], params: IdParams, response: { 200: AnalysisRef, ...errors } },
  }, async (req) => {
    const id = await store.resolveId(req.params.id);
    const analysis = id ? await store.getAnalysis(id) : null;
    if (!analysis) throw notFound(`article ${req.params.id}`);
    return analysis;
  });

  app.post('/api/articles', {
    bodyLimit: MAX_ARTICLE_BYTES,
    schema: {
      summary: 'Analyse and store an article: JSON { text, format?, published?, url? } (application/json only, so no other site can post one)',
      tags: ['articles'],
      body: PostArticle,
      response: { 201: AnalysisRef, 413: ErrorRef, 415: ErrorRef, ...errors },
    },
    // A cross-site form or no-cors fetch can send text/plain or urlencoded bodies, never JSON.
    preValidation: async (req) => {
      if (!/^application\/json\s*(;|$)/i.test(String(req.headers['content-type'] ?? ''))) {
        throw new HttpError(415, 'unsupported_media_type', 'send the article as JSON: content-type application/json, body { "text": "…" }');
      }
    },
  }, async (req, reply) => {
    const input: IngestInput = req.body;
    const analysis = await ingestText(store, input, today, analyse);
    reply.status(201).header('location', `/api/articles/${analysis.article.id}`);
    return analysis;
  });
}
