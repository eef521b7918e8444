// The JSON API through Fastify's inject: every route, pagination, errors as JSON, the OpenAPI document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/index.js';
import type { App } from '../../src/server/types.js';
import type { SqliteStore } from '../../src/store/index.js';
import { filledStore, TODAY } from './helpers.js';

let store: SqliteStore;
let app: App;

beforeAll(async () => {
  store = filledStore();
  app = await createServer({ store, today: TODAY });
});
afterAll(async () => { await app?.close(); store?.close(); });

const get = async (url: string) => {
  const r = await app.inject(url);
  return { status: r.statusCode, body: r.json() as any, headers: r.headers };
};

describe('articles', () => {
  it('lists articles newest first with pagination', async () => {
    const all = await get('/api/articles');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(6);
    const page = await get('/api/articles?limit=2&offset=1');
    expect(page.body.items).toHaveLength(2);
    expect(page.body.items[0].id).toBe(all.body.items[1].id);
    expect(page.body).toMatchObject({ limit: 2, offset: 1, total: 6 });
  });

  it('filters by date, source and entity', async () => {
    expect((await get('/api/articles?from=2024-01-01&to=2024-03-03')).body.items.map((a: any) => a.title)).toEqual(['Harbour council votes on the bridge']);
    expect((await get('/api/articles?source=wikinews_2')).body.total).toBe(1);
    const byEntity = await get(`/api/articles?entity=${encodeURIComponent('person:maria kessler')}`);
    expect(byEntity.body.total).toBe(2);
  });

  it('returns one analysis by id or unique prefix, in the analysis format', async () => {
    const id = (await get('/api/articles?source=000_2e30')).body.items[0].id as string;
    const full = await get(`/api/articles/${id}`);
    expect(full.status).toBe(200);
    expect(full.body.article.id).toBe(id);
    expect(full.body.article.text).toContain('Putin');
    expect(Object.keys(full.body).sort()).toEqual(['analyser', 'article', 'claims', 'entities', 'events', 'quantities', 'quotes', 'times']);
    expect((await get(`/api/articles/${id.slice(0, 8)}`)).body.article.id).toBe(id);
  });

  it('answers unknown ids and bad queries with JSON errors', async () => {
    const missing = await get('/api/articles/ffffffffffff');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'not_found', reason: expect.stringContaining('ffffffffffff') });
    const bad = await get('/api/articles?limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('invalid_request');
    expect((await get('/api/articles?from=yesterday')).status).toBe(400);
    const route = await get('/api/nothing-here');
    expect(route.status).toBe(404);
    expect(route.body.error).toBe('not_found');
  });
});

describe('POST /api/articles', () => {
  it('analyses and stores JSON bodies, with stable ids', async () => {
    const text = 'Ferry service resumes\n\nThe ferry between Dover and Calais resumed on Tuesday after a two-day strike, the operator said. Passengers waited for hours at both ports while the unions and the company negotiated a new agreement on pay and working hours for the crews.';
    const r = await app.inject({ method: 'POST', url: '/api/articles', payload: { text, published: '2025-11-04' } });
    expect(r.statusCode).toBe(201);
    const a = r.json();
    expect(a.article.published).toBe('2025-11-04');
    expect(r.headers.location).toBe(`/api/articles/${a.article.id}`);
    expect((await get(`/api/articles/${a.article.id}`)).body.article.text).toBe(a.article.text);
    const again = await app.inject({ method: 'POST', url: '/api/articles', payload: { text } });
    expect(again.statusCode).toBe(201);
    expect(again.json().article.id).toBe(a.article.id);
  });

  it('accepts HTML in the JSON body and extracts its text', async () => {
    const page = '<html><head><title>Dam report</title></head><body><article><h1>Dam report</h1><p>The dam on the river held during the storm on Sunday, engineers said.</p><p>Water levels fell by two metres overnight, and the regional authority said that the villages downstream would not need to be evacuated again this week.</p></article></body></html>';
    const r = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: page, format: 'html' } });
    expect(r.statusCode).toBe(201);
    expect(r.json().article.text).toContain('The dam on the river held');
    expect(r.json().article.text).not.toContain('<p>');
  });

  it('rejects empty, invalid and oversized bodies with JSON reasons', async () => {
    const empty = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: '   ' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().reason).toMatch(/empty/);
    const noText = await app.inject({ method: 'POST', url: '/api/articles', payload: { title: 'x' } });
    expect(noText.statusCode).toBe(400);
    const badDate = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: "Some words here. ".repeat(20), published: "soon" } });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error).toBe('bad_input');
    const huge = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'a'.repeat(2 * 1024 * 1024 + 10) } });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error).toBe('payload_too_large');
    const json = await app.inject({ method: 'POST', url: '/api/articles', payload: '{"text": ', headers: { 'content-type': 'application/json' } });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toHaveProperty('reason');
    const media = await app.inject({ method: 'POST', url: '/api/articles', payload: 'x', headers: { 'content-type': 'image/png' } });
    expect(media.statusCode).toBe(415);
    expect(media.json().error).toBe('unsupported_media_type');
  });
});

