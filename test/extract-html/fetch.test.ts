// fetchUrl against a local http.createServer on 127.0.0.1 (never the internet).
import { createServer, type Server } from 'node:http';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl, parseContentType } from '../../src/ingest/fetch.js';
import { InputError } from '../../src/model/errors.js';

let server: Server;
let base = '';
const page = '<html><body><p>Hello from the local server.</p></body></html>';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/ok') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    if (path === '/cp1251') return res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(iconv.encode('<p>Привет</p>', 'windows-1251'));
    if (path === '/gzip') return res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(page));
    if (path === '/br') return res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(brotliCompressSync(page));
    if (path.startsWith('/redirect/')) {
      const n = Number(path.split('/')[2]);
      return res.writeHead(302, { location: n > 0 ? `/redirect/${n - 1}` : '/ok' }).end();
    }
    if (path === '/missing') return res.writeHead(404).end('nope');
    if (path === '/broken') return res.writeHead(503).end('down');
    if (path === '/image') return res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(10));
    if (path === '/big-declared') return res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5000) }).end('x'.repeat(5000));
    if (path === '/big-stream') {
      res.writeHead(200, { 'content-type': 'text/html' }); // chunked, no content-length
      let sent = 0;
      const timer = setInterval(() => {
        if (res.destroyed || sent > 100_000) { clearInterval(timer); return res.end(); }
        res.write('y'.repeat(1000)); sent += 1000;
      }, 1);
      return;
    }
    if (path === '/slow') return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(page), 2000);
    res.writeHead(500).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }));

const reason = async (p: Promise<unknown>): Promise<string> => {
  try { await p; } catch (e) { expect(e).toBeInstanceOf(InputError); return (e as InputError).reason; }
  throw new Error('expected an InputError');
};

describe('fetchUrl', () => {
  it('returns a raw document with media type and charset from the header', async () => {
    const raw = await fetchUrl(`${base}/ok`);
    expect(raw.bytes.toString('utf8')).toBe(page);
    expect([raw.mediaType, raw.charset, raw.source.url]).toEqual(['text/html', 'utf-8', `${base}/ok`]);
    expect((await fetchUrl(`${base}/cp1251`)).charset).toBe('windows-1251');
  });

  it('decodes gzip and brotli bodies', async () => {
    expect((await fetchUrl(`${base}/gzip`)).bytes.toString()).toBe(page);
    expect((await fetchUrl(`${base}/br`)).bytes.toString()).toBe(page);
  });

  it('follows redirects up to the cap', async () => {
    expect((await fetchUrl(`${base}/redirect/2`, { maxRedirects: 3 })).source.url).toBe(`${base}/ok`);
    expect(await reason(fetchUrl(`${base}/redirect/5`, { maxRedirects: 2 }))).toMatch(/too many redirects/);
  });

  it('reports HTTP failures, wrong content types and size caps', async () => {
    expect(await reason(fetchUrl(`${base}/missing`))).toMatch(/not found \(HTTP 404\)/);
    expect(await reason(fetchUrl(`${base}/broken`))).toMatch(/server error \(HTTP 503\)/);
    expect(await reason(fetchUrl(`${base}/image`))).toMatch(/not HTML or text/);
    expect(await reason(fetchUrl(`${base}/big-declared`, { maxBytes: 1000 }))).toMatch(/too large/);
    expect(await reason(fetchUrl(`${base}/big-stream`, { maxBytes: 5000 }))).toMatch(/too large/);
  });

  it('reports timeouts, refused connections and DNS failures', async () => {
    expect(await reason(fetchUrl(`${base}/slow`, { timeoutMs: 200 }))).toMatch(/timed out/);
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    expect(await reason(fetchUrl(`http://127.0.0.1:${port}/`))).toMatch(/connection refused/);
    // .invalid is reserved (RFC 2606): resolution fails locally without reaching the internet.
    expect(await reason(fetchUrl('http://storyline-test.invalid/'))).toMatch(/DNS lookup failed/);
    expect(await reason(fetchUrl('ftp://x.test/'))).toMatch(/not an http/);
  });

  it('reports a TLS failure when the server does not speak TLS', async () => {
    expect(await reason(fetchUrl(`${base.replace('http:', 'https:')}/ok`, { timeoutMs: 3000 }))).toMatch(/TLS error/);
  });

  it('parses content-type headers', () => {
    expect(parseContentType('text/html; charset="ISO-8859-1"')).toEqual({ mediaType: 'text/html', charset: 'iso-8859-1' });
    expect(parseContentType(null)).toEqual({ mediaType: null, charset: null });
  });
});
