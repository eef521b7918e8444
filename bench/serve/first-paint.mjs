// Measures the dashboard: first paint / DOMContentLoaded of the article page in Chromium (Performance API)
// and API latency, on a store filled with demo/ (if present), else ../shared Wikinews texts, plus the seed.
// Run: npx tsc -p tsconfig.json && node bench/serve/first-paint.mjs [--articles 60]
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { analyzeRaw } from '../../dist/api.js';
import { rawFromBytes } from '../../dist/ingest/raw.js';
import { SqliteStore } from '../../dist/store/index.js';
import { startServer } from '../../dist/server/index.js';

const limit = Number(process.argv[process.argv.indexOf('--articles') + 1]) || 60;
const texts = [{ path: 'test/fixtures/seed/000_2e30fbbdf18c2851.txt', text: readFileSync('test/fixtures/seed/000_2e30fbbdf18c2851.txt', 'utf8') }];
const demoFiles = (dir) => existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => d.isDirectory() ? demoFiles(join(dir, d.name)) : /\.(txt|html?)$/.test(d.name) ? [join(dir, d.name)] : []) : [];
const demo = demoFiles('demo').filter((f) => !f.includes('000_2e30fbbdf18c2851'));
if (demo.length) {
  for (const f of demo.slice(0, limit)) texts.push({ path: f, text: readFileSync(f, 'utf8') });
} else if (existsSync('../shared/corpus/wikinews/wikinews_en_2019_2020.jsonl')) {
  for (const line of readFileSync('../shared/corpus/wikinews/wikinews_en_2019_2020.jsonl', 'utf8').split('\n').filter(Boolean).slice(0, limit)) {
    const a = JSON.parse(line);
    texts.push({ path: a.id, text: `${a.title}\n\n${a.text}`, published: a.date });
  }
}
const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-'));
const store = new SqliteStore(join(dir, 'bench.db'));
let t = performance.now();
for (const f of texts) {
  const raw = rawFromBytes(Buffer.from(f.text), { path: f.path }, f.path.endsWith('.html') ? 'text/html' : 'text/plain');
  store.saveRaw(raw);
  try { store.saveAnalysis(analyzeRaw(raw, { published: f.published ?? null })); } catch (e) { store.markFailed(raw.id, String(e)); }
}
console.log(`store: ${store.stats().articles} articles analysed in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const server = await startServer(store, { port: 0 });
const seedId = store.listArticles({ source: '000_2e30' }).items[0].id;
const entity = store.listEntities({ limit: 1 }).items[0]?.key;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

const api = ['/api/articles?limit=20', `/api/articles/${seedId}`, '/api/search?q=president', '/api/entities?limit=50', '/api/stats', '/api/stories',
  ...(entity ? [`/api/entities/${encodeURIComponent(entity)}`] : []), `/articles/${seedId}`, '/'];
for (const path of api) {
  const times = [];
  for (let i = 0; i < 30; i++) {
    t = performance.now();
    const r = await fetch(new URL(path, server.url));
    await r.arrayBuffer();
    times.push(performance.now() - t);
  }
  console.log(`GET ${path.padEnd(44)} median ${median(times).toFixed(1)} ms  p95 ${p95(times).toFixed(1)} ms`);
}

const profile = mkdtempSync(join(tmpdir(), 'storyline-chromium-'));
const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
for (const [label, path] of [['article', `/articles/${seedId}`], ['home', '/']]) {
  const fp = []; const dcl = []; let bytes = 0;
  for (let i = 0; i < 10; i++) {
    const page = await context.newPage();
    const r = await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
    bytes = (await r.body()).length;
    // Paint entries are queued asynchronously: wait for them with a buffered observer.
    const m = await page.evaluate(() => new Promise((done) => {
      const nav = performance.getEntriesByType('navigation')[0];
      new PerformanceObserver((list, obs) => {
        const e = list.getEntries().find((x) => x.name === 'first-contentful-paint');
        if (e) { obs.disconnect(); done({ dcl: nav.domContentLoadedEventEnd, fp: e.startTime }); }
      }).observe({ type: 'paint', buffered: true });
      setTimeout(() => done({ dcl: nav.domContentLoadedEventEnd, fp: NaN }), 3000);
    }));
    fp.push(m.fp); dcl.push(m.dcl);
    await page.close();
  }
  console.log(`${label} page (${(bytes / 1024).toFixed(0)} KB HTML): first contentful paint median ${median(fp).toFixed(0)} ms, DOMContentLoaded median ${median(dcl).toFixed(0)} ms (10 loads)`);
}
await context.close();
await server.close();
store.close();
rmSync(profile, { recursive: true, force: true });
rmSync(dir, { recursive: true, force: true });
