// The server trusts no other site: a real server on 127.0.0.1, requests as a hostile page or a DNS-rebinding
// attacker would send them (raw node:http, so Host, Origin and Sec-Fetch-Site can be set freely).
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/index.js';
import { analyseInline } from '../../src/server/ingest.js';
import { siteGuard } from '../../src/server/security.js';
import { SqliteStore } from '../../src/store/index.js';

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function send(base: string, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const u = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const ARTICLE = 'Ferry service resumes\n\nThe ferry between Dover and Calais resumed on Tuesday after a two-day strike, the operator said. Passengers waited for hours at both ports while the unions and the company negotiated.';
const evil = 'http://evil.example';

let store: SqliteStore;
let server: Awaited<ReturnType<typeof startServer>>;
const count = () => (store as unknown as { db: { prepare(s: string): { get(): { n: number } } } }).db.prepare('SELECT count(*) AS n FROM raw_inputs').get().n;

beforeAll(async () => {
  store = new SqliteStore(':memory:');
  server = await startServer(store, { host: '127.0.0.1', port: 0, analyse: analyseInline });
});
afterAll(async () => { await server?.close(); store?.close(); });

describe('cross-site writes', () => {
  it('refuses a cross-site HTML form (urlencoded or text/plain) and a no-cors fetch to the API and the form route', async () => {
    const attempts: Array<[string, Record<string, string>, string]> = [
      ['/api/articles', { 'content-type': 'application/x-www-form-urlencoded', origin: evil }, `text=${encodeURIComponent(ARTICLE)}`],
      ['/api/articles', { 'content-type': 'text/plain', origin: evil, 'sec-fetch-site': 'cross-site' }, `{"text":${JSON.stringify(ARTICLE)}}`],
      ['/api/articles', { 'content-type': 'application/json', origin: evil }, JSON.stringify({ text: ARTICLE })],
      ['/ingest', { 'content-type': 'application/x-www-form-urlencoded', origin: evil }, `text=${encodeURIComponent(ARTICLE)}`],
      ['/ingest', { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-site' }, `text=${encodeURIComponent(ARTICLE)}`],
      ['/ingest', { 'content-type': 'application/x-www-form-urlencoded', origin: 'null' }, `text=${encodeURIComponent(ARTICLE)}`],
    ];
    for (const [path, headers, body] of attempts) {
      const r = await send(server.url, path, { method: 'POST', headers, body });
      expect(r.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
    }
    expect(count()).toBe(0);
  });

  it('takes only JSON on the API, even without an Origin (old browsers, plugins)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'text/html']) {
      const r = await send(server.url, '/api/articles', { method: 'POST', headers: { 'content-type': type }, body: type === 'application/x-www-form-urlencoded' ? 'text=abc' : ARTICLE });
      expect(r.status, type).toBe(415);
      expect(JSON.parse(r.body).reason).toMatch(/application\/json/);
    }
    expect(count()).toBe(0);
  });

  it('takes the HTML form only with the token of the page it came from', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const noToken = await send(server.url, '/ingest', { method: 'POST', headers: form, body: `text=${encodeURIComponent(ARTICLE)}` });
    expect(noToken.status).toBe(403);
    const wrong = await send(server.url, '/ingest', { method: 'POST', headers: form, body: `text=${encodeURIComponent(ARTICLE)}&csrf=guess` });
    expect(wrong.status).toBe(403);
    expect(count()).toBe(0);
    const token = /name="csrf" value="([^"]+)"/.exec((await send(server.url, '/ingest')).body)![1]!;
    // Chromium sends "Origin: null" for our own form under no-referrer: Sec-Fetch-Site vouches for it.
    const ok = await send(server.url, '/ingest', { method: 'POST', headers: { ...form, origin: 'null', 'sec-fetch-site': 'same-origin' }, body: `text=${encodeURIComponent(ARTICLE)}&csrf=${token}` });
    expect(ok.status).toBe(303);
    expect(count()).toBe(1);
  });

  it('takes same-origin JSON and JSON from tools that send no Origin', async () => {
    const origin = server.url.replace(/\/$/, '');
    const r = await send(server.url, '/api/articles', { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ text: ARTICLE + ' More.' }) });
    expect(r.status).toBe(201);
    const tool = await send(server.url, '/api/articles', { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ text: ARTICLE + ' Even more.' }) });
    expect(tool.status).toBe(201);
  });
});

