// Fetch policy against local servers on 127.0.0.1: feed items and redirects never reach loopback, private or
// link-local addresses (or data: URLs) unless on the host the user named, or the user allows it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedLookup, isPrivateAddress, policyFor, urlRefusal } from '../../src/ingest/address-policy.js';
import { fetchUrl } from '../../src/ingest/fetch.js';
import { expandInputs } from '../../src/ingest/sources.js';

let server: Server;
let base: string;
let port: number;
const hits: string[] = [];
const page = '<html><head><title>Local page</title></head><body><article><p>A local page with enough words to be read as an article by anyone.</p></article></body></html>';

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(`${req.headers.host}${req.url}`);
    const path = req.url ?? '/';
    if (path === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<item><title>own</title><link>${base}/own</link></item>
<item><title>metadata</title><link>http://169.254.169.254/latest/meta-data/</link></item>
<item><title>other name</title><link>http://localhost:${port}/other</link></item>
<item><title>ten</title><link>http://10.0.0.1/</link></item>
</channel></rss>`);
    }
    if (path === '/to-data') { res.writeHead(302, { location: 'data:text/html,<p>hi</p>' }); return res.end(); }
    if (path === '/to-local') { res.writeHead(302, { location: `http://localhost:${port}/own` }); return res.end(); }
    if (path === '/to-metadata') { res.writeHead(302, { location: 'http://169.254.169.254/' }); return res.end(); }
    if (path === '/to-own') { res.writeHead(302, { location: '/own' }); return res.end(); }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const reason = (p: Promise<unknown>) => p.then(() => 'ok', (e: { reason?: string; message: string }) => e.reason ?? e.message);

describe('address classification', () => {
  it('knows loopback, private, link-local, mapped and public addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '100.64.0.1']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('refuses non-HTTP schemes and private literals, but trusts the named host', () => {
    const policy = policyFor('http://127.0.0.1:8080/feed');
    expect(urlRefusal('data:text/html,x', policy)).toMatch(/not an http/);
    expect(urlRefusal('file:///etc/passwd', policy)).toMatch(/not an http/);
    expect(urlRefusal('http://169.254.169.254/', policy)).toMatch(/private/);
    expect(urlRefusal('http://[::1]/', policy)).toMatch(/private/);
    expect(urlRefusal('http://127.0.0.1:9999/other-port', policy)).toBeNull();
    expect(urlRefusal('http://169.254.169.254/', policyFor('http://x.test/', true))).toBeNull();
  });

  it('refuses a name that resolves to a private address at connection time', async () => {
    const lookup = guardedLookup({ trustedHosts: new Set(), allowPrivate: false });
    const err = await new Promise<NodeJS.ErrnoException | null>((r) => lookup('localhost', { all: true }, (e) => r(e)));
    expect(err?.message).toMatch(/private address/);
    const trusted = guardedLookup({ trustedHosts: new Set(['localhost']), allowPrivate: false });
    const ok = await new Promise<unknown>((r) => trusted('localhost', {}, (e, address) => r(e ?? address)));
    expect(typeof ok).toBe('string');
  });
});

describe('feeds and redirects', () => {
  it('fetches feed items on the named host and refuses the private ones elsewhere', async () => {
    hits.length = 0;
    const { sources, errors } = await expandInputs([`${base}/feed.xml`]);
    expect(errors).toEqual([]);
    const outcomes = await Promise.all(sources.map((s) => reason(s.load())));
    expect(outcomes[0]).toBe('ok');
    expect(outcomes.slice(1)).toEqual([expect.stringMatching(/169\.254\.169\.254 is a private/), expect.stringMatching(/localhost is this machine/), expect.stringMatching(/10\.0\.0\.1 is a private/)]);
    expect(hits.filter((h) => h.endsWith('/other'))).toEqual([]);
  });

  it('lets the user allow private addresses explicitly', async () => {
    hits.length = 0;
    const { sources } = await expandInputs([`${base}/feed.xml`], { allowPrivateAddresses: true });
    const other = sources.find((s) => s.name.endsWith('/other'))!;
    expect(await reason(other.load())).toBe('ok');
    expect(hits).toContain(`localhost:${port}/other`);
  });

  it('never follows a redirect to data:, to another local name or to the metadata address', async () => {
    expect(await reason(fetchUrl(`${base}/to-data`))).toMatch(/redirect to data:.*not an http/);
    expect(await reason(fetchUrl(`${base}/to-local`))).toMatch(/localhost is this machine/);
    expect(await reason(fetchUrl(`${base}/to-metadata`))).toMatch(/169\.254\.169\.254 is a private/);
    expect((await fetchUrl(`${base}/to-own`)).source.url).toBe(`${base}/own`);
  });
});