describe('search, entities, stories, stats', () => {
  it('finds the seed by full text with marked snippets, paginated', async () => {
    const r = await get('/api/search?q=Donbass');
    expect(r.body.total).toBe(1);
    expect(r.body.items[0].snippet).toMatch(/\[Donbass\]/);
    expect((await get('/api/search?q=Putin&limit=1')).body.items).toHaveLength(1);
    expect((await get('/api/search')).status).toBe(400);
  });

  it('shows one entity across articles with quotes, their sentences and geo', async () => {
    const list = await get('/api/entities?type=person');
    expect(list.body.items.map((e: any) => e.key)).toContain('person:maria kessler');
    const e = await get(`/api/entities/${encodeURIComponent('person:maria kessler')}`);
    expect(e.body.articles).toHaveLength(2);
    expect(e.body.roles).toEqual(['Mayor']);
    expect(e.body.quotes.map((q: any) => q.text).sort()).toEqual(['The bridge will open in May.', 'We need two more weeks.']);
    const q = e.body.quotes.find((x: any) => x.text.startsWith('We need'));
    expect(q.sentence).toBe('Maria Kessler told reporters in Rotterdam: "We need two more weeks."');
    const place = await get(`/api/entities/${encodeURIComponent('place:rotterdam')}`);
    expect(place.body.geo).toMatchObject({ lat: 51.92, lon: 4.48 });
    expect((await get('/api/entities/person:nobody')).status).toBe(404);
  });

  it('builds stories from articles sharing an actor', async () => {
    const list = await get('/api/stories');
    const story = list.body.items.find((s: any) => s.anchor === 'person:maria kessler');
    expect(story).toMatchObject({ articles: 2, from: '2024-03-01', to: '2024-03-06' });
    const d = await get(`/api/stories/${story.id}`);
    expect(d.body.timeline.map((e: any) => e.date)).toEqual(['2024-03-01', '2024-03-06']);
    expect(d.body.quotesBySpeaker[0]).toMatchObject({ speaker: 'Maria Kessler' });
    expect(d.body.claims[0]).toMatchObject({ claimantName: 'Maria Kessler', disputedByNames: ['The union'] });
    expect(d.body.places.map((p: any) => p.name)).toEqual(['Rotterdam']);
    expect((await get('/api/stories/000000000000')).status).toBe(404);
  });

  it('counts what the store holds', async () => {
    const s = await get('/api/stats');
    expect(s.body.articles).toBeGreaterThanOrEqual(6);
    expect(s.body.quotes).toBeGreaterThanOrEqual(2);
    expect(s.body.places).toBeGreaterThanOrEqual(1);
  });
});

describe('OpenAPI and headers', () => {
  it('serves an OpenAPI document describing every API route', async () => {
    const doc = await get('/api/openapi.json');
    expect(doc.body.openapi).toMatch(/^3\./);
    for (const p of ['/api/articles', '/api/articles/{id}', '/api/search', '/api/entities', '/api/entities/{key}', '/api/stories', '/api/stories/{id}', '/api/stats']) {
      expect(Object.keys(doc.body.paths)).toContain(p);
    }
    expect(doc.body.paths['/api/articles'].post.requestBody).toBeDefined();
    expect(Object.keys(doc.body.paths).some((p) => !p.startsWith('/api/'))).toBe(false);
  });

  it('sends security headers on pages and API', async () => {
    for (const url of ['/', '/api/stats']) {
      const r = await app.inject(url);
      expect(r.headers['content-security-policy']).toContain("script-src 'self'");
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