describe('Host header (DNS rebinding)', () => {
  it('answers only to names of this server', async () => {
    const port = new URL(server.url).port;
    const rebound = await send(server.url, '/api/stats', { headers: { host: `evil.example:${port}` } });
    expect(rebound.status).toBe(421);
    expect(rebound.headers['content-security-policy']).toContain("default-src 'self'");
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      expect((await send(server.url, '/api/stats', { headers: { host } })).status).toBe(200);
    }
  });
});

describe('security headers on every response', () => {
  it('sends CSP and nosniff on pages, API errors, Fastify validation errors and malformed requests', async () => {
    for (const path of ['/', '/api/stats', '/api/nothing', '/nothing', '/api/articles?limit=0', '/articles/%E0%A4%A', `/api/articles/${'x'.repeat(5000)}`]) {
      const r = await send(server.url, path);
      expect(r.headers['content-security-policy'], path).toContain("script-src 'self'");
      expect(r.headers['x-content-type-options'], path).toBe('nosniff');
      expect(r.status, path).toBeLessThan(500);
    }
  });

  it('answers a request Node cannot parse with the same headers', async () => {
    const { port } = new URL(server.url);
    const raw = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write(`GET /${'a'.repeat(100)} HTTP/1.1\r\nHost: 127.0.0.1\r\nX: ${'y'.repeat(20000)}\r\n\r\n`));
      let data = '';
      socket.on('data', (c) => { data += c.toString(); });
      socket.on('close', () => resolve(data));
      socket.on('error', () => resolve(data));
    });
    expect(raw).toMatch(/^HTTP\/1\.1 4\d\d/);
    expect(raw.toLowerCase()).toContain('content-security-policy:');
  });
});

describe('bad fields are 400s, not 500s', () => {
  it('refuses a url that is not a URL and an offset beyond any page', async () => {
    for (const url of ['http://', 'http://[::1', 'javascript:alert(1)']) {
      const r = await send(server.url, '/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: ARTICLE, url }) });
      expect(r.status, url).toBe(400);
    }
    for (const path of ['/api/articles?offset=99999999999999999999', '/api/search?q=ferry&offset=99999999999999999999', '/articles?offset=1e30']) {
      expect((await send(server.url, path)).status, path).toBe(400);
    }
  });
});

describe('a server bound beyond loopback', () => {
  it('asks every request for the access token printed at start', async () => {
    const guard = siteGuard('0.0.0.0');
    expect(guard.accessToken).toMatch(/^[\w-]{20,}$/);
    expect(siteGuard('127.0.0.1').accessToken).toBeNull();
    const open = new SqliteStore(':memory:');
    const wide = await startServer(open, { host: '127.0.0.1', port: 0, guard, analyse: analyseInline });
    try {
      const denied = await send(wide.url, '/api/stats');
      expect(denied.status).toBe(401);
      expect(denied.headers['content-security-policy']).toBeDefined();
      expect((await send(wide.url, '/api/stats', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      expect((await send(wide.url, '/api/stats', { headers: { authorization: `Bearer ${guard.accessToken}` } })).status).toBe(200);
      const viaLink = await send(wide.url, `/?token=${guard.accessToken}`);
      expect(viaLink.status).toBe(200);
      const cookie = String(viaLink.headers['set-cookie']).split(';')[0]!;
      expect(cookie).toBe(`storyline_token=${guard.accessToken}`);
      expect((await send(wide.url, '/articles', { headers: { cookie } })).status).toBe(200);
    } finally {
      await wide.close();
      open.close();
    }
  });
});
