// URLs and feeds through the CLI, against a local server on 127.0.0.1 (never the internet).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliAsync } from '../support/cli.js';

const page = (title: string, body: string) => `<!doctype html><html lang="en"><head><title>${title}</title>
<meta property="article:published_time" content="2025-03-04T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1>
${body.split('\n').map((p) => `<p>${p}</p>`).join('\n')}</article><footer>© Example News</footer></body></html>`;

const BODY_A = 'Foreign ministers met in Geneva on Monday for a second round of talks on the ceasefire, officials said.\nThe meeting lasted six hours and ended with a joint statement, according to the Swiss foreign ministry, which hosted it.\nA third round is expected next month, diplomats told reporters after the meeting.';
const BODY_B = 'Heavy rain flooded parts of the city on Tuesday, forcing hundreds of residents to leave their homes, the mayor said.\nEmergency services rescued 42 people from cars and houses, according to a statement issued in the evening.\nForecasters expect the rain to ease by Thursday, though rivers will stay high for several days.';

let server: Server;
let base: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-urls-'));
  server = createServer((req, res) => {
    const send = (status: number, type: string, body: string) => { res.writeHead(status, { 'content-type': type }); res.end(body); };
    if (req.url === '/a') return send(200, 'text/html; charset=utf-8', page('Talks resume in Geneva', BODY_A));
    if (req.url === '/b') return send(200, 'text/html; charset=utf-8', page('Floods hit the city', BODY_B));
    if (req.url === '/feed.xml') return send(200, 'application/rss+xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title>
      <item><title>Talks resume</title><link>${base}/a</link></item><item><title>Floods</title><link>${base}/b</link></item>
      <item><title>Gone</title><link>${base}/gone</link></item></channel></rss>`);
    if (req.url === '/image') return send(200, 'image/png', 'PNG');
    if (req.url === '/broken') return send(500, 'text/plain', 'oops');
    return send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('URLs and feeds', () => {
  it('analyze URL extracts the page', async () => {
    const r = await runCliAsync(['analyze', `${base}/a`, '--json']);
    expect(r.stderr).toBe('');
    const a = JSON.parse(r.stdout);
    expect(a.article.source.url).toBe(`${base}/a`);
    expect(a.article.title).toBe('Talks resume in Geneva');
    expect(a.article.published).toMatch(/^2025-03-04/);
    expect(a.article.text).not.toMatch(/Example News|Home/);
  });

  it('a failing URL is one line with the reason and a non-zero exit', async () => {
    for (const [path, reason] of [['/missing', /404/], ['/broken', /500/], ['/image', /image\/png|not HTML/i]] as const) {
      const r = await runCliAsync(['analyze', `${base}${path}`]);
      expect(r.code).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`${base}${path}`);
      expect(r.stderr).toMatch(reason);
    }
  });

  it('ingest of a feed fetches its items, reports the dead one, and stores the rest', async () => {
    const db = join(dir, 'feed.db');
    const r = await runCliAsync(['ingest', `${base}/feed.xml`, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\/gone: .*404/);
    expect(r.stdout).toMatch(/2 analysed/);
    const again = await runCliAsync(['ingest', `${base}/a`, '--db', db]);
    expect(again.stdout).toMatch(/1 already stored/);
  });
});
