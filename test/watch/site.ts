// A small news site on 127.0.0.1 for the watcher tests: a feed whose items change between polls, articles made from
// the demo corpus (Wikinews, CC BY 2.5), and switches for the failures a real site shows (429, 500, redirects,
// slow answers, robots.txt rules). Every request is logged so tests can check what the watcher asked for.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

const DEMO = join(import.meta.dirname, '..', '..', 'demo', 'wikinews');
const texts = readdirSync(DEMO).filter((f) => f.endsWith('.txt')).sort().slice(0, 12).map((f) => readFileSync(join(DEMO, f), 'utf8'));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function articleHtml(n: number, canonical?: string): string {
  const [title, ...rest] = texts[n % texts.length]!.split('\n').filter((l) => l.trim());
  return `<!doctype html><html><head><title>${escape(title!)}</title>${canonical ? `<link rel="canonical" href="${canonical}">` : ''}</head>
<body><article><h1>${escape(title!)}</h1>${rest.map((p) => `<p>${escape(p)}</p>`).join('')}</article></body></html>`;
}

export interface Site {
  url: string;
  /** article numbers the feed lists now (change between polls) */
  items: number[];
  /** extra item URLs listed verbatim (paths), e.g. with tracking parameters */
  extraItems: string[];
  /** item URLs listed as they are (on other hosts) */
  extraAbsolute: string[];
  /** answer the feed with this status (and Retry-After) instead of the feed */
  feedStatus: { code: number; retryAfter?: string } | null;
  robots: string | null;
  /** paths the site redirects (path → location) */
  redirects: Map<string, string>;
  /** paths whose answer never comes (the watcher's timeout must end them) */
  hang: Set<string>;
  /** article number → canonical URL path the page declares */
  canonical: Map<number, string>;
  requests: Array<{ path: string; headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  let server: Server;
  const site: Site = {
    url: '', items: [0, 1], extraItems: [], extraAbsolute: [], feedStatus: null, robots: null, redirects: new Map(), hang: new Set(),
    canonical: new Map(), requests: [],
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
  const feedXml = () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Local News</title>${
    [...site.items.map((n) => `/a/${n}`), ...site.extraItems].map((p) => `${site.url}${p}`).concat(site.extraAbsolute)
      .map((u) => `<item><title>${escape(u)}</title><link>${escape(u)}</link></item>`).join('')}</channel></rss>`;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    site.requests.push({ path, headers: req.headers });
    if (site.hang.has(path)) return; // never answers
    const to = site.redirects.get(path);
    if (to) { res.writeHead(302, { location: to }); return void res.end(); }
    if (path === '/robots.txt') {
      if (site.robots === null) { res.writeHead(404); return void res.end(); }
      res.writeHead(200, { 'content-type': 'text/plain' }); return void res.end(site.robots);
    }
    if (path === '/feed.xml') {
      if (site.feedStatus) { res.writeHead(site.feedStatus.code, site.feedStatus.retryAfter ? { 'retry-after': site.feedStatus.retryAfter } : {}); return void res.end(); }
      const body = feedXml();
      const etag = `"${Buffer.from(body).length}-${site.items.join('.')}-${site.extraItems.length}"`;
      if (req.headers['if-none-match'] === etag) { res.writeHead(304, { etag }); return void res.end(); }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }); return void res.end(body);
    }
    if (path === '/sitemap.xml') {
      res.writeHead(200, { 'content-type': 'application/xml' });
      return void res.end(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${
        site.items.map((n) => `<url><loc>${site.url}/a/${n}</loc><news:news><news:publication_date>2019-01-0${n + 1}</news:publication_date></news:news></url>`).join('')}</urlset>`);
    }
    const m = /^\/a\/(\d+)/.exec(path);
    if (m) {
      const n = Number(m[1]);
      const canon = site.canonical.get(n);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(articleHtml(n, canon ? site.url + canon : undefined));
    }
    res.writeHead(404); res.end();
  };
  server = createServer(handle);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  site.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return site;
}
